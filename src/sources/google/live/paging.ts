/**
 * Pagination and file helpers shared by the Google syncs.
 */
import { isDeepStrictEqual } from "node:util";
import type { WorkspaceWriter } from "../../sync/types.js";

/** Follows `nextPageToken` to the end; each page is one request (retried by the caller's Upstream). */
export async function allPages<T extends { nextPageToken?: string | null }>(
  fetchPage: (pageToken: string | undefined) => Promise<T>,
): Promise<T[]> {
  const pages: T[] = [];
  let pageToken: string | undefined;
  do {
    const page = await fetchPage(pageToken);
    pages.push(page);
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return pages;
}

/**
 * Writes unless the file already holds the same content by `key`: a sync that brings nothing new leaves
 * the folder byte for byte as it was (page and sync tokens differ on every listing, so the key skips them).
 */
export async function writeIfChanged<T>(
  out: WorkspaceWriter,
  path: string,
  data: T,
  key: (data: unknown) => unknown = (d) => d,
): Promise<boolean> {
  const previous = await out.readJson(path);
  if (previous !== null && isDeepStrictEqual(key(previous), key(data))) return false;
  await out.writeJson(path, data);
  return true;
}

/**
 * A file name for an API id. Emails stay readable (`alice@x.fr.json`, as in the fixtures); anything the
 * file system or a path could misread is percent-encoded, which the folder reader decodes.
 */
export function idFileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9@._+-]/g, (c) => encodeURIComponent(c)).replace(/^\./, "%2E")}.json`;
}
