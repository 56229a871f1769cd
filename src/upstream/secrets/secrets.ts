/**
 * Secrets (service-account key, pseudonym key, envelope key, Notion client secret) from the environment
 * or Google Secret Manager, resolved once per process into a private copy of the environment — never
 * into `process.env`, never logged.
 *
 * For each secret `NAME`: `NAME` holds the value itself (local runs, tests), or `NAME_SECRET` holds a
 * Secret Manager version, `projects/<project>/secrets/<secret>/versions/<version|latest>`, read with
 * `@google-cloud/secret-manager` (loaded only when one is named, for cold start).
 * `VIGIE_SECRET_MANAGER_ENDPOINT` points the client at a local fake (HTTP/REST transport); never set
 * in production.
 */
import { ConfigError } from "../../core/errors.js";

export type Env = Readonly<Record<string, string | undefined>>;

export const SECRET_SUFFIX = "_SECRET";
export const ENV_SECRET_MANAGER_ENDPOINT = "VIGIE_SECRET_MANAGER_ENDPOINT";
const VERSION_NAME = /^projects\/[^/]+\/secrets\/[A-Za-z0-9_-]+\/versions\/(latest|\d+)$/;

/** Reads one Secret Manager version's payload as UTF-8. */
export type SecretReader = (versionName: string) => Promise<string>;

/**
 * A copy of `env` where every named secret given as `NAME_SECRET` is replaced by its value under `NAME`.
 * A secret given neither way is left absent: the code that needs it says which variable is missing.
 */
export async function withSecrets(
  env: Env,
  names: readonly string[],
  reader: SecretReader | null = null,
): Promise<Env> {
  const out: Record<string, string | undefined> = { ...env };
  const wanted = names.filter((n) => !env[n]?.trim() && env[`${n}${SECRET_SUFFIX}`]?.trim());
  if (wanted.length === 0) return out;
  const read = reader ?? (await secretManagerReader(env));
  await Promise.all(
    wanted.map(async (name) => {
      const version = String(env[`${name}${SECRET_SUFFIX}`]).trim();
      if (!VERSION_NAME.test(version)) {
        throw new ConfigError(
          `${name}${SECRET_SUFFIX}: expected projects/<project>/secrets/<secret>/versions/<n|latest>, got "${version}"`,
        );
      }
      out[name] = await read(version);
    }),
  );
  return out;
}

/** The Secret Manager client (lazily imported); errors name the secret version, never a payload. */
export async function secretManagerReader(env: Env): Promise<SecretReader> {
  const { SecretManagerServiceClient } = await import("@google-cloud/secret-manager");
  const endpoint = env[ENV_SECRET_MANAGER_ENDPOINT]?.trim();
  const client = endpoint
    ? new SecretManagerServiceClient(
        (await localTransport(endpoint)) as ConstructorParameters<typeof SecretManagerServiceClient>[0],
      )
    : new SecretManagerServiceClient();
  return async (name) => {
    try {
      const [version] = await client.accessSecretVersion({ name });
      const data = version.payload?.data;
      if (data === null || data === undefined)
        throw new ConfigError(`Secret Manager: ${name} has no payload`);
      return typeof data === "string" ? data : Buffer.from(data).toString("utf8");
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      const code = (e as { code?: unknown }).code;
      throw new ConfigError(`Secret Manager: cannot read ${name} (${String(code ?? "unknown error")})`);
    }
  };
}

/**
 * Options for a Google Cloud client talking HTTP/1.1 REST to a loopback fake: the gax "fallback"
 * transport, plain http, and no credentials (the fake checks none).
 */
export interface LocalTransport {
  apiEndpoint: string;
  port: number;
  protocol: string;
  fallback: true;
  /** A PassThroughClient; typed loosely because each Cloud client pins its own google-auth-library. */
  authClient: object;
  projectId: string;
}

export async function localTransport(endpoint: string): Promise<LocalTransport> {
  const url = new URL(endpoint);
  const { PassThroughClient } = await import("google-auth-library");
  const port = Number(url.port || 80);
  // Pub/Sub reads the port from `apiEndpoint` only; Secret Manager from `port`: give both.
  return {
    apiEndpoint: `${url.hostname}:${port}`,
    port,
    protocol: url.protocol.replace(":", ""),
    fallback: true,
    authClient: new PassThroughClient(),
    projectId: "local",
  };
}
