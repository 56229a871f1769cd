import type { Upstream } from "../upstream.js";

/** The shape every Notion list response shares. */
export interface ListPage<T> {
  results: T[];
  next_cursor: string | null;
  has_more: boolean;
}

/**
 * Every page of a cursor-paginated Notion list, in order, each fetched through `upstream` (a
 * read: safe to retry). Returns the verbatim responses so a syncer can store them as they came.
 */
export async function allPages<R extends ListPage<unknown>>(
  upstream: Upstream,
  label: string,
  fetchPage: (cursor: string | undefined) => Promise<R>,
): Promise<R[]> {
  const pages: R[] = [];
  let cursor: string | undefined;
  do {
    const at = cursor;
    const page = await upstream.call(label, () => fetchPage(at), { idempotent: true });
    pages.push(page);
    cursor = page.has_more && page.next_cursor ? page.next_cursor : undefined;
  } while (cursor !== undefined);
  return pages;
}

/** The items of every page, flattened. */
export async function allResults<T>(
  upstream: Upstream,
  label: string,
  fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>,
): Promise<T[]> {
  return (await allPages(upstream, label, fetchPage)).flatMap((p) => p.results);
}
