/**
 * Calendar v3 `events.list` (singleEvents=true) of one calendar → Meeting[].
 *
 * Each event becomes a "copy": the meeting as this calendar sees it, plus whose calendar it
 * is (`self`) and whether it is the organizer's copy, which `mergeMeetingCopies` needs to
 * pick authoritative responses when the same event is read from several calendars.
 */
import type { calendar_v3 } from "@googleapis/calendar";
import { DateTime, IANAZone } from "luxon";
import { BadInputError } from "../../core/errors.js";
import type { Attendee, EventType, Meeting, ResponseStatus } from "../../core/model.js";
import { CleanedFields } from "../clean-text.js";
import { firstPage, isObject, pagedItems, show, str } from "../json-input.js";

type Event = calendar_v3.Schema$Event;
type EventDateTime = calendar_v3.Schema$EventDateTime;

export interface CalendarReadOptions {
  calendarId: string;
  /** The tenant's zone: instants are written in it, and all-day dates use it when the response has no `timeZone`. */
  zone: string;
  /** File name for messages. */
  file: string;
  /** Receives one message per event that cannot be read; the others are still returned. */
  warn?: (message: string) => void;
}

export interface MeetingCopy {
  meeting: Meeting;
  /** Email of the attendee whose calendar this is (`self: true`), or null. */
  self: string | null;
  /** Read from the organizer's own calendar. */
  organizerCopy: boolean;
}

const EVENT_TYPES: readonly EventType[] = [
  "default",
  "focusTime",
  "outOfOffice",
  "workingLocation",
  "birthday",
  "fromGmail",
];
const RESPONSES: readonly ResponseStatus[] = ["accepted", "declined", "tentative", "needsAction"];

interface Context extends CalendarReadOptions {
  /** The calendar's own zone: all-day dates are days of this calendar. */
  calendarZone: IANAZone | string;
  /** One fully described instance per recurring series, to fill in bare cancelled exceptions. */
  series: Map<string, Event>;
  /** A field that was read differently from what it says (the event itself is kept). */
  note: (message: string) => void;
  cleaned: CleanedFields;
}

export function normaliseCalendar(raw: unknown, opts: CalendarReadOptions): Meeting[] {
  return readMeetingCopies(raw, opts).map((c) => c.meeting);
}

/** Throws BadInputError when the response itself is malformed; a bad event only warns. */
export function readMeetingCopies(raw: unknown, opts: CalendarReadOptions): MeetingCopy[] {
  const items = pagedItems(raw, "items", opts.file);
  const note = (message: string) => opts.warn?.(message);
  const ctx: Context = {
    ...opts,
    calendarZone: calendarZoneOf(raw, opts.zone, note),
    series: seriesTemplates(items.map((i) => i.item)),
    note,
    cleaned: new CleanedFields(),
  };
  const copies: MeetingCopy[] = [];
  for (const { item, path } of items) {
    try {
      copies.push(toCopy(item, path, ctx));
    } catch (e) {
      if (!(e instanceof BadInputError)) throw e;
      note(`${e.field ?? path}: ${e.expected}; event skipped`);
    }
  }
  for (const message of ctx.cleaned.messages()) note(message);
  return copies;
}

/** The response's `timeZone`; one that is not an IANA zone is named, and the tenant's used. */
function calendarZoneOf(
  raw: unknown,
  tenantZone: string,
  note: (message: string) => void,
): IANAZone | string {
  const name = firstPage(raw).timeZone;
  if (name === undefined || name === null || name === "") return tenantZone;
  const zone = typeof name === "string" ? knownZone(name) : null;
  if (!zone) note(`timeZone: ${show(name)} is not an IANA time zone; all-day events read in ${tenantZone}`);
  return zone ?? tenantZone;
}

function seriesTemplates(items: unknown[]): Map<string, Event> {
  const out = new Map<string, Event>();
  for (const item of items) {
    if (!isObject(item)) continue;
    const e = item as Event;
    const series = str(e.recurringEventId);
    if (!series || !str(e.summary) || !e.start) continue;
    const known = out.get(series);
    // A held instance describes the series better than another cancelled one.
    if (!known || (known.status === "cancelled" && e.status !== "cancelled")) out.set(series, e);
  }
  return out;
}

function toCopy(item: unknown, path: string, ctx: Context): MeetingCopy {
  if (!isObject(item)) throw new BadInputError(ctx.file, path, `expected an event object, got ${show(item)}`);
  const own = item as Event;
  const id = str(own.id);
  if (!id) throw new BadInputError(ctx.file, `${path}.id`, `expected an event id, got ${show(own.id)}`);
  const series = str(own.recurringEventId);
  // A cancelled exception carries only id, recurringEventId, originalStartTime and status.
  const template = !own.start && series ? ctx.series.get(series) : undefined;
  const e: Event = template ? { ...withoutTimes(template), ...own } : own;
  const attendees = attendeeList(e.attendees, path, ctx);
  const title = titleOf(e.summary, path, ctx);
  const meeting = toMeeting(
    id,
    own,
    { ...e, summary: title, attendees },
    times(own, template, path, ctx),
    ctx,
  );
  const organizer = meeting.organizer;
  return {
    meeting,
    self: str(attendees.find((a) => a.self === true)?.email)?.toLowerCase() ?? null,
    organizerCopy:
      own.organizer?.self === true || (organizer !== null && organizer === ctx.calendarId.toLowerCase()),
  };
}

/** `own` is the event as listed; `e` is it completed from its series when it came bare. */
function toMeeting(id: string, own: Event, e: Event, t: Times, ctx: Context): Meeting {
  const attachmentFileIds = objects<calendar_v3.Schema$EventAttachment>(e.attachments).flatMap(
    (a) => str(a.fileId) ?? [],
  );
  return {
    id,
    key: meetingKey(own, id),
    title: str(e.summary) ?? "",
    start: iso(t.start, ctx.zone),
    end: iso(t.end, ctx.zone),
    allDay: t.allDay,
    type: EVENT_TYPES.includes(e.eventType as EventType) ? (e.eventType as EventType) : "default",
    status: own.status === "cancelled" || own.status === "tentative" ? own.status : "confirmed",
    organizer: str(e.organizer?.email)?.toLowerCase() ?? null,
    creator: str(e.creator?.email)?.toLowerCase() ?? null,
    attendees: (e.attendees ?? []).flatMap(toAttendee),
    recurringEventId: str(own.recurringEventId),
    private: e.visibility === "private" || e.visibility === "confidential",
    ...(e.transparency === "transparent" ? { transparent: true } : {}),
    // Privacy: only whether an agenda exists is kept, never the description itself.
    hasAgenda: (str(own.description)?.trim() ?? "") !== "" || attachmentFileIds.length > 0,
    link: str(e.htmlLink),
    attachmentFileIds,
    calendars: [ctx.calendarId],
    created: str(own.created),
  };
}

/** The series template's fields, minus what belongs to its own occurrence. */
function withoutTimes(t: Event): Event {
  const rest: Event = { ...t };
  for (const k of OCCURRENCE_FIELDS) delete rest[k];
  return rest;
}

/** Fields that describe one occurrence, not the series: never borrowed by another instance. */
const OCCURRENCE_FIELDS = [
  "start",
  "end",
  "id",
  "originalStartTime",
  "status",
  "description",
  "created",
  "htmlLink",
  "attachments",
] as const satisfies readonly (keyof Event)[];

/** `attendees` as listed; anything but an array is named, and the event read without guests. */
function attendeeList(v: unknown, path: string, ctx: Context): calendar_v3.Schema$EventAttendee[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    ctx.note(`${path}.attendees: expected an array, got ${show(v)}; event read without attendees`);
    return [];
  }
  const people = objects<calendar_v3.Schema$EventAttendee>(v);
  if (people.length < v.length)
    ctx.note(`${path}.attendees: ${v.length - people.length} not an object; left out`);
  return people;
}

/** The title as people see it; one that is not a string is named, and the event read untitled. */
function titleOf(v: unknown, path: string, ctx: Context): string {
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") {
    ctx.note(`${path}.summary: expected a string, got ${show(v)}; event read without a title`);
    return "";
  }
  return ctx.cleaned.clean(v, "summary", path);
}

function objects<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v.filter(isObject) as T[]) : [];
}

function toAttendee(a: calendar_v3.Schema$EventAttendee): Attendee[] {
  const email = str(a.email)?.toLowerCase();
  if (!email) return [];
  const response = RESPONSES.includes(a.responseStatus as ResponseStatus) ? a.responseStatus : "needsAction";
  return [
    {
      email,
      response: response as ResponseStatus,
      optional: a.optional === true,
      organizer: a.organizer === true,
      resource: a.resource === true,
    },
  ];
}

interface Times {
  start: DateTime;
  end: DateTime;
  allDay: boolean;
}

function times(own: Event, template: Event | undefined, path: string, ctx: Context): Times {
  const from = own.start ?? own.originalStartTime;
  if (!from) throw new BadInputError(ctx.file, `${path}.start`, "expected start.dateTime or start.date");
  const start = when(from, `${path}.start`, ctx);
  const allDay = typeof from.dateTime !== "string" || from.dateTime === "";
  if (own.end) {
    const end = when(own.end, `${path}.end`, ctx);
    // An end before the start would make negative hours downstream.
    if (end < start)
      ctx.note(
        `${path}.end: ${show(own.end.dateTime ?? own.end.date)} is before the start; read as lasting no time`,
      );
    return { start, end: DateTime.max(start, end), allDay };
  }
  // A bare cancelled exception lasts what the series' instances last.
  const length = template?.start && template.end ? lengthOf(template, path, ctx) : 0;
  return { start, end: start.plus({ milliseconds: length }), allDay };
}

function lengthOf(e: Event, path: string, ctx: Context): number {
  return +when(e.end ?? {}, path, ctx) - +when(e.start ?? {}, path, ctx);
}

/** An instant: `dateTime` carries its offset (its own `timeZone` only matters without one); `date` is a calendar day. */
function when(t: EventDateTime, path: string, ctx: Context): DateTime {
  const dateTime = str(t.dateTime);
  if (t.dateTime != null && typeof t.dateTime !== "string" && str(t.date)) {
    ctx.note(
      `${path}.dateTime: expected a string, got ${show(t.dateTime)}; read as the all-day date ${t.date}`,
    );
  }
  const zoneName = t.timeZone;
  if (dateTime && !HAS_OFFSET.test(dateTime) && zoneName && !knownZone(str(zoneName))) {
    ctx.note(`${path}.timeZone: ${show(zoneName)} is not an IANA time zone; read in the calendar's zone`);
  }
  // With an offset the instant is fixed: reading it in a fixed zone skips a costly zone lookup.
  const dt = dateTime
    ? HAS_OFFSET.test(dateTime)
      ? withOffset(dateTime)
      : DateTime.fromISO(dateTime, { zone: knownZone(str(t.timeZone)) ?? ctx.calendarZone })
    : t.date
      ? DateTime.fromISO(t.date, { zone: ctx.calendarZone })
      : null;
  if (!dt?.isValid) {
    throw new BadInputError(
      ctx.file,
      path,
      `expected a dateTime or a date, got ${show(t.dateTime ?? t.date)}`,
    );
  }
  return dt;
}

/**
 * An instant written with its offset, parsed once: every attendee's copy of an event carries
 * the same times. DateTimes are immutable, so sharing one is safe; the memo is bounded.
 */
const parsed = new Map<string, DateTime>();
function withOffset(text: string): DateTime {
  let dt = parsed.get(text);
  if (dt === undefined) {
    dt = DateTime.fromISO(text, { setZone: true });
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(text, dt);
  }
  return dt;
}

const zones = new Map<string, IANAZone | null>();

/** The zone named, if valid. Memoised: checking a zone builds an Intl formatter, slow per event. */
function knownZone(name: string | null): IANAZone | null {
  if (!name) return null;
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
    zones.set(name, zone);
  }
  return zone;
}

/**
 * Identity across attendees' calendars. Instances of a series share the iCalUID, so an
 * instance is the series plus its original start (in UTC, so calendars in different
 * zones agree); a single event is its iCalUID.
 */
function meetingKey(e: Event, id: string): string {
  const series = str(e.recurringEventId);
  const original = e.originalStartTime;
  if (series && original) {
    if (original.dateTime) {
      const utc = utcText(original.dateTime);
      if (utc !== null) return `${series}|${utc}`;
    }
    // An all-day instance is a calendar day, the same in every attendee's zone.
    if (original.date) return `${series}|${original.date}`;
  }
  return str(e.iCalUID) ?? id;
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** An original start in UTC (null when invalid), memoised: a series' instances recur in every copy. */
const utcTexts = new Map<string, string | null>();
function utcText(text: string): string | null {
  let out = utcTexts.get(text);
  if (out === undefined) {
    const utc = DateTime.fromISO(text, { zone: "UTC" });
    out = utc.isValid ? utc.toISO({ suppressMilliseconds: true }) : null;
    if (utcTexts.size > 100_000) utcTexts.clear();
    utcTexts.set(text, out);
  }
  return out;
}

/**
 * The instant written in the tenant's zone, so every meeting's times read alike. Memoised by
 * instant: the same times recur across attendees' copies, and each zone offset costs an Intl call.
 */
const written = new Map<string, string>();
function iso(dt: DateTime, zone: string): string {
  const memo = `${zone}|${dt.toMillis()}`;
  let text = written.get(memo);
  if (text === undefined) {
    text = dt.setZone(zone).toISO({ suppressMilliseconds: true }) ?? "";
    if (written.size > 100_000) written.clear();
    written.set(memo, text);
  }
  return text;
}
