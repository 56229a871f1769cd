/**
 * Page tokens over a snapshot taken at the first page. Google's page tokens are opaque and stay valid while
 * the data changes underneath; snapshotting gives the same guarantee here: a client that follows
 * `nextPageToken` sees every item exactly once, and a page token survives a failed request so a retry of
 * the same page works.
 */
import { randomBytes } from "node:crypto";

interface Cursor<T> {
  items: readonly T[];
  offset: number;
  /** Whatever the handler needs on the last page (the calendar keeps the sequence its sync token covers). */
  context: unknown;
}

export interface Page<T> {
  items: T[];
  /** Present when more items remain. */
  nextPageToken?: string;
  context: unknown;
}

export class Cursors {
  readonly #cursors = new Map<string, Cursor<unknown>>();

  /** First page of a fresh listing. */
  first<T>(items: readonly T[], size: number, context: unknown): Page<T> {
    return this.#slice({ items, offset: 0, context }, size);
  }

  /** The page a token points at, or null when the token was never issued. */
  next<T>(token: string, size: number): Page<T> | null {
    const cursor = this.#cursors.get(token) as Cursor<T> | undefined;
    return cursor ? this.#slice(cursor, size) : null;
  }

  #slice<T>(cursor: Cursor<T>, size: number): Page<T> {
    const end = cursor.offset + size;
    const items = cursor.items.slice(cursor.offset, end);
    if (end >= cursor.items.length) return { items, context: cursor.context };
    const token = randomBytes(12).toString("base64url");
    this.#cursors.set(token, { ...cursor, offset: end });
    return { items, nextPageToken: token, context: cursor.context };
  }
}

/**
 * The page size a list call gets: the API's default when absent, the API's maximum when larger (Calendar
 * and Drive coerce rather than reject), and never above the test's `pageSizeCap`, which imitates Google
 * returning short pages "even if there are more results".
 */
export function pageSize(requested: number | undefined, def: number, max: number, cap?: number): number {
  const size = Math.min(requested ?? def, max);
  return cap ? Math.min(size, cap) : size;
}
