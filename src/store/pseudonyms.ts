/**
 * People as keyed pseudonyms: HMAC-SHA-256 of the normalised email under the tenant's key. The same
 * person maps to the same pseudonym across weeks of one tenant and to unrelated ones across tenants;
 * without the key a pseudonym cannot be tested against a guessed address.
 *
 * The key comes from a `KeyProvider`: the environment today (`VIGIE_PSEUDONYM_KEY`, one secret from
 * which each tenant's key is derived), Secret Manager in deployments (the same interface).
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ConfigError } from "../core/errors.js";

export const ENV_PSEUDONYM_KEY = "VIGIE_PSEUDONYM_KEY";
/** A pseudonym reads `p:` + 64 hex digits, so it never passes for an address. */
export const PSEUDONYM_PREFIX = "p:";
const MIN_SECRET_BYTES = 32;

export interface KeyProvider {
  /** The tenant's pseudonym key (32 bytes or more). */
  keyFor(tenantId: string): Promise<Uint8Array>;
}

/** `p:<hex>` for an email, case and surrounding spaces ignored. */
export function pseudonym(key: Uint8Array, email: string): string {
  const mac = createHmac("sha256", key).update(email.trim().toLowerCase(), "utf8").digest("hex");
  return `${PSEUDONYM_PREFIX}${mac}`;
}

export function isPseudonym(value: string): boolean {
  return /^p:[0-9a-f]{64}$/.test(value);
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Keys derived from one secret in the environment: HMAC(secret, "vigie-pseudonym:" + tenant id), so a
 * leaked tenant key says nothing of another tenant's. The secret is base64 or hex, at least 32 bytes.
 */
export function envKeyProvider(env: Env): KeyProvider {
  return derivedKeys(decodeSecret(env[ENV_PSEUDONYM_KEY]));
}

function derivedKeys(secret: Uint8Array): KeyProvider {
  return {
    keyFor: async (tenantId) =>
      createHmac("sha256", secret).update(`vigie-pseudonym:${tenantId}`, "utf8").digest(),
  };
}

/**
 * For the embedded store only: a secret generated on first use and kept in a file readable by its
 * owner alone, beside the store (never in the repository). Losing it only renews the pseudonyms.
 */
export function fileKeyProvider(file: string): KeyProvider {
  let secret: Promise<Buffer> | null = null;
  const load = () => {
    secret ??= readOrCreateSecret(file);
    return secret;
  };
  return { keyFor: async (tenantId) => derivedKeys(await load()).keyFor(tenantId) };
}

async function readOrCreateSecret(file: string): Promise<Buffer> {
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString("base64")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return decodeSecret(await readFile(file, "utf8"), file);
}

function decodeSecret(raw: string | undefined, source = ENV_PSEUDONYM_KEY): Buffer {
  const value = raw?.trim();
  if (!value) {
    throw new ConfigError(
      `${ENV_PSEUDONYM_KEY} is not set: expected a secret of at least ${MIN_SECRET_BYTES} bytes, base64 or hex (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  const bytes = /^[0-9a-fA-F]+$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new ConfigError(
      `${source}: expected at least ${MIN_SECRET_BYTES} bytes (base64 or hex), got ${bytes.length}`,
    );
  }
  return bytes;
}
