/**
 * A tenant's configuration, versioned: every save that changes it is a new version (validated exactly
 * as `tenant.json`), and saving the same configuration again returns the current version.
 *
 * No address is stored in clear (issue 7, item 1): the `config` column holds the configuration with
 * every email replaced by its pseudonym (redact.ts) — enough to check a caller's role — and `sealed`
 * the configuration as saved, envelope-encrypted for this tenant; reading a version opens it.
 */
import { createHmac } from "node:crypto";
import { BadInputError } from "../core/errors.js";
import type { Tenant } from "../core/model.js";
import { type Envelope, isSealed, type Sealed } from "../upstream/secrets/envelope.js";
import { redactEmails } from "./redact.js";
import { iso } from "./runs.js";
import { json, type Sql, type SqlExecutor } from "./sql.js";

/** Who may do what, as pseudonyms of their addresses (compare with `TenantStore.pseudonym(email)`). */
export interface ConfigRoles {
  admins: string[];
  assistants: string[];
  consultants: string[];
}

export interface ConfigVersion {
  version: number;
  /** `tenant.json` as saved (before defaults), so the sidebar gets back what it wrote. */
  config: unknown;
  tenant: Tenant;
  roles: ConfigRoles;
  savedAt: string;
  /** Who saved it, as a pseudonym; null for the command line. */
  savedBy: string | null;
}

export class Configs {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
    private readonly key: Uint8Array,
    /** The service's envelope; throws a ConfigError when it has no key (see store.ts). */
    private readonly envelope: () => Envelope,
  ) {}

  /**
   * Validates and saves; throws the validation's BadInputError (file, field) and saves nothing when
   * the configuration is invalid or names another tenant.
   */
  async save(config: unknown, o: { savedBy?: string | null; source?: string } = {}): Promise<ConfigVersion> {
    const source = o.source ?? `config of ${this.tenantId}`;
    const tenant = (await validator())(config, source);
    if (tenant.id !== this.tenantId) {
      throw new BadInputError(source, "id", `expected "${this.tenantId}", got "${tenant.id}"`);
    }
    const fingerprint = this.fingerprint(config);
    const stored = this.stored(config);
    const row = await this.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [this.tenantId]);
      // Serialises concurrent saves of one tenant: version numbers never collide.
      await tx.query("SELECT tenant_id FROM tenants WHERE tenant_id = $1 FOR UPDATE", [this.tenantId]);
      const last = await tx.query<ConfigRow>(`${SELECT} ORDER BY version DESC LIMIT 1`, [this.tenantId]);
      if (last[0] && last[0].fingerprint === fingerprint) return last[0];
      const version = (last[0] ? Number(last[0].version) : 0) + 1;
      const rows = await tx.query<ConfigRow>(
        `INSERT INTO tenant_configs (tenant_id, version, config, sealed, fingerprint, saved_by)
         VALUES ($1, $2, $3::text::jsonb, $4::text::jsonb, $5, $6)
         RETURNING ${COLUMNS}`,
        [this.tenantId, version, json(stored.config), json(stored.sealed), fingerprint, o.savedBy ?? null],
      );
      return rows[0] as ConfigRow;
    });
    return this.toVersion(row);
  }

  async latest(): Promise<ConfigVersion | null> {
    const rows = await this.sql.query<ConfigRow>(`${SELECT} ORDER BY version DESC LIMIT 1`, [this.tenantId]);
    return rows[0] ? this.toVersion(rows[0]) : null;
  }

  async get(version: number): Promise<ConfigVersion | null> {
    const rows = await this.sql.query<ConfigRow>(`${SELECT} AND version = $2`, [this.tenantId, version]);
    return rows[0] ? this.toVersion(rows[0]) : null;
  }

  /** Rows saved before addresses were sealed (migration 003): sealed and redacted in place. */
  async sealLegacy(tx: SqlExecutor): Promise<number> {
    const rows = await tx.query<ConfigRow>(`${SELECT} AND sealed IS NULL`, [this.tenantId]);
    for (const r of rows) {
      const stored = this.stored(r.config);
      await tx.query(
        `UPDATE tenant_configs SET config = $3::text::jsonb, sealed = $4::text::jsonb, fingerprint = $5
         WHERE tenant_id = $1 AND version = $2`,
        [this.tenantId, r.version, json(stored.config), json(stored.sealed), this.fingerprint(r.config)],
      );
    }
    return rows.length;
  }

  private stored(config: unknown): { config: unknown; sealed: Sealed } {
    return {
      config: redactEmails(config, this.key),
      sealed: this.envelope().seal(this.tenantId, JSON.stringify(config)),
    };
  }

  /** Keyed, so the stored fingerprint cannot be tested against a guessed configuration. */
  private fingerprint(config: unknown): string {
    return createHmac("sha256", this.key)
      .update(`vigie-config:${canonical(config)}`)
      .digest("hex");
  }

  private async toVersion(r: ConfigRow): Promise<ConfigVersion> {
    const config = this.opened(r);
    return {
      version: Number(r.version),
      config,
      tenant: (await validator())(config, "stored config"),
      roles: roles(r.sealed === null ? redactEmails(r.config, this.key) : r.config),
      savedAt: iso(r.saved_at),
      savedBy: r.saved_by,
    };
  }

  /** The configuration as saved; a row from before migration 003 is still in clear. */
  private opened(r: ConfigRow): unknown {
    if (r.sealed === null) return r.config;
    if (!isSealed(r.sealed)) throw new Error(`config v${r.version} of ${this.tenantId}: not a sealed value`);
    return JSON.parse(this.envelope().open(this.tenantId, r.sealed));
  }
}

// Version 0 is the tenant's registration (registrations.ts), not a configuration.
const COLUMNS = "version, config, sealed, fingerprint, saved_at, saved_by";
const SELECT = `SELECT ${COLUMNS} FROM tenant_configs WHERE tenant_id = $1 AND version > 0`;

interface ConfigRow extends Record<string, unknown> {
  version: number;
  config: unknown;
  sealed: unknown;
  fingerprint: string;
  saved_at: Date | string;
  saved_by: string | null;
}

/** zod and the schema load on the first configuration read or saved, not with the store (cold start). */
async function validator() {
  return (await import("../core/tenant.js")).parseTenant;
}

function roles(redacted: unknown): ConfigRoles {
  const o = (redacted ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return { admins: list(o.admins), assistants: list(o.assistants), consultants: list(o.consultants) };
}

/** JSON with sorted keys: the same configuration always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
