/**
 * The embedded engine: PGlite, a real PostgreSQL compiled to WASM, kept in a folder (default
 * `.vigie/store/`). One process at a time may open a PGlite folder, so opening takes a lock file
 * beside it (`<dir>.lock`) (see store-lock.ts); a second `vigie run` waits for the first instead of corrupting it.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Row, Sql, SqlExecutor } from "./sql.js";
import { acquireFolderLock, type FolderLockOptions } from "./store-lock.js";

export interface PgliteOptions extends FolderLockOptions {
  /** Folder of the database files; omitted means in memory (tests and throwaway runs). */
  dir?: string;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Sql> {
  const { dir } = options;
  if (!dir) return wrap(await PGlite.create(), async () => {});
  await mkdir(dirname(dir), { recursive: true });
  const release = await acquireFolderLock(dir, options);
  try {
    return wrap(await PGlite.create(dir), release);
  } catch (error) {
    await release();
    throw error;
  }
}

function wrap(db: PGlite, release: () => Promise<void>): Sql {
  const executor = (q: Pick<PGlite, "query" | "exec">): SqlExecutor => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(text, [...params]);
      return result.rows;
    },
    async script(text: string) {
      await q.exec(text);
    },
  });
  return {
    engine: "pglite",
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        await release();
      }
    },
  };
}
