/**
 * The snapshot's meetings, read once for every week: instants, local date, ritual, people
 * and presence do not depend on the week, so a week context only picks its meetings (by a
 * binary search on start times) and adds the hours falling inside it.
 */

import { attendingEmails } from "./attendance.js";
import { instantMs, localDates } from "./instants.js";
import type { Meeting, Person } from "./model.js";
import type { RitualPattern } from "./ritual-pattern.js";

/** A meeting with everything about it that holds whatever the analysed week. */
export interface TimedMeeting {
  meeting: Meeting;
  /** Position in the prepared (start-sorted) meetings: week contexts keep this order. */
  index: number;
  startMs: number;
  endMs: number;
  /** Local date of the start in the tenant's zone. */
  date: string;
  ritualId: string | null;
  internal: string[];
  present: string[];
  available: string[];
  oneToOne: boolean;
  counted: boolean;
}

export interface Timeline {
  /** Meetings lasting at most `SHORT_MS`, by start instant. */
  short: TimedMeeting[];
  /** Longer ones (leave, multi-day events): few, checked one by one. */
  long: TimedMeeting[];
  /** Start instants of `short`, ascending. */
  shortStarts: Float64Array;
  /** ISO start of the first and last held meeting (the data period), or null. */
  first: string | null;
  last: string | null;
}

const SHORT_MS = 8 * 86_400_000;

export function buildTimeline(
  meetings: readonly Meeting[],
  people: ReadonlyMap<string, Person>,
  rituals: readonly { id: string; re: RitualPattern }[],
  zone: string,
): Timeline {
  const dateOf = localDates(zone);
  const ritualOf = memoRitual(rituals);
  const timed: TimedMeeting[] = [];
  let first: { ms: number; iso: string } | null = null;
  let last: { ms: number; iso: string } | null = null;
  meetings.forEach((meeting, index) => {
    const startMs = instantMs(meeting.start);
    const endMs = instantMs(meeting.end);
    if (meeting.status !== "cancelled" && !Number.isNaN(startMs)) {
      if (!first || startMs < first.ms) first = { ms: startMs, iso: meeting.start };
      if (!last || startMs > last.ms) last = { ms: startMs, iso: meeting.start };
    }
    // A meeting without valid instants overlaps no week.
    if (Number.isNaN(startMs) || Number.isNaN(endMs)) return;
    timed.push({
      meeting,
      index,
      startMs,
      endMs,
      date: dateOf(meeting.start),
      ritualId: ritualOf(meeting.title),
      ...presence(meeting, people),
    });
  });
  const short = timed.filter((t) => t.endMs - t.startMs <= SHORT_MS).sort((a, b) => a.startMs - b.startMs);
  return {
    short,
    long: timed.filter((t) => t.endMs - t.startMs > SHORT_MS),
    shortStarts: Float64Array.from(short, (t) => t.startMs),
    first: (first as { iso: string } | null)?.iso ?? null,
    last: (last as { iso: string } | null)?.iso ?? null,
  };
}

/** Meetings overlapping [from, to), in the prepared order. */
export function meetingsOverlapping(t: Timeline, from: number, to: number): TimedMeeting[] {
  const out: TimedMeeting[] = [];
  for (let i = lowerBound(t.shortStarts, from - SHORT_MS); i < t.short.length; i++) {
    const m = t.short[i] as TimedMeeting;
    if (m.startMs >= to) break;
    if (m.endMs > from) out.push(m);
  }
  for (const m of t.long) if (m.endMs > from && m.startMs < to) out.push(m);
  return out.sort((a, b) => a.index - b.index);
}

function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first configured ritual whose pattern the title matches; titles repeat, so each is tested once. */
function memoRitual(rituals: readonly { id: string; re: RitualPattern }[]): (title: string) => string | null {
  const memo = new Map<string, string | null>();
  return (title) => {
    let id = memo.get(title);
    if (id === undefined) {
      id = rituals.find((r) => r.re.test(title))?.id ?? null;
      memo.set(title, id);
    }
    return id;
  };
}

/** Attendees who are people of the directory (not rooms), and the organizer of a meeting with guests. */
export function internalPeople(m: Meeting, people: ReadonlyMap<string, Person>): string[] {
  const humans = m.attendees.filter((a) => !a.resource);
  const organizer = m.organizer && people.has(m.organizer) && humans.length > 0 ? [m.organizer] : [];
  return [...new Set([...humans.map((a) => a.email).filter((e) => people.has(e)), ...organizer])];
}

/**
 * Who attends (src/core/attendance.ts) and who was around (did not decline); whether it counts as
 * a meeting at all: held, of a meeting type, not all-day, two people who did not decline.
 */
function presence(m: Meeting, people: ReadonlyMap<string, Person>) {
  const humans = m.attendees.filter((a) => !a.resource);
  const internal = internalPeople(m, people);
  const declined = new Set(humans.filter((a) => a.response === "declined").map((a) => a.email));
  const available = internal.filter((e) => !declined.has(e));
  const attending = attendingEmails(m);
  const present = internal.filter((e) => attending.has(e));
  const notDeclined = humans.length - declined.size;
  const counted =
    m.status !== "cancelled" &&
    (m.type === "default" || m.type === "fromGmail") &&
    !m.allDay &&
    Math.max(notDeclined, available.length) >= 2;
  return { internal, present, available, oneToOne: humans.length === 2, counted };
}
