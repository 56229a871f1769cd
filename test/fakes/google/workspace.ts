/**
 * Reads a workspace folder (SPEC "Workspace folder"): verbatim API responses, each file one response or an
 * array of page responses. The fake serves what real Google would have served to produce those files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

export type Json = Record<string, unknown>;

export interface ListFile {
  /** Top-level fields of the first page (kind, summary, timeZone…), without the list and its tokens. */
  meta: Json;
  items: Json[];
}

export interface WorkspaceData {
  users: Json[];
  calendars: Map<string, ListFile>;
  driveFiles: Json[];
  docs: Map<string, Json>;
}

const PAGE_FIELDS = ["nextPageToken", "nextSyncToken", "incompleteSearch"];

export function loadWorkspace(dir: string): WorkspaceData {
  const google = join(dir, "google");
  if (!existsSync(dir)) throw new Error(`Expected a workspace folder, got ${dir} (not found)`);
  return {
    users: readList(join(google, "directory", "users.json"), "users")?.items ?? [],
    calendars: readFolder(join(google, "calendar"), (file) => readList(file, "items")),
    driveFiles: readList(join(google, "drive", "files.json"), "files")?.items ?? [],
    docs: readFolder(join(google, "docs"), (file) => readJson(file) as Json),
  };
}

/** Flattens one response or an array of pages into its items; null when the file does not exist. */
export function readList(file: string, listField: string): ListFile | null {
  if (!existsSync(file)) return null;
  const raw = readJson(file);
  const pages = Array.isArray(raw) ? raw : [raw];
  const items: Json[] = [];
  for (const [index, page] of pages.entries()) {
    if (!isJson(page)) throw new Error(`${file}: page ${index}: expected an object, got ${typeof page}`);
    const list = page[listField] ?? [];
    if (!Array.isArray(list))
      throw new Error(`${file}: page ${index}: expected "${listField}" to be an array`);
    items.push(...list.filter(isJson));
  }
  const meta: Json = { ...(pages[0] as Json | undefined) };
  for (const field of [listField, ...PAGE_FIELDS]) delete meta[field];
  return { meta, items };
}

/** `<id>.json` files of a folder, keyed by id (a calendar id is an email, a doc id is opaque). */
function readFolder<T>(folder: string, read: (file: string) => T | null): Map<string, T> {
  const out = new Map<string, T>();
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(".json")) continue;
    const value = read(join(folder, name));
    if (value !== null) out.set(basename(name, ".json"), value);
  }
  return out;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: expected JSON (${(error as Error).message})`);
  }
}

export function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
