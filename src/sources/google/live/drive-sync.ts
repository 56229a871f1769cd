/**
 * The meeting-notes folder: Drive v3 `files.list` → google/drive/files.json (one `files.list`-shaped
 * response), and Docs v1 `documents.get` (with tabs) → google/docs/<id>.json.
 *
 * First run: the change feed's start token is taken *before* listing, so an edit made while we list is
 * seen by the next run rather than lost. Next runs: `changes.list` from the saved token; only documents
 * whose file changed (new, or a new `modifiedTime`) are fetched again, and documents that left the folder
 * (trashed, moved, deleted, unshared) are removed.
 */
import type { docs_v1 } from "@googleapis/docs";
import type { drive_v3 } from "@googleapis/drive";
import { UpstreamError } from "../../../core/errors.js";
import type { GoogleClients } from "../../../upstream/google/clients.js";
import type { Upstream } from "../../../upstream/upstream.js";
import type { WorkspaceWriter } from "../../sync/types.js";
import { DRIVE_FILE } from "../../workspace-folder.js";
import { GOOGLE_DOC_MIME } from "../drive.js";
import { allPages, idFileName, writeIfChanged } from "./paging.js";

type File = drive_v3.Schema$File;

/** What the folder reader uses, and `parents` to tell whether a changed file is still in the folder. */
const FILE_FIELDS = "kind, id, name, mimeType, parents, trashed, createdTime, modifiedTime, webViewLink";

export interface DriveState {
  folderId: string;
  /** Drive change token: where the next run's `changes.list` starts. Drive tokens do not expire. */
  pageToken: string;
}

export interface DriveSyncInput {
  clients: GoogleClients;
  upstream: Upstream;
  out: WorkspaceWriter;
  /** Whose Drive is read: the folder must be shared with them. */
  subject: string;
  folderId: string;
  previous: DriveState | null;
}

export interface DriveSyncResult {
  state: DriveState;
  /** Drive file entries written (all on a full listing, the changed ones on an incremental one). */
  files: number;
  docs: number;
  warnings: string[];
}

export async function syncDrive(input: DriveSyncInput): Promise<DriveSyncResult> {
  const stored = await storedFiles(input.out);
  if (input.previous?.folderId === input.folderId && stored) return incremental(input, stored);
  return full(input, stored ?? []);
}

async function full(input: DriveSyncInput, stored: File[]): Promise<DriveSyncResult> {
  const drive = input.clients.drive(input.subject);
  const start = await input.upstream.call(
    "drive changes.getStartPageToken",
    () => drive.changes.getStartPageToken({}),
    { idempotent: true },
  );
  const q = `'${quote(input.folderId)}' in parents and mimeType='${GOOGLE_DOC_MIME}' and trashed=false`;
  const pages = await allPages(async (pageToken) => {
    const params = {
      q,
      pageSize: 1000,
      pageToken,
      fields: `nextPageToken, incompleteSearch, files(${FILE_FIELDS})`,
    };
    const response = await input.upstream.call("drive files.list", () => drive.files.list(params), {
      idempotent: true,
    });
    return response.data;
  });
  const files = pages.flatMap((page) => page.files ?? []);
  const changed = await writeFiles(input.out, files);
  const keep = new Set(files.map((f) => f.id));
  const gone = stored.map((f) => f.id ?? "").filter((id) => id && !keep.has(id));
  const fetched = await fetchDocs(input, files.map((f) => f.id ?? "").filter(Boolean), gone);
  const pageToken = start.data.startPageToken ?? "";
  return { state: { folderId: input.folderId, pageToken }, files: changed ? files.length : 0, ...fetched };
}

async function incremental(input: DriveSyncInput, stored: File[]): Promise<DriveSyncResult> {
  const drive = input.clients.drive(input.subject);
  const fields = `nextPageToken, newStartPageToken, changes(fileId, removed, file(${FILE_FIELDS}))`;
  const pages = await allPages(async (pageToken) => {
    const params = {
      pageToken: pageToken ?? input.previous?.pageToken,
      pageSize: 1000,
      includeRemoved: true,
      spaces: "drive",
      fields,
    };
    const response = await input.upstream.call("drive changes.list", () => drive.changes.list(params), {
      idempotent: true,
    });
    return response.data;
  });
  const files = new Map(stored.map((f) => [f.id ?? "", f]));
  const refetch: string[] = [];
  const gone: string[] = [];
  for (const change of latestChanges(pages.flatMap((page) => page.changes ?? []))) {
    const id = change.fileId ?? "";
    const before = files.get(id);
    if (!change.removed && change.file && isNote(change.file, input.folderId)) {
      files.set(id, change.file);
      if (before?.modifiedTime !== change.file.modifiedTime) refetch.push(id);
    } else if (before) {
      files.delete(id);
      gone.push(id);
    }
  }
  if (refetch.length > 0 || gone.length > 0) await writeFiles(input.out, [...files.values()]);
  const pageToken = pages.at(-1)?.newStartPageToken ?? input.previous?.pageToken ?? "";
  const fetched = await fetchDocs(input, refetch, gone);
  return { state: { folderId: input.folderId, pageToken }, files: refetch.length + gone.length, ...fetched };
}

/** A file changed several times may appear more than once: its last change is its state. */
function latestChanges(changes: drive_v3.Schema$Change[]): drive_v3.Schema$Change[] {
  return [...new Map(changes.map((c) => [c.fileId ?? "", c])).values()].filter((c) => c.fileId);
}

function isNote(file: File, folderId: string): boolean {
  return (
    file.mimeType === GOOGLE_DOC_MIME && file.trashed !== true && (file.parents ?? []).includes(folderId)
  );
}

/**
 * Fetches documents (all at once: the Upstream queues them) and removes those that left the folder. A
 * document Google will not give us (404, 403) is a warning: the folder reader then reports the note as
 * missing its text, and the rest of the run goes on.
 */
async function fetchDocs(
  input: DriveSyncInput,
  ids: string[],
  gone: string[],
): Promise<{ docs: number; warnings: string[] }> {
  const docs = input.clients.docs(input.subject);
  const warnings: string[] = [];
  const settled = await Promise.allSettled(
    ids.map(async (documentId) => {
      const response = await input.upstream.call(
        `docs documents.get ${documentId}`,
        // Pending suggestions are not the document's text yet: read it as if none were made.
        () =>
          docs.documents.get({
            documentId,
            includeTabsContent: true,
            suggestionsViewMode: "PREVIEW_WITHOUT_SUGGESTIONS",
          }),
        { idempotent: true },
      );
      await input.out.writeJson(
        `google/docs/${idFileName(documentId)}`,
        response.data as docs_v1.Schema$Document,
      );
    }),
  );
  for (const s of settled) {
    if (s.status === "fulfilled") continue;
    const e = s.reason;
    if (!(e instanceof UpstreamError) || e.retryable || (e.status !== 403 && e.status !== 404)) throw e;
    warnings.push(`document skipped: ${e.message}`);
  }
  await Promise.all(gone.map((id) => input.out.remove(`google/docs/${idFileName(id)}`)));
  return { docs: ids.length - warnings.length, warnings };
}

async function writeFiles(out: WorkspaceWriter, files: File[]): Promise<boolean> {
  return writeIfChanged(out, DRIVE_FILE, { kind: "drive#fileList", incompleteSearch: false, files });
}

/** The stored listing's files, or null when there is none to build on. */
async function storedFiles(out: WorkspaceWriter): Promise<File[] | null> {
  let raw: unknown;
  try {
    raw = await out.readJson(DRIVE_FILE);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const pages = (Array.isArray(raw) ? raw : [raw]) as drive_v3.Schema$FileList[];
  return pages.flatMap((page) => page?.files ?? []);
}

/** Drive query strings quote with `'` and escape with `\`. */
function quote(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/'/g, "\\'");
}
