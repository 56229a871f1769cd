/**
 * One meeting per event, however many attendees' calendars it was read from.
 *
 * Each attendee's response is taken from their own calendar's copy (`self: true`), which
 * is where Google records it first; failing that, from the organizer's copy, which lists
 * everyone; failing that, from the first copy that names them.
 *
 * Copies are folded in as each calendar is read (`MeetingMerger`), so a 1,000-person company
 * holds one merged meeting per event instead of every attendee's copy until the last file.
 * Folding in the calendars' order gives what merging all the copies at once gives.
 */
import type { Attendee, Meeting } from "../../core/model.js";
import type { MeetingCopy } from "./calendar.js";

export function mergeMeetingCopies(copies: MeetingCopy[]): Meeting[] {
  const merger = new MeetingMerger();
  merger.add(copies);
  return merger.meetings();
}

/** What is kept of an event's copies seen so far: enough to merge them, not the copies. */
interface Pending {
  first: Meeting;
  count: number;
  organizerCopy: Meeting | null;
  titled: Meeting | null;
  /** The first status other than cancelled: without the organizer's copy, the event is held. */
  held: Meeting["status"] | null;
  /** Each attendee as first named, and as their own calendar's copy says (the last one). */
  firstSeen: Map<string, Attendee>;
  own: Map<string, Attendee>;
  private: boolean;
  hasAgenda: boolean;
  attachmentFileIds: Set<string>;
  calendars: Set<string>;
  link: string | null;
  created: string | null;
}

export class MeetingMerger {
  private readonly byKey = new Map<string, Pending>();

  /** Folds in copies, in the order they were read. */
  add(copies: readonly MeetingCopy[]): void {
    for (const c of copies) {
      const p = this.byKey.get(c.meeting.key);
      if (p) fold(p, c);
      else this.byKey.set(c.meeting.key, start(c));
    }
  }

  /** One meeting per event, in the order events were first seen. */
  meetings(): Meeting[] {
    return [...this.byKey.values()].map(merged);
  }
}

function start(c: MeetingCopy): Pending {
  const m = c.meeting;
  const p: Pending = {
    first: m,
    count: 0,
    organizerCopy: null,
    titled: null,
    held: null,
    firstSeen: new Map(),
    own: new Map(),
    private: false,
    hasAgenda: false,
    attachmentFileIds: new Set(),
    calendars: new Set(),
    link: null,
    created: null,
  };
  fold(p, c);
  return p;
}

function fold(p: Pending, c: MeetingCopy): void {
  const m = c.meeting;
  p.count++;
  if (c.organizerCopy && !p.organizerCopy) p.organizerCopy = m;
  if (m.title !== "" && !p.titled) p.titled = m;
  if (m.status !== "cancelled" && p.held === null) p.held = m.status;
  for (const a of m.attendees) if (!p.firstSeen.has(a.email)) p.firstSeen.set(a.email, a);
  const own = c.self ? m.attendees.find((a) => a.email === c.self) : undefined;
  if (own) p.own.set(own.email, own);
  p.private ||= m.private;
  p.hasAgenda ||= m.hasAgenda;
  for (const f of m.attachmentFileIds) p.attachmentFileIds.add(f);
  for (const id of m.calendars) p.calendars.add(id);
  if (!p.link && m.link) p.link = m.link;
  if (!p.created && m.created) p.created = m.created;
}

function merged(p: Pending): Meeting {
  if (p.count === 1) return p.first;
  const base = p.organizerCopy ?? p.titled ?? p.first;
  return {
    ...base,
    title: base.title || (p.titled?.title ?? ""),
    status: p.organizerCopy ? p.organizerCopy.status : (p.held ?? "cancelled"),
    attendees: mergeAttendees(p),
    private: p.private,
    hasAgenda: p.hasAgenda,
    attachmentFileIds: [...p.attachmentFileIds],
    calendars: [...p.calendars],
    link: base.link ?? p.link ?? null,
    created: base.created ?? p.created ?? null,
  };
}

/** Own calendar's answer, else the organizer's copy (its last mention), else the first mention. */
function mergeAttendees(p: Pending): Attendee[] {
  const organizer = new Map<string, Attendee>();
  for (const a of p.organizerCopy?.attendees ?? []) organizer.set(a.email, a);
  return [...p.firstSeen].map(([email, a]) => p.own.get(email) ?? organizer.get(email) ?? a);
}
