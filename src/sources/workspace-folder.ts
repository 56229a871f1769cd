/**
 * Reads a workspace folder (SPEC "Workspace folder": verbatim API responses) into a Snapshot.
 *
 * `tenant.json` and the directory are the frame of the analysis: without them nothing can
 * be said, so they throw. Any other file only adds data: a bad one becomes a warning shown
 * in the report, and the rest is analysed.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { BadInputError } from "../core/errors.js";
import { linkNotes } from "../core/link-notes.js";
import type { Note, Person, Snapshot, SourceWarning, Tenant } from "../core/model.js";
import { parseTenant } from "../core/tenant.js";
import { type MeetingCopy, readMeetingCopies } from "./google/calendar.js";
import { normaliseUsers } from "./google/directory.js";
import { noteFromDoc } from "./google/docs.js";
import { type DriveFile, normaliseDriveFiles } from "./google/drive.js";
import { MeetingMerger } from "./google/merge-meetings.js";
import { isObject, parseJson, str } from "./json-input.js";
import { blockLines, noteFromNotionPage } from "./notion/pages.js";
import { snapshotWarnings } from "./snapshot-warnings.js";

export interface ReadWorkspaceOptions {
  /** Called after each file is read, with the file's path inside the workspace. */
  onProgress?: (done: number, total: number, what: string) => void;
  /** Files read at once. Default 16: enough to hide disk latency without exhausting file handles. */
  concurrency?: number;
  /** When given, receives the milliseconds spent normalising (API JSON → model, merge, links). */
  timings?: { normaliseMs: number };
}

export const TENANT_FILE = "tenant.json";
export const USERS_FILE = "google/directory/users.json";
export const DRIVE_FILE = "google/drive/files.json";

/** A file of the workspace once read: its JSON, or why it could not be. */
type Loaded = { rel: string; json: unknown } | { rel: string; error: string };

export async function readWorkspace(dir: string, opts: ReadWorkspaceOptions = {}): Promise<Snapshot> {
  const tenant = parseTenant(await readRequired(dir, TENANT_FILE), join(dir, TENANT_FILE));
  const warnings: SourceWarning[] = [];
  const people: Person[] = normaliseUsers(
    await readRequired(dir, USERS_FILE),
    join(dir, USERS_FILE),
    (message) => warnings.push({ file: USERS_FILE, message }),
  );
  const [calendars, docs, pages, blocks] = await Promise.all(
    ["google/calendar", "google/docs", "notion/pages", "notion/blocks"].map((sub) => listJson(dir, sub)),
  );
  const hasDrive = await exists(join(dir, DRIVE_FILE));
  const noteFiles = [...(hasDrive ? [DRIVE_FILE] : []), ...(docs ?? []), ...(pages ?? []), ...(blocks ?? [])];
  const total = (calendars ?? []).length + noteFiles.length;
  let done = 0;
  const progress = (rel: string) => opts.onProgress?.(++done, total, rel);
  // Calendars are most of a workspace: each is normalised as soon as it is parsed and its
  // copies folded into one meeting per event, never every raw response or copy at once.
  const merger = new MeetingMerger();
  const read = await readCalendars(dir, calendars ?? [], tenant, merger, {
    concurrency: opts.concurrency,
    progress,
    timings: opts.timings,
  });
  const loaded = await readAll(dir, noteFiles, opts.concurrency, progress);
  const warn = (file: string) => (message: string) => warnings.push({ file, message });
  // Warnings keep one order: files that could not be read first, then what each file says.
  for (const c of read) if (c.error !== null) warn(c.rel)(c.error);
  for (const l of loaded) if ("error" in l) warn(l.rel)(l.error);
  for (const c of read) for (const message of c.warnings) warn(c.rel)(message);
  const ok = new Map(loaded.flatMap((l) => ("json" in l ? [[l.rel, l.json] as const] : [])));

  const started = performance.now();
  const meetings = merger.meetings();
  const notes = [
    ...docNotes(ok, docs ?? [], tenant, hasDrive, warn),
    ...pageNotes(ok, pages ?? [], blocks ?? [], tenant, warn),
  ];
  const linked = linkNotes(meetings, notes, tenant.timezone);
  if (opts.timings) opts.timings.normaliseMs += performance.now() - started;
  warnings.push(...snapshotWarnings(tenant, people, meetings, { tenant: TENANT_FILE, users: USERS_FILE }));
  return { tenant, people, meetings, notes: linked, warnings };
}

/** One calendar file once read: why it could not be read, if so, and its warnings. */
interface CalendarRead {
  rel: string;
  error: string | null;
  warnings: string[];
}

interface CalendarReadOptions {
  concurrency: number | undefined;
  progress: (rel: string) => void;
  timings: ReadWorkspaceOptions["timings"];
}

/**
 * Reads every calendar, folding its copies into `merger` in the files' order: files finish out
 * of order, so a finished file's copies wait until every file before it is folded in.
 */
async function readCalendars(
  dir: string,
  files: readonly string[],
  tenant: Tenant,
  merger: MeetingMerger,
  opts: CalendarReadOptions,
): Promise<CalendarRead[]> {
  const waiting = new Map<number, MeetingCopy[]>();
  let next = 0;
  return mapBounded(files, opts.concurrency, async (rel, i) => {
    const loaded = await load(dir, rel);
    opts.progress(rel);
    const warnings: string[] = [];
    const started = performance.now();
    const copies =
      "error" in loaded ? [] : calendarCopies(rel, loaded.json, tenant, (message) => warnings.push(message));
    waiting.set(i, copies);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      merger.add(ready);
      waiting.delete(next++);
    }
    if (opts.timings) opts.timings.normaliseMs += performance.now() - started;
    return { rel, error: "error" in loaded ? loaded.error : null, warnings };
  });
}

async function readRequired(dir: string, rel: string): Promise<unknown> {
  const file = join(dir, rel);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (e as Error).message;
    throw new BadInputError(file, null, reason);
  }
  return parseJson(text, file);
}

/** `.json` files of a sub-folder, as workspace-relative paths; none when the folder is absent. */
async function listJson(dir: string, sub: string): Promise<string[]> {
  try {
    const names = await readdir(join(dir, sub));
    return names
      .filter((n) => n.endsWith(".json"))
      .sort()
      .map((n) => `${sub}/${n}`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Reads and parses files with a bounded number in flight; order of the result = order of `files`. */
function readAll(
  dir: string,
  files: readonly string[],
  concurrency: number | undefined,
  progress: (rel: string) => void,
): Promise<Loaded[]> {
  return mapBounded(files, concurrency, async (rel) => {
    const loaded = await load(dir, rel);
    progress(rel);
    return loaded;
  });
}

/** `work` on every item, at most `concurrency` (default 16) at once; results in the items' order. */
async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number | undefined,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T, i);
  };
  const width = Math.max(1, Math.min(concurrency ?? 16, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

async function load(dir: string, rel: string): Promise<Loaded> {
  try {
    return { rel, json: parseJson(await readFile(join(dir, rel), "utf8"), rel) };
  } catch (e) {
    return { rel, error: problem(e) };
  }
}

/** A message without the file name, which the warning carries apart. */
function problem(e: unknown): string {
  if (e instanceof BadInputError) return e.field ? `${e.field}: ${e.expected}` : e.expected;
  return e instanceof Error ? e.message : String(e);
}

/** Runs a normaliser on one file; any failure becomes that file's warning instead of ending the run. */
function attempt<T>(warn: (message: string) => void, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    warn(`${problem(e)}; file skipped`);
    return undefined;
  }
}

function baseName(rel: string): string {
  const name = rel.slice(rel.lastIndexOf("/") + 1).replace(/\.json$/, "");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function calendarCopies(
  rel: string,
  json: unknown,
  tenant: Tenant,
  warn: (message: string) => void,
): MeetingCopy[] {
  const opts = { calendarId: baseName(rel), zone: tenant.timezone, file: rel, warn };
  return attempt(warn, () => readMeetingCopies(json, opts)) ?? [];
}

function docNotes(
  ok: Map<string, unknown>,
  docs: string[],
  tenant: Tenant,
  hasDrive: boolean,
  warn: (file: string) => (message: string) => void,
): Note[] {
  const files: DriveFile[] = ok.has(DRIVE_FILE)
    ? (attempt(warn(DRIVE_FILE), () =>
        normaliseDriveFiles(ok.get(DRIVE_FILE), DRIVE_FILE, warn(DRIVE_FILE)),
      ) ?? [])
    : [];
  const docById = new Map(docs.map((rel) => [baseName(rel), rel]));
  const notes: Note[] = [];
  for (const file of files) {
    const rel = docById.get(file.id);
    docById.delete(file.id);
    if (!rel) {
      warn(DRIVE_FILE)(`"${file.name}" (${file.id}) has no google/docs/${file.id}.json; note skipped`);
      continue;
    }
    if (!ok.has(rel)) continue;
    const doc = ok.get(rel);
    const docId = isObject(doc) ? str(doc.documentId) : null;
    if (docId !== file.id) warn(rel)(`documentId is ${JSON.stringify(docId)}, not the file name ${file.id}`);
    const note = attempt(warn(rel), () => noteFromDoc(file, doc, { zone: tenant.timezone, file: rel }));
    if (note) notes.push(note);
  }
  for (const rel of docById.values()) {
    const where = hasDrive ? `not listed in ${DRIVE_FILE}` : `${DRIVE_FILE} is missing`;
    warn(rel)(`${where}: its title and dates are unknown; note skipped`);
  }
  return notes;
}

function pageNotes(
  ok: Map<string, unknown>,
  pages: string[],
  blocks: string[],
  tenant: Tenant,
  warn: (file: string) => (message: string) => void,
): Note[] {
  const blocksById = new Map(blocks.map((rel) => [baseName(rel), rel]));
  const notes: Note[] = [];
  for (const rel of pages) {
    const id = baseName(rel);
    const blocksRel = blocksById.get(id);
    blocksById.delete(id);
    if (!ok.has(rel)) continue;
    if (!blocksRel) warn(rel)(`no notion/blocks/${id}.json: the note is read without its text`);
    // A corrupt blocks file is reported on its own; the page still counts, without text.
    const readable =
      blocksRel && ok.has(blocksRel) ? readableBlocks(ok.get(blocksRel), blocksRel, warn) : undefined;
    const opts = { zone: tenant.timezone, file: rel };
    const note = attempt(warn(rel), () => noteFromNotionPage(ok.get(rel), readable, opts));
    if (note) notes.push(note);
  }
  for (const rel of blocksById.values())
    warn(rel)(`no notion/pages/${baseName(rel)}.json for these blocks; skipped`);
  return notes;
}

function readableBlocks(
  body: unknown,
  rel: string,
  warn: (file: string) => (message: string) => void,
): unknown {
  return attempt(warn(rel), () => blockLines(body, rel)) ? body : undefined;
}
