/**
 * Notion (API version 2025-09-03) page object + `blocks.children.list` → Note.
 *
 * Shapes are read defensively rather than through the SDK's unions: a saved file may come
 * from any integration version, and a missing field must not crash the whole read.
 */
import { BadInputError } from "../../core/errors.js";
import type { Note } from "../../core/model.js";
import { cleanLine } from "../clean-text.js";
import { isObject, type Json, show, str } from "../json-input.js";
import { fold, kindFromText, localDate } from "../note-meta.js";
import { blockLines, richText } from "./block-text.js";

export { blockLines } from "./block-text.js";

export interface NotionReadOptions {
  /** The tenant's zone: dates and datetimes become local dates there. */
  zone: string;
  /** File name for messages. */
  file: string;
}

/** Property names that hold the Google Calendar event a note is about. */
const EVENT_PROPERTY = /event|evenement|calendar|agenda ?id/;

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
  const titleText = cleanLine(title ? richText(title.title) : "").text;
  const meetingDate = pageDate(props, opts.zone);
  const date = meetingDate ?? localDate(str(page.created_time), opts.zone);
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
    // Without a meeting-date property the linked event dates the note better than its creation.
    ...(meetingDate ? {} : { dateFromCreation: true }),
    url: str(page.url),
    meetingKey: null,
    eventId: pageEventId(props),
    lines: blocks === undefined ? [] : blockLines(blocks, opts.file),
    locale: null,
    lastEdited: str(page.last_edited_time),
  };
}

/** Property names that say "the day of the meeting" (folded: lower case, no accents). */
const MEETING_DATE_NAME =
  /^(?:date|jour|day|quand|when|le)$|\b(?:meeting|reunion|seance|session|held|tenue)\b.*\bdate\b|\bdate\b.*\b(?:meeting|reunion|seance|session|rencontre)\b|^date (?:du|de la|of)\b/;

/**
 * The meeting's day: the start of the first non-empty date property named like "Date",
 * "Meeting date" or "Date de réunion". Other date properties (a due date, a reminder) are not
 * the meeting's; null lets the linked event, then `created_time`, date the note.
 */
function pageDate(props: [string, Json][], zone: string): string | null {
  for (const [name, p] of props) {
    if (p.type !== "date" || !MEETING_DATE_NAME.test(fold(name).trim())) continue;
    const value = isObject(p.date) ? p.date : null;
    const day = localDate(str(value?.start), zone);
    if (day) return day;
  }
  return null;
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
