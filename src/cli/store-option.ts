/**
 * `--store DIR|URL` of the commands that use the store: a `postgres://` URL, or a PGlite folder;
 * without it, `VIGIE_DATABASE_URL`, else the embedded store under `.vigie/store/` (store.ts).
 */
import { ENV_DATABASE_URL, ENV_STORE_DIR } from "../store/store.js";

export function storeOptionEnv(
  store: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out = { ...env };
  if (store && /^postgres(ql)?:\/\//.test(store)) out[ENV_DATABASE_URL] = store;
  else if (store) {
    delete out[ENV_DATABASE_URL];
    out[ENV_STORE_DIR] = store;
  }
  return out;
}
