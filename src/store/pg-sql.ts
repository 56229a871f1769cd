/**
 * The deployed engine: PostgreSQL through `pg` (a pool), when `VIGIE_DATABASE_URL` is set. An optional
 * schema keeps several stores in one database apart (each test has its own).
 */
import pg from "pg";
import type { Row, Sql, SqlExecutor } from "./sql.js";

export interface PostgresOptions {
  url: string;
  /** Schema holding Vigie's tables, created when missing. Default: the server's (`public`). */
  schema?: string;
  /** Pool size. Default 4: a run makes its queries one after another. */
  max?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgres(options: PostgresOptions): Promise<Sql> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`store schema: expected lowercase letters, digits and _, got "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on("error", () => {});
  if (schema) await createSchema(pool, schema);
  const executor = (q: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(text, [...params]);
      return result.rows;
    },
    async script(text: string) {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await q.query(text);
    },
  });
  return {
    engine: "postgres",
    ...executor(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await fn(executor(client));
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Two processes creating the same schema at once: the loser sees a duplicate, which is fine. */
async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "23505" && code !== "42P06") throw error;
  }
}
