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
import { attempt, baseName, type Loaded, load, mapBounded } from "./folder-files.js";
import { type MeetingCopy, readMeetingCopies } from "./google/calendar.js";
import { normaliseUsers } from "./google/directory.js";
import { noteFromDoc } from "./google/docs.js";
import { type DriveFile, normaliseDriveFiles } from "./google/drive.js";
import { MeetingMerger } from "./google/merge-meetings.js";
import { isObject, parseJson, str } from "./json-input.js";
import { readNotionPages } from "./notion/read-pages.js";
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
  const docFiles = [...(hasDrive ? [DRIVE_FILE] : []), ...(docs ?? [])];
  const total = (calendars ?? []).length + docFiles.length + (pages ?? []).length + (blocks ?? []).length;
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
  const loaded = await readAll(dir, docFiles, opts.concurrency, progress);
  // Notion pages become notes as they are read, with their blocks (the bulk of the notes' JSON).
  const notion = await readNotionPages(dir, pages ?? [], blocks ?? [], tenant, {
    concurrency: opts.concurrency,
    progress,
  });
  const warn = (file: string) => (message: string) => warnings.push({ file, message });
  // Warnings keep one order: files that could not be read first, then what each file says.
  for (const c of read) if (c.error !== null) warn(c.rel)(c.error);
  for (const l of loaded) if ("error" in l) warn(l.rel)(l.error);
  for (const [file, message] of notion.unreadable) warn(file)(message);
  for (const c of read) for (const message of c.warnings) warn(c.rel)(message);
  const ok = new Map(loaded.flatMap((l) => ("json" in l ? [[l.rel, l.json] as const] : [])));

  const started = performance.now();
  const meetings = merger.meetings();
  const notes = [...docNotes(ok, docs ?? [], tenant, hasDrive, warn), ...notion.notes];
  for (const [file, message] of notion.warnings) warn(file)(message);
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
