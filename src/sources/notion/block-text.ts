/**
 * The text of a Notion page's blocks, one line per block, read depth first in document order.
 *
 * `blocks.children.list` returns one level; the sync attaches each block's own list responses
 * as `children` (src/sources/notion/live/block-tree.ts), so what lies inside toggles, toggleable
 * headings, callouts, columns, synced blocks, tables and meeting-notes blocks is read where it
 * sits on the page. Blocks saved by older API versions carry `text` instead of `rich_text`.
 */

import { cleanLine } from "../clean-text.js";
import { isObject, type Json, pagedItems, str } from "../json-input.js";

/** Block types whose own rich text is a line of the note (their children are read too). */
const TEXT_BLOCKS = new Set([
  "paragraph",
  "heading_1",
  "heading_2",
  "heading_3",
  "heading_4",
  "bulleted_list_item",
  "numbered_list_item",
  "to_do",
  "toggle",
  "quote",
  "callout",
  "template",
]);

/** Blocks whose children are other pages or databases: not this page's text. */
const OTHER_CONTENT = new Set(["child_page", "child_database", "link_to_page"]);

/** Meeting-notes blocks (AI meeting notes), under their current and former type names. */
const MEETING_NOTES = new Set(["meeting_notes", "transcription"]);

/** Nesting read below the page; deeper content is kept by no real note and would only cost time. */
const MAX_DEPTH = 12;

/**
 * One line per text block of a `blocks.children.list` response (or an array of its pages),
 * nested children included. Throws BadInputError when the response itself is malformed.
 */
export function blockLines(raw: unknown, file: string): string[] {
  const lines: string[] = [];
  walk(raw, file, 0, lines);
  return lines;
}

function walk(raw: unknown, file: string, depth: number, lines: string[]): void {
  for (const { item } of pagedItems(raw, "results", file)) {
    if (!isObject(item)) continue;
    const type = str(item.type) ?? "";
    const body = isObject(item[type]) ? (item[type] as Json) : {};
    if (OTHER_CONTENT.has(type)) continue;
    if (type === "table") {
      tableLines(item, body, file, lines);
      continue;
    }
    // A row met outside its table (a table's own children file) is still one line.
    if (type === "table_row") pushLine(lines, tableRow(rowCells(body), null));
    if (TEXT_BLOCKS.has(type)) pushLine(lines, blockText(type, body));
    if (MEETING_NOTES.has(type)) pushLine(lines, richText(body.title));
    const children = childPages(item, MEETING_NOTES.has(type) ? transcriptId(body) : null);
    if (children.length > 0 && depth < MAX_DEPTH) walk(children, file, depth + 1, lines);
  }
}

/** The list responses attached as `children`, without the child whose id is `skip`. */
function childPages(item: Json, skip: string | null): Json[] {
  const raw = item.children;
  const pages = (Array.isArray(raw) ? raw : isObject(raw) ? [raw] : []).filter(isObject);
  if (skip === null) return pages;
  // A transcript is the meeting's raw speech: its summary and notes say what was decided.
  return pages.map((page) => ({
    ...page,
    results: listOf(page).filter((c) => !isObject(c) || c.id !== skip),
  }));
}

/** Each row one line; under a header row, each cell labelled by its column's header. */
function tableLines(item: Json, body: Json, file: string, lines: string[]): void {
  const rows = pagedItems(childPages(item, null), "results", file).flatMap(({ item: row }) =>
    isObject(row) && row.type === "table_row" && isObject(row.table_row) ? [rowCells(row.table_row)] : [],
  );
  const header = body.has_column_header === true ? (rows[0] ?? null) : null;
  for (const cells of header ? rows.slice(1) : rows) pushLine(lines, tableRow(cells, header));
}

function listOf(page: Json): unknown[] {
  return Array.isArray(page.results) ? page.results : [];
}

function transcriptId(body: Json): string | null {
  const children = isObject(body.children) ? body.children : {};
  const ref = children.transcript_block_id;
  return str(ref) ?? (isObject(ref) ? str(ref.id) : null);
}

function blockText(type: string, body: Json): string {
  const text = richText(body.rich_text ?? body.text);
  if (type !== "to_do" || text === "") return text;
  return `${body.checked === true ? "[x]" : "[ ]"} ${text}`;
}

function rowCells(body: Json): string[] {
  const cells = Array.isArray(body.cells) ? body.cells : [];
  return cells.map((cell) => richText(cell));
}

/** A row is one line: "Label: value | Label: value" under a header row, else the cells joined. */
function tableRow(cells: string[], header: string[] | null): string {
  const parts = cells.flatMap((cell, i) => {
    if (cell === "") return [];
    const label = header?.[i];
    return [label ? `${label}: ${cell}` : cell];
  });
  return parts.join(" | ");
}

function pushLine(lines: string[], text: string): void {
  const line = cleanLine(text).text.replace(/\s+/g, " ");
  if (line !== "") lines.push(line);
}

/** The plain text of a rich-text array; a mention without plain text reads as nothing. */
export function richText(v: unknown): string {
  if (!Array.isArray(v)) return "";
  return v.map((t) => (isObject(t) ? (str(t.plain_text) ?? textContent(t)) : "")).join("");
}

/** Requests and old exports carry `text.content` without `plain_text`. */
function textContent(t: Json): string {
  return isObject(t.text) ? (str(t.text.content) ?? "") : "";
}
