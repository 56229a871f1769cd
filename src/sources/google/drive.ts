/**
 * Drive v3 `files.list` of the meeting-notes folder → the documents to read with Docs.
 */
import type { drive_v3 } from "@googleapis/drive";
import { BadInputError } from "../../core/errors.js";
import { isObject, pagedItems, show, str } from "../json-input.js";

export const GOOGLE_DOC_MIME = "application/vnd.google-apps.document";

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  createdTime: string | null;
  modifiedTime: string | null;
  webViewLink: string | null;
}

/**
 * One `files.list` response or an array of its pages. Files that are not Google Docs cannot
 * be read as notes: they are reported through `warn`, as is any malformed entry.
 */
export function normaliseDriveFiles(
  raw: unknown,
  file: string,
  warn?: (message: string) => void,
): DriveFile[] {
  const out: DriveFile[] = [];
  for (const { item, path } of pagedItems(raw, "files", file)) {
    if (!isObject(item)) throw new BadInputError(file, path, `expected a file object, got ${show(item)}`);
    const f = item as drive_v3.Schema$File;
    const id = str(f.id);
    if (!id) throw new BadInputError(file, `${path}.id`, `expected a file id, got ${show(f.id)}`);
    // A trashed file was deleted on purpose: it is no longer a note.
    if (f.trashed === true) continue;
    const mimeType = str(f.mimeType) ?? "";
    if (mimeType !== GOOGLE_DOC_MIME) {
      warn?.(
        `${path}: "${str(f.name) ?? id}" is ${mimeType || "of unknown type"}, not a Google Doc; skipped`,
      );
      continue;
    }
    out.push({
      id,
      name: str(f.name) ?? "",
      mimeType,
      createdTime: str(f.createdTime),
      modifiedTime: str(f.modifiedTime),
      webViewLink: str(f.webViewLink),
    });
  }
  return out;
}
