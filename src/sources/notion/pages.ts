/**
 * Notion (API version 2025-09-03) page object + `blocks.children.list` → Note.
 *
 * Shapes are read defensively rather than through the SDK's unions: a saved file may come
 * from any integration version, and a missing field must not crash the whole read.
 */
import { BadInputError } from "../../core/errors.js";
import type { Note } from "../../core/model.js";
import { isObject, type Json, pagedItems, show, str } from "../json-input.js";
import { fold, kindFromText, localDate } from "../note-meta.js";

export interface NotionReadOptions {
  /** The tenant's zone: dates and datetimes become local dates there. */
  zone: string;
  /** File name for messages. */
  file: string;
}

/** Property names that hold the Google Calendar event a note is about. */
const EVENT_PROPERTY = /event|evenement|calendar|agenda ?id/;

/** Block types whose text is part of the note; others (images, embeds, dividers…) are not. */
const TEXT_BLOCKS = new Set([
  "paragraph",
  "heading_1",
  "heading_2",
  "heading_3",
  "bulleted_list_item",
  "numbered_list_item",
  "to_do",
  "toggle",
  "quote",
  "callout",
]);

/** The note of a page, or null for a page in the trash (deleted on purpose). */
export function noteFromNotionPage(page: unknown, blocks: unknown, opts: NotionReadOptions): Note | null {
  if (!isObject(page))
    throw new BadInputError(opts.file, null, `expected a Notion page object, got ${show(page)}`);
  const id = str(page.id);
  if (!id) throw new BadInputError(opts.file, "id", `expected a page id, got ${show(page.id)}`);
  if (page.in_trash === true || page.archived === true) return null;
  const props = Object.entries(isObject(page.properties) ? page.properties : {}).filter(
    (e): e is [string, Json] => isObject(e[1]),
  );
  const title = props.map(([, p]) => p).find((p) => p.type === "title");
  const titleText = title ? richText(title.title) : "";
  const date = pageDate(props, opts.zone) ?? localDate(str(page.created_time), opts.zone);
  if (!date)
    throw new BadInputError(
      opts.file,
      "created_time",
      `expected an ISO instant, got ${show(page.created_time)}`,
    );
  return {
    id,
    source: "page",
    kind: kindFromText(titleText, ...props.flatMap(([, p]) => optionNames(p))),
    title: titleText,
    date,
    url: str(page.url),
    meetingKey: null,
    eventId: pageEventId(props),
    lines: blocks === undefined ? [] : blockLines(blocks, opts.file),
    locale: null,
    lastEdited: str(page.last_edited_time),
  };
}

/** The start of the first date property, as a local date in the tenant's zone. */
function pageDate(props: [string, Json][], zone: string): string | null {
  const prop = props.find(([, p]) => p.type === "date")?.[1];
  const value = isObject(prop?.date) ? prop.date : null;
  return localDate(str(value?.start), zone);
}

function pageEventId(props: [string, Json][]): string | null {
  for (const [name, p] of props) {
    if (!EVENT_PROPERTY.test(fold(name))) continue;
    const raw = p.type === "url" ? str(p.url) : p.type === "rich_text" ? richText(p.rich_text) : null;
    if (raw?.trim()) return eventIdFrom(raw.trim());
  }
  return null;
}

/**
 * An event id as written in a property: the id itself, or a Google Calendar link whose
 * `eid` parameter is base64 of "<eventId> <calendarId>". Anything else is kept as written.
 */
export function eventIdFrom(value: string): string {
  let eid: string | null = null;
  try {
    eid = new URL(value).searchParams.get("eid");
  } catch {
    return value;
  }
  if (!eid) return value;
  const decoded = Buffer.from(eid, "base64url").toString("utf8");
  const id = /^([\w-]+)(?: \S+)?$/.exec(decoded)?.[1];
  return id ?? value;
}

/** Option names of select, multi-select and status properties (a "Type: Stratégie" tag). */
function optionNames(p: Json): string[] {
  const value = p[str(p.type) ?? ""];
  if (p.type === "multi_select" && Array.isArray(value)) return value.flatMap((o) => optionName(o) ?? []);
  if (p.type === "select" || p.type === "status") return [optionName(value) ?? ""];
  return [];
}

function optionName(o: unknown): string | null {
  return isObject(o) ? str(o.name) : null;
}

function richText(v: unknown): string {
  if (!Array.isArray(v)) return "";
  return v.map((t) => (isObject(t) ? (str(t.plain_text) ?? "") : "")).join("");
}

/**
 * One line per text block of a `blocks.children.list` response (or an array of its pages).
 * Nested children are listed by separate calls and are not read here.
 */
export function blockLines(raw: unknown, file: string): string[] {
  const lines: string[] = [];
  for (const { item } of pagedItems(raw, "results", file)) {
    if (!isObject(item) || !TEXT_BLOCKS.has(str(item.type) ?? "")) continue;
    const body = item[item.type as string];
    if (!isObject(body)) continue;
    const text = richText(body.rich_text)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    if (text === "") continue;
    lines.push(item.type === "to_do" ? `${body.checked === true ? "[x]" : "[ ]"} ${text}` : text);
  }
  return lines;
}
