/**
 * Envelope encryption of per-tenant secrets (a tenant's Notion access token): each sealed value gets its
 * own random 256-bit data key; the value is encrypted with it (AES-256-GCM, the tenant id as associated
 * data, so a sealed token copied to another tenant does not open) and the data key is wrapped by the
 * key-encryption key from Secret Manager or the environment (`VIGIE_ENVELOPE_KEY`, 32 bytes base64).
 * Only the wrapped form is ever stored.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { ConfigError } from "../../core/errors.js";

export const ENV_ENVELOPE_KEY = "VIGIE_ENVELOPE_KEY";
const ALGORITHM = "aes-256-gcm";

export interface Sealed {
  v: 1;
  /** Which key-encryption key wrapped the data key: the first 16 hex digits of its SHA-256. */
  kid: string;
  /** The data key, encrypted under the key-encryption key: iv.tag.ciphertext, base64url each. */
  key: string;
  /** The value, encrypted under the data key: iv.tag.ciphertext, base64url each. */
  value: string;
}

export class Envelope {
  private readonly kek: Buffer;
  readonly kid: string;

  constructor(keyEncryptionKey: Buffer) {
    if (keyEncryptionKey.length !== 32) {
      throw new ConfigError(
        `${ENV_ENVELOPE_KEY}: expected 32 bytes, base64-encoded, got ${keyEncryptionKey.length} bytes`,
      );
    }
    this.kek = keyEncryptionKey;
    this.kid = createHash("sha256").update(keyEncryptionKey).digest("hex").slice(0, 16);
  }

  seal(tenantId: string, plaintext: string): Sealed {
    const dataKey = randomBytes(32);
    const key = encrypt(this.kek, dataKey, Buffer.from(`vigie-data-key:${tenantId}`));
    const value = encrypt(dataKey, Buffer.from(plaintext, "utf8"), Buffer.from(`vigie-value:${tenantId}`));
    dataKey.fill(0);
    return { v: 1, kid: this.kid, key, value };
  }

  open(tenantId: string, sealed: Sealed): string {
    if (sealed.kid !== this.kid) {
      throw new ConfigError(
        `sealed secret of ${tenantId}: wrapped by key ${sealed.kid}, the service has ${this.kid}`,
      );
    }
    try {
      const dataKey = decrypt(this.kek, sealed.key, Buffer.from(`vigie-data-key:${tenantId}`));
      const value = decrypt(dataKey, sealed.value, Buffer.from(`vigie-value:${tenantId}`));
      dataKey.fill(0);
      return value.toString("utf8");
    } catch {
      throw new ConfigError(
        `sealed secret of ${tenantId}: does not open (altered, or sealed for another tenant)`,
      );
    }
  }
}

/** `VIGIE_ENVELOPE_KEY` from an environment already resolved by `withSecrets`. */
export function envelopeFromEnv(env: Readonly<Record<string, string | undefined>>): Envelope {
  const text = env[ENV_ENVELOPE_KEY]?.trim();
  if (!text)
    throw new ConfigError(`${ENV_ENVELOPE_KEY}: expected a 32-byte key, base64-encoded, got nothing`);
  return new Envelope(Buffer.from(text, "base64"));
}

export function isSealed(v: unknown): v is Sealed {
  const o = v as Partial<Sealed> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    o.v === 1 &&
    typeof o.kid === "string" &&
    typeof o.key === "string" &&
    typeof o.value === "string"
  );
}

function encrypt(key: Buffer, plaintext: Buffer, aad: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

function decrypt(key: Buffer, sealed: string, aad: Buffer): Buffer {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed");
  const decipher = createDecipheriv(ALGORITHM, key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}
