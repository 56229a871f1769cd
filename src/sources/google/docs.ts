/**
 * Docs v1 `documents.get` (+ its Drive file entry) → Note.
 *
 * Only the text is kept, one line per paragraph, list item or table row (src/sources/google/doc-text.ts),
 * so the text extractor sees the same lines a reader sees.
 */
import type { docs_v1 } from "@googleapis/docs";
import { BadInputError } from "../../core/errors.js";
import type { Note } from "../../core/model.js";
import { cleanLine } from "../clean-text.js";
import { isObject, show, str } from "../json-input.js";
import { dateFromTitle, kindFromText, localDate } from "../note-meta.js";
import { contentLines } from "./doc-text.js";
import type { DriveFile } from "./drive.js";

type Doc = docs_v1.Schema$Document;
type Tab = docs_v1.Schema$Tab;

export interface DocReadOptions {
  /** The tenant's zone: a note without a date in its title is dated by its creation day there. */
  zone: string;
  /** File name for messages. */
  file: string;
}

export function noteFromDoc(drive: DriveFile, raw: unknown, opts: DocReadOptions): Note {
  if (!isObject(raw))
    throw new BadInputError(opts.file, null, `expected a Docs document object, got ${show(raw)}`);
  const doc = raw as Doc;
  const title = cleanLine(drive.name || (str(doc.title) ?? "")).text;
  const titled = dateFromTitle(title);
  const date = titled ?? localDate(drive.createdTime, opts.zone);
  if (!date)
    throw new BadInputError(opts.file, "title", `expected a date in the title or a Drive createdTime`);
  return {
    id: drive.id,
    source: "doc",
    kind: kindFromText(title),
    title,
    date,
    ...(titled ? {} : { dateFromCreation: true }),
    url: drive.webViewLink,
    meetingKey: null,
    eventId: null,
    lines: docLines(doc),
    locale: null,
    lastEdited: drive.modifiedTime,
  };
}

/** Every paragraph of every tab (child tabs included), else of the legacy single body. */
export function docLines(doc: Doc): string[] {
  if (!Array.isArray(doc.tabs)) return contentLines(doc.body?.content, doc.lists);
  return flattenTabs(doc.tabs).flatMap((t) =>
    contentLines(t.documentTab?.body?.content, t.documentTab?.lists),
  );
}

function flattenTabs(tabs: Tab[]): Tab[] {
  return tabs
    .filter(isObject)
    .flatMap((t) => [t, ...flattenTabs(Array.isArray(t.childTabs) ? t.childTabs : [])]);
}
