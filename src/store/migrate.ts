/**
 * Versioned migrations: the plain SQL files of `migrations/` (`NNN-name.sql`), applied in order, each
 * in the same transaction as its row in `schema_migrations`. An advisory transaction lock makes two
 * processes migrating at once take turns: the second finds the work done. Numbers may have gaps (each
 * branch reserves its own): a lower number arriving later is applied then.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Sql } from "./sql.js";

export const MIGRATIONS_DIR = join(import.meta.dirname, "migrations");
/** Any constant both processes agree on: "vigie" in ASCII. */
const MIGRATION_LOCK = 0x7669676965;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  const out: Migration[] = [];
  for (const file of files) {
    const match = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file);
    if (!match) throw new Error(`${join(dir, file)}: expected a name like 001-initial.sql`);
    out.push({
      version: Number(match[1]),
      name: match[2] ?? "",
      sql: await readFile(join(dir, file), "utf8"),
    });
  }
  // Numbers are reserved per branch, so one may land before a lower one: a gap is allowed (the lower
  // one applies when it arrives, see `migrate`), a number used twice is not.
  out.forEach((m, i) => {
    if (m.version === out[i - 1]?.version) throw new Error(`${dir}: two migrations numbered ${m.version}`);
  });
  return out;
}

/** Applies what is missing; returns the versions applied by this call (none when up to date). */
export async function migrate(sql: Sql, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  return sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ version: number }>("SELECT version FROM schema_migrations")).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of all) {
      if (done.has(m.version)) continue;
      await tx.script(m.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** The latest applied version, the code's latest, and whether every one is applied (the `health` check). */
export async function schemaStatus(
  sql: Sql,
): Promise<{ current: number; latest: number; upToDate: boolean }> {
  const versions = (await readMigrations()).map((m) => m.version);
  const rows = await sql
    .query<{ version: number }>("SELECT version FROM schema_migrations")
    .catch(() => [] as { version: number }[]);
  const applied = new Set(rows.map((r) => Number(r.version)));
  const current = Math.max(0, ...applied);
  return { current, latest: Math.max(0, ...versions), upToDate: versions.every((v) => applied.has(v)) };
}
