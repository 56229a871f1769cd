/**
 * The text of a Docs v1 document, one line per paragraph, list item or table row, as a reader
 * of the document sees it:
 * - a table row is one line, its cells joined; under a header row each cell is labelled by its
 *   column's header ("Owner: Paul");
 * - person chips side by side are separated ("Paul Martin, Léa Dubois"), not run together;
 * - pending suggestions are not the document's text: a suggested insertion is left out, a
 *   suggested deletion is still there (the sync also asks for the document without suggestions);
 * - a checklist item reads "[x] …" when ticked (Docs strikes a ticked item through; the API
 *   exposes no other checked state) and "[ ] …" otherwise, as Notion to-dos do.
 */
import type { docs_v1 } from "@googleapis/docs";
import { cleanLine } from "../clean-text.js";
import { isObject, str } from "../json-input.js";

type Element = docs_v1.Schema$StructuralElement;
type Paragraph = docs_v1.Schema$Paragraph;
type Run = docs_v1.Schema$ParagraphElement;
type Lists = Record<string, docs_v1.Schema$List>;

/** The lines of a body's content; `lists` is the `lists` map of the same tab (or legacy document). */
export function contentLines(
  content: Element[] | null | undefined,
  lists: Lists | null | undefined,
): string[] {
  if (!Array.isArray(content)) return [];
  const out: string[] = [];
  for (const el of content) {
    if (!isObject(el)) continue;
    if (el.paragraph) push(out, paragraphLine(el.paragraph, lists ?? {}));
    else if (el.table) out.push(...tableLines(el.table, lists ?? {}));
    // A table of contents repeats the headings: reading it would count them twice.
  }
  return out;
}

function push(out: string[], line: string): void {
  if (line !== "") out.push(line);
}

function tableLines(table: docs_v1.Schema$Table, lists: Lists): string[] {
  const rows = (table.tableRows ?? []).filter(isObject);
  const cellsOf = (row: docs_v1.Schema$TableRow) =>
    (row.tableCells ?? []).map((cell) => contentLines(cell?.content, lists).join(" "));
  const first = rows[0];
  const header = first && isHeaderRow(first) ? cellsOf(first) : null;
  const lines: string[] = [];
  for (const row of header ? rows.slice(1) : rows) {
    const parts = cellsOf(row).flatMap((cell, i) => {
      if (cell === "") return [];
      const label = header?.[i];
      return [label ? `${label}: ${cell}` : cell];
    });
    push(lines, parts.join(" | "));
  }
  return lines;
}

/** A pinned header row, or a first row whose every written cell is bold, as header rows are written. */
function isHeaderRow(row: docs_v1.Schema$TableRow): boolean {
  if (row.tableRowStyle?.tableHeader === true) return true;
  const runs = (row.tableCells ?? []).flatMap((cell) =>
    (cell?.content ?? []).flatMap((el) => (el?.paragraph?.elements ?? []).filter(hasText)),
  );
  return runs.length > 0 && runs.every((r) => r.textRun?.textStyle?.bold === true);
}

function hasText(r: Run): boolean {
  if (typeof r !== "object" || r === null) return false;
  return (str(r.textRun?.content)?.trim() ?? "") !== "";
}

function paragraphLine(p: Paragraph, lists: Lists): string {
  const elements = (p.elements ?? []).filter((e) => isObject(e) && !suggestedInsertion(e));
  let text = "";
  elements.forEach((e, i) => {
    // Two chips side by side would read as one name.
    if (e.person && elements[i - 1]?.person) text += ", ";
    text += elementText(e);
  });
  // \v is a soft line break inside the paragraph; the paragraph is still one line.
  const line = cleanLine(text.replace(/\n$/, "").replace(/[\v\n]+/g, " ")).text;
  if (line === "" || !isChecklistItem(p, lists)) return line;
  return `${ticked(elements) ? "[x]" : "[ ]"} ${line}`;
}

function suggestedInsertion(e: Run): boolean {
  const ids =
    e.textRun?.suggestedInsertionIds ??
    e.person?.suggestedInsertionIds ??
    e.richLink?.suggestedInsertionIds ??
    e.dateElement?.suggestedInsertionIds;
  return Array.isArray(ids) && ids.length > 0;
}

/** Text runs, plus what smart chips display (a person named as an action's owner, a due date). */
function elementText(e: Run): string {
  if (e.textRun) return str(e.textRun.content) ?? "";
  if (e.person) return str(e.person.personProperties?.name) ?? str(e.person.personProperties?.email) ?? "";
  if (e.richLink) return str(e.richLink.richLinkProperties?.title) ?? "";
  if (e.dateElement) return str(e.dateElement.dateElementProperties?.displayText) ?? "";
  return "";
}

/**
 * A checklist is a list whose level has no glyph at all: bullets have a symbol, numbered lists a
 * glyph type, and Docs describes checkboxes by neither.
 */
function isChecklistItem(p: Paragraph, lists: Lists): boolean {
  const listId = str(p.bullet?.listId);
  if (!listId) return false;
  const levels = lists[listId]?.listProperties?.nestingLevels;
  const level = Array.isArray(levels) ? levels[p.bullet?.nestingLevel ?? 0] : undefined;
  if (!isObject(level)) return false;
  const type = level.glyphType ?? "GLYPH_TYPE_UNSPECIFIED";
  return type === "GLYPH_TYPE_UNSPECIFIED" && !str(level.glyphSymbol);
}

function ticked(elements: Run[]): boolean {
  const runs = elements.filter(hasText);
  return runs.length > 0 && runs.every((r) => r.textRun?.textStyle?.strikethrough === true);
}
