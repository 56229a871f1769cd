/**
 * What every entry shares, built once per instance: the environment with its secrets resolved, the
 * store, the ID-token policy and the log. `process.env` is read here and only here.
 */
import { allowedDomainsFrom, type CallerPolicy } from "../src/app/service/caller.js";
import { jsonLog } from "../src/app/service/log.js";
import { type Entry, secretsOf } from "../src/app/service/service-env.js";
import { openStore, type Store } from "../src/store/store.js";
import { createIdTokenVerifier } from "../src/upstream/google/id-token.js";
import { type Env, withSecrets } from "../src/upstream/secrets/secrets.js";

export const log = jsonLog((line) => process.stdout.write(line));

/**
 * Builds a value on first use and keeps it; a failure is not kept (the next call tries again).
 * Entries build their dependencies this way, so importing an entry opens nothing.
 */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => {
    if (!value) {
      value = build();
      value.catch(() => {
        value = null;
      });
    }
    return value;
  };
}

const envs = new Map<Entry, Promise<Env>>();
let store: Promise<Store> | null = null;

/** `process.env` with the entry's secrets resolved (Secret Manager when given as `NAME_SECRET`). */
export function entryEnv(entry: Entry): Promise<Env> {
  let env = envs.get(entry);
  if (!env) {
    env = withSecrets(process.env, secretsOf(entry));
    envs.set(entry, env);
    env.catch(() => envs.delete(entry));
  }
  return env;
}

/** The store, opened and migrated once per instance; a failed open is tried again on the next call. */
export function serviceStore(env: Env): Promise<Store> {
  if (!store) {
    store = openStore({ env, cwd: process.cwd() });
    store.catch(() => {
      store = null;
    });
  }
  return store;
}

export function callerPolicy(env: Env): CallerPolicy {
  const audiences = list(env.VIGIE_ID_TOKEN_AUDIENCES);
  return {
    verify: createIdTokenVerifier({ audiences, ...jwks(env) }),
    allowedDomains: allowedDomainsFrom(env.VIGIE_ALLOWED_DOMAINS),
  };
}

export function jwks(env: Env): { jwksUrl?: string } {
  const url = env.VIGIE_JWKS_URL?.trim();
  return url ? { jwksUrl: url } : {};
}

export function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
