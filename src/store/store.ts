/**
 * The store's public face. `openStore` picks the engine (PostgreSQL when `VIGIE_DATABASE_URL` is set,
 * else PGlite under `.vigie/store/`), migrates it, and `store.tenant(id)` hands out the only way to reach
 * rows: every query of a TenantStore names its tenant, so one tenant's run cannot read another's.
 *
 * Environment (passed in, never read from `process.env` here):
 * - `VIGIE_DATABASE_URL`   PostgreSQL connection string (deployments); unset means embedded PGlite.
 * - `VIGIE_DATABASE_SCHEMA` PostgreSQL schema of Vigie's tables, created when missing (default `public`).
 * - `VIGIE_STORE_DIR`      PGlite folder (default `<cwd>/.vigie/store`).
 * - `VIGIE_PSEUDONYM_KEY`  the secret people's pseudonyms are keyed from (see pseudonyms.ts); required
 *   with PostgreSQL, generated into `<store dir>.key` for the embedded store when unset.
 * - `VIGIE_ENVELOPE_KEY`   the key sealing what must be read back in clear (configurations' addresses,
 *   see configs.ts); required with PostgreSQL to save or read a configuration, generated into
 *   `<store dir>.envelope-key` for the embedded store when unset.
 */
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { BadInputError, ConfigError } from "../core/errors.js";
import { ENV_ENVELOPE_KEY, Envelope } from "../upstream/secrets/envelope.js";
import { Alerts } from "./alerts.js";
import { Configs } from "./configs.js";
import { Cursors } from "./cursors.js";
import { localEnvelopeKey } from "./envelope-key.js";
import { History } from "./history.js";
import { migrate, schemaStatus } from "./migrate.js";
import {
  ENV_PSEUDONYM_KEY,
  envKeyProvider,
  fileKeyProvider,
  type KeyProvider,
  pseudonym,
} from "./pseudonyms.js";
import { Runs } from "./runs.js";
import type { Sql } from "./sql.js";

export const ENV_DATABASE_URL = "VIGIE_DATABASE_URL";
export const ENV_DATABASE_SCHEMA = "VIGIE_DATABASE_SCHEMA";
export const ENV_STORE_DIR = "VIGIE_STORE_DIR";
export const STORE_DIR_DEFAULT = join(".vigie", "store");

/** Tenant ids are slugs (they name folders and keys): lowercase letters, digits, `-` and `_`. */
const TENANT_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export interface TenantStore {
  readonly tenantId: string;
  configs: Configs;
  runs: Runs;
  history: History;
  alerts: Alerts;
  cursors: Cursors;
  /** The tenant's pseudonym of a person's address. */
  pseudonym(email: string): string;
}

export class Store {
  constructor(
    readonly sql: Sql,
    private readonly keys: KeyProvider,
    private readonly envelope: Envelope | null = null,
  ) {}

  /** The tenant's view of the store; the tenant id must be a slug. */
  async tenant(tenantId: string): Promise<TenantStore> {
    if (!TENANT_ID.test(tenantId)) {
      throw new BadInputError("tenant", "id", `expected a slug (a-z, 0-9, - and _), got "${tenantId}"`);
    }
    const key = await this.keys.keyFor(tenantId);
    return {
      tenantId,
      configs: new Configs(this.sql, tenantId, key, () => this.sealing()),
      runs: new Runs(this.sql, tenantId),
      history: new History(this.sql, tenantId),
      alerts: new Alerts(this.sql, tenantId),
      cursors: new Cursors(this.sql, tenantId, key),
      pseudonym: (email) => pseudonym(key, email),
    };
  }

  /** The envelope sealing configurations; a ConfigError when the service was given no key. */
  sealing(): Envelope {
    if (this.envelope) return this.envelope;
    throw new ConfigError(
      `${ENV_ENVELOPE_KEY} is not set: the store seals each configuration's addresses with it (32 bytes, base64)`,
    );
  }

  /** Seals and redacts configurations saved before migration 003; a no-op once done. */
  async sealLegacyConfigs(): Promise<number> {
    const tenants = await this.sql.query<{ tenant_id: string }>(
      "SELECT DISTINCT tenant_id FROM tenant_configs WHERE sealed IS NULL ORDER BY tenant_id",
    );
    if (tenants.length === 0 || !this.envelope) return 0;
    let sealed = 0;
    for (const { tenant_id } of tenants) {
      // A store opened without pseudonym keys (operator comparisons) leaves them to the next opening.
      const scoped = await this.tenant(tenant_id).catch(() => null);
      if (!scoped) return sealed;
      const configs = scoped.configs;
      sealed += await this.sql.transaction((tx) => configs.sealLegacy(tx));
    }
    return sealed;
  }

  /** Reachable and migrated, for `health`. */
  async status(): Promise<{
    engine: Sql["engine"];
    schema: { current: number; latest: number; upToDate: boolean };
  }> {
    return { engine: this.sql.engine, schema: await schemaStatus(this.sql) };
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The environment's secret; without one, the embedded store's local key file beside it (`localFile`),
 * or for a store in memory (`""`) a secret that lives as long as the store.
 */
function keyProvider(env: Env, localFile: string | null): KeyProvider {
  if (env[ENV_PSEUDONYM_KEY]?.trim() || localFile === null) return envKeyProvider(env);
  if (localFile === "") return envKeyProvider({ [ENV_PSEUDONYM_KEY]: randomBytes(32).toString("base64") });
  return fileKeyProvider(localFile);
}

export interface OpenStoreOptions {
  env: Env;
  /** Base of the default PGlite folder. */
  cwd: string;
  /** Overrides `envKeyProvider(env)` (Secret Manager in deployments). */
  keys?: KeyProvider;
  /** PostgreSQL schema (tests give each their own). */
  schema?: string;
  /** PGlite in memory instead of a folder (tests). */
  memory?: boolean;
  /** Overrides the envelope from `VIGIE_ENVELOPE_KEY` (or the embedded store's local key). */
  envelope?: Envelope;
  /** Told when another process holds the embedded store and this one waits. */
  onWait?: (message: string) => void;
}

export async function openStore(o: OpenStoreOptions): Promise<Store> {
  const url = o.env[ENV_DATABASE_URL]?.trim();
  const dir = resolve(o.cwd, o.env[ENV_STORE_DIR]?.trim() || STORE_DIR_DEFAULT);
  const keys = o.keys ?? keyProvider(o.env, url ? null : o.memory ? "" : `${dir}.key`);
  const schema = o.schema ?? o.env[ENV_DATABASE_SCHEMA]?.trim();
  const sql = url
    ? await (await import("./pg-sql.js")).openPostgres({ url, ...(schema ? { schema } : {}) })
    : // Each engine is imported only when chosen: a deployed function never loads PGlite (cold start).
      await (await import("./pglite-sql.js")).openPglite({
        ...(o.memory ? {} : { dir }),
        onWait: (pid) => o.onWait?.(`waiting for process ${pid} to close the store ${dir}`),
      });
  try {
    await migrate(sql);
    const envelope =
      o.envelope ?? (await envelopeFor(o.env, url ? null : o.memory ? "" : `${dir}.envelope-key`));
    const store = new Store(sql, keys, envelope);
    await store.sealLegacyConfigs();
    return store;
  } catch (error) {
    await sql.close();
    throw error;
  }
}

/** As `keyProvider`: the environment's key, else the embedded store's local one, else none (PostgreSQL). */
async function envelopeFor(env: Env, localFile: string | null): Promise<Envelope | null> {
  const text = env[ENV_ENVELOPE_KEY]?.trim();
  if (text) return new Envelope(Buffer.from(text, "base64"));
  if (localFile === null) return null;
  return new Envelope(localFile === "" ? randomBytes(32) : await localEnvelopeKey(localFile));
}
