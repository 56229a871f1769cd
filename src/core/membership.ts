/**
 * When each person joined, so that a week counts only the people who belonged to the company
 * then: six sales hires counted at zero hours in the weeks before they arrived would halve their
 * team's usual meeting time and make their first normal week look like inflation.
 *
 * A person joined at their directory account's creation when it falls inside the data period,
 * or later at their first meeting when the calendars only show them later (an account opened
 * ahead of the first day). Someone whose account predates the data, and who shows up in the
 * first weeks, belongs all along (absent from the map).
 */
import { instantMs } from "./instants.js";
import type { Person } from "./model.js";
import type { TimedMeeting } from "./timeline.js";

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
