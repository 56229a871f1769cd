/**
 * The one seam between the store and its engine: a parameterised query and a transaction. PGlite
 * (embedded) and PostgreSQL (`pg`) both implement it, so every table, query and migration is written
 * once, in plain PostgreSQL.
 */

/** A row as the engine returns it: column name → value. */
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /** Runs one statement with `$1…$n` parameters; the rows it returns (none for a write). */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (a migration). */
  script(text: string): Promise<void>;
}

export interface Sql extends SqlExecutor {
  readonly engine: "pglite" | "postgres";
  /** Runs `fn` inside BEGIN … COMMIT; any throw rolls back and is rethrown. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A value for a `$n::text::jsonb` parameter: sent as text and cast by the server, so both engines
 * store the same JSON whatever their own parameter serialisation.
 */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
