/**
 * The Google service account Vigie reads with (domain-wide delegation), from the environment. The
 * environment is a parameter so this is testable and so a host (CLI, Cloud Function fed by Secret
 * Manager) decides where the values come from.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../../core/errors.js";

export const ENV_SA_KEY = "VIGIE_GOOGLE_SA_KEY";
export const ENV_SA_KEY_FILE = "VIGIE_GOOGLE_SA_KEY_FILE";
export const ENV_ADMIN = "VIGIE_GOOGLE_ADMIN";

export interface GoogleCredentials {
  /** The service account's `client_email`: the JWT issuer. */
  clientEmail: string;
  /**
   * PEM private key. Not enumerable, so that `JSON.stringify` and `console.log` of the credentials
   * never print it.
   */
  readonly privateKey: string;
  /** An administrator's primary email, impersonated for Directory, Drive and Docs. */
  adminSubject: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * `VIGIE_GOOGLE_SA_KEY` (the key JSON itself) or `VIGIE_GOOGLE_SA_KEY_FILE` (its path), and
 * `VIGIE_GOOGLE_ADMIN`. Errors name the variable and never quote the key.
 */
export function googleCredentialsFromEnv(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string = (path) => readFileSync(path, "utf8"),
): GoogleCredentials {
  const key = keyJson(env, readFile);
  const admin = env[ENV_ADMIN]?.trim() ?? "";
  if (!admin) throw new ConfigError(`${ENV_ADMIN}: expected an administrator's email, got nothing`);
  if (!EMAIL.test(admin)) throw new ConfigError(`${ENV_ADMIN}: expected an email address, got "${admin}"`);
  return makeCredentials(key.clientEmail, key.privateKey, admin.toLowerCase());
}

/** Builds credentials with the private key hidden from enumeration (see `GoogleCredentials`). */
export function makeCredentials(
  clientEmail: string,
  privateKey: string,
  adminSubject: string,
): GoogleCredentials {
  const credentials = { clientEmail, adminSubject } as GoogleCredentials;
  Object.defineProperty(credentials, "privateKey", { value: privateKey, enumerable: false });
  return credentials;
}

function keyJson(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string,
): { clientEmail: string; privateKey: string } {
  const inline = env[ENV_SA_KEY]?.trim();
  const path = env[ENV_SA_KEY_FILE]?.trim();
  if (inline) return parseKey(inline, ENV_SA_KEY);
  if (!path) {
    throw new ConfigError(
      `${ENV_SA_KEY} or ${ENV_SA_KEY_FILE}: expected a service-account key (JSON, or the path of its file), got neither`,
    );
  }
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    throw new ConfigError(`${ENV_SA_KEY_FILE}: cannot read ${path} (${code})`);
  }
  return parseKey(text, `${ENV_SA_KEY_FILE} (${path})`);
}

function parseKey(text: string, where: string): { clientEmail: string; privateKey: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input: it would print part of the key.
    throw new ConfigError(`${where}: expected a service-account key in JSON, got text that does not parse`);
  }
  const key = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  if (key.type !== undefined && key.type !== "service_account") {
    throw new ConfigError(`${where}: expected "type": "service_account", got ${JSON.stringify(key.type)}`);
  }
  const clientEmail = typeof key.client_email === "string" ? key.client_email.trim() : "";
  if (!EMAIL.test(clientEmail)) throw new ConfigError(`${where}: expected a "client_email"`);
  const privateKey = typeof key.private_key === "string" ? key.private_key : "";
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey)) {
    throw new ConfigError(`${where}: expected a PEM "private_key"`);
  }
  return { clientEmail, privateKey };
}
