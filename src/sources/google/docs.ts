/**
 * Docs v1 `documents.get` (+ its Drive file entry) → Note.
 *
 * Only the text of paragraphs is kept, one line per paragraph or list item, so the text
 * extractor sees the same lines a reader sees.
 */
import type { docs_v1 } from "@googleapis/docs";
import { BadInputError } from "../../core/errors.js";
import type { Note } from "../../core/model.js";
import { isObject, show, str } from "../json-input.js";
import { dateFromTitle, kindFromText, localDate } from "../note-meta.js";
import type { DriveFile } from "./drive.js";

type Doc = docs_v1.Schema$Document;
type Element = docs_v1.Schema$StructuralElement;
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
  const title = drive.name || (str(doc.title) ?? "");
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
  const bodies = Array.isArray(doc.tabs)
    ? flattenTabs(doc.tabs).map((t) => t.documentTab?.body?.content)
    : [doc.body?.content];
  return bodies.flatMap((content) => elementLines(content));
}

function flattenTabs(tabs: Tab[]): Tab[] {
  return tabs
    .filter(isObject)
    .flatMap((t) => [t, ...flattenTabs(Array.isArray(t.childTabs) ? t.childTabs : [])]);
}

function elementLines(content: Element[] | undefined): string[] {
  if (!Array.isArray(content)) return [];
  const out: string[] = [];
  for (const el of content) {
    if (typeof el !== "object" || el === null) continue;
    if (el.paragraph) {
      const line = paragraphText(el.paragraph);
      if (line !== "") out.push(line);
    } else if (el.table) {
      for (const row of el.table.tableRows ?? []) {
        for (const cell of row?.tableCells ?? []) out.push(...elementLines(cell?.content));
      }
    }
    // A table of contents repeats the headings: reading it would count them twice.
  }
  return out;
}

function paragraphText(p: docs_v1.Schema$Paragraph): string {
  const text = (p.elements ?? []).map(elementText).join("");
  // \v is a soft line break inside the paragraph; the paragraph is still one line.
  return text
    .replace(/\n$/, "")
    .replace(/[\v\n]+/g, " ")
    .trim();
}

/** Text runs, plus what smart chips display (a person named as an action's owner, a due date). */
function elementText(e: docs_v1.Schema$ParagraphElement): string {
  if (typeof e !== "object" || e === null) return "";
  if (e.textRun) return str(e.textRun.content) ?? "";
  if (e.person) return str(e.person.personProperties?.name) ?? str(e.person.personProperties?.email) ?? "";
  if (e.richLink) return str(e.richLink.richLinkProperties?.title) ?? "";
  if (e.dateElement) return str(e.dateElement.dateElementProperties?.displayText) ?? "";
  return "";
}
