/**
 * When each person joined and left, so that a week counts only the people who belonged to the company
 * then: six sales hires counted at zero hours in the weeks before they arrived would halve their
 * team's usual meeting time and make their first normal week look like inflation.
 *
 * A person joined at their directory account's creation when it falls inside the data period,
 * or later at their first meeting when the calendars only show them later (an account opened
 * ahead of the first day). Someone whose account predates the data, and who shows up in the
 * first weeks, belongs all along (absent from the map).
 *
 * Leavers are the mirror image: counted at zero hours after they left, they would lower their
 * team's figures and the share of its people who met at all (read as a holiday week, which
 * mutes the team's signals). The directory says little about when: `suspended` and `archived`
 * carry no date, `organizations` has no end date, and a deleted account is simply absent (its
 * past invitations then name an address outside the directory, counted nowhere, in every week
 * alike). So a person leaves after their last meeting when their account is suspended or
 * archived, or when the calendars stop showing them for three weeks or more before the data ends.
 */
import { instantMs } from "./instants.js";
import type { Person } from "./model.js";
import type { TimedMeeting, Timeline } from "./timeline.js";

/** First meeting this long after the data starts means "arrived then", not "was quiet". */
export const LATE_ARRIVAL_MS = 21 * 86_400_000;

export function memberSince(
  people: ReadonlyMap<string, Person>,
  meetings: readonly TimedMeeting[],
  dataStartMs: number | null,
): Map<string, number> {
  const out = new Map<string, number>();
  if (dataStartMs === null) return out;
  const firstSeen = new Map<string, number>();
  for (const t of meetings) {
    if (!t.counted) continue;
    for (const p of t.available)
      if (!((firstSeen.get(p) ?? Number.POSITIVE_INFINITY) <= t.startMs)) firstSeen.set(p, t.startMs);
  }
  for (const [email, person] of people) {
    const created = person.joined ? instantMs(person.joined) : Number.NaN;
    if (!Number.isNaN(created) && created <= dataStartMs) continue;
    const seen = firstSeen.get(email);
    const late = seen !== undefined && seen > dataStartMs + LATE_ARRIVAL_MS ? seen : Number.NEGATIVE_INFINITY;
    const since = Math.max(Number.isNaN(created) ? Number.NEGATIVE_INFINITY : created, late);
    if (since > dataStartMs) out.set(email, since);
  }
  return out;
}

/** When each person stopped belonging (the instant of their last meeting); absent: still there. */
export function memberUntil(
  people: ReadonlyMap<string, Person>,
  meetings: readonly TimedMeeting[],
  dataEndMs: number | null,
): Map<string, number> {
  const out = new Map<string, number>();
  if (dataEndMs === null) return out;
  const lastSeen = new Map<string, number>();
  for (const t of meetings) {
    if (!t.counted) continue;
    for (const p of t.available)
      if ((lastSeen.get(p) ?? Number.NEGATIVE_INFINITY) < t.startMs) lastSeen.set(p, t.startMs);
  }
  for (const [email, person] of people) {
    const seen = lastSeen.get(email);
    if (person.suspended) out.set(email, seen ?? Number.NEGATIVE_INFINITY);
    else if (seen !== undefined && seen < dataEndMs - LATE_ARRIVAL_MS) out.set(email, seen);
  }
  return out;
}

/** Both maps of a prepared snapshot, over its data period. */
export function membership(
  people: ReadonlyMap<string, Person>,
  meetings: readonly TimedMeeting[],
  timeline: Pick<Timeline, "first" | "last">,
): { memberSince: Map<string, number>; memberUntil: Map<string, number> } {
  const start = timeline.first === null ? null : instantMs(timeline.first);
  const end = timeline.last === null ? null : instantMs(timeline.last);
  return {
    memberSince: memberSince(people, meetings, start),
    memberUntil: memberUntil(people, meetings, end),
  };
}

/** Whether a person belongs to the company during [startMs, endMs). */
export function belongs(
  email: string,
  startMs: number,
  endMs: number,
  since: ReadonlyMap<string, number> | undefined,
  until: ReadonlyMap<string, number> | undefined,
): boolean {
  return (
    (since?.get(email) ?? Number.NEGATIVE_INFINITY) < endMs &&
    (until?.get(email) ?? Number.POSITIVE_INFINITY) >= startMs
  );
}
