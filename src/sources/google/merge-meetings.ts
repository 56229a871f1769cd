/**
 * One meeting per event, however many attendees' calendars it was read from.
 *
 * Each attendee's response is taken from their own calendar's copy (`self: true`), which
 * is where Google records it first; failing that, from the organizer's copy, which lists
 * everyone; failing that, from the first copy that names them.
 */
import type { Attendee, Meeting } from "../../core/model.js";
import type { MeetingCopy } from "./calendar.js";

export function mergeMeetingCopies(copies: MeetingCopy[]): Meeting[] {
  const byKey = new Map<string, MeetingCopy[]>();
  for (const c of copies) {
    const group = byKey.get(c.meeting.key);
    if (group) group.push(c);
    else byKey.set(c.meeting.key, [c]);
  }
  return [...byKey.values()].map(mergeGroup);
}

function mergeGroup(group: MeetingCopy[]): Meeting {
  const first = group[0];
  if (!first) throw new Error("Expected a non-empty group of copies");
  if (group.length === 1) return first.meeting;
  const organizerCopy = group.find((c) => c.organizerCopy);
  const base = organizerCopy ?? group.find((c) => c.meeting.title !== "") ?? first;
  const all = group.map((c) => c.meeting);
  return {
    ...base.meeting,
    title: base.meeting.title || (all.find((m) => m.title !== "")?.title ?? ""),
    status: organizerCopy ? organizerCopy.meeting.status : mergedStatus(all),
    attendees: mergeAttendees(group, organizerCopy),
    private: all.some((m) => m.private),
    hasAgenda: all.some((m) => m.hasAgenda),
    attachmentFileIds: unique(all.flatMap((m) => m.attachmentFileIds)),
    calendars: unique(all.flatMap((m) => m.calendars)),
    link: base.meeting.link ?? all.find((m) => m.link)?.link ?? null,
    created: base.meeting.created ?? all.find((m) => m.created)?.created ?? null,
  };
}

/** Without the organizer's copy, a copy still held means the event takes place for someone. */
function mergedStatus(all: Meeting[]): Meeting["status"] {
  return all.find((m) => m.status !== "cancelled")?.status ?? "cancelled";
}

function mergeAttendees(group: MeetingCopy[], organizerCopy: MeetingCopy | undefined): Attendee[] {
  const chosen = new Map<string, Attendee>();
  for (const c of group) {
    for (const a of c.meeting.attendees) if (!chosen.has(a.email)) chosen.set(a.email, a);
  }
  if (organizerCopy) {
    for (const a of organizerCopy.meeting.attendees) chosen.set(a.email, a);
  }
  for (const c of group) {
    const own = c.self ? c.meeting.attendees.find((a) => a.email === c.self) : undefined;
    if (own) chosen.set(own.email, own);
  }
  return [...chosen.values()];
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
