/**
 * Both engines for the store tests: embedded PGlite (in memory, or in a folder) and the suite's real
 * PostgreSQL, each test store in a schema of its own so tests never see each other's rows.
 */
import { randomBytes } from "node:crypto";
import { type OpenStoreOptions, openStore, type Store } from "../../src/store/store.js";
import { postgresUrl } from "../helpers/services.js";

export const ENGINES = ["pglite", "postgres"] as const;
export type Engine = (typeof ENGINES)[number];

/** A test secret for the pseudonyms: 32 random bytes, new for each test run. */
export const TEST_PSEUDONYM_KEY = randomBytes(32).toString("base64");

/** A test envelope key (configurations' addresses): 32 random bytes, new for each test run. */
export const TEST_ENVELOPE_KEY = randomBytes(32).toString("base64");

/** A fresh schema name: letters and digits only. */
export function freshSchema(): string {
  return `t_${randomBytes(6).toString("hex")}`;
}

/** The environment a run needs to reach this engine's store (a new schema for PostgreSQL). */
export function storeEnv(engine: Engine, dir?: string): Record<string, string> {
  const env: Record<string, string> = {
    VIGIE_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
    VIGIE_ENVELOPE_KEY: TEST_ENVELOPE_KEY,
  };
  if (engine === "postgres") {
    env.VIGIE_DATABASE_URL = postgresUrl();
    env.VIGIE_DATABASE_SCHEMA = freshSchema();
  } else if (dir) env.VIGIE_STORE_DIR = dir;
  return env;
}

export async function openTestStore(engine: Engine, o: Partial<OpenStoreOptions> = {}): Promise<Store> {
  if (engine === "pglite") {
    return openStore({ env: keys(), cwd: ".", memory: true, ...o });
  }
  return openStore({
    env: { ...keys(), VIGIE_DATABASE_URL: postgresUrl() },
    cwd: ".",
    schema: freshSchema(),
    ...o,
  });
}

function keys(): Record<string, string> {
  return { VIGIE_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, VIGIE_ENVELOPE_KEY: TEST_ENVELOPE_KEY };
}
