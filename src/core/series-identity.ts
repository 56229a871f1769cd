/**
 * One identity per recurring ritual, even when its series was split. Calendars split a series
 * when someone edits "this and following events" (Google gives the tail a new id such as
 * `abc_R20260504T090000`) or when an organiser ends a series and creates it again, often after
 * a department was renamed ("Stand-up Ventes" becomes "Stand-up Commerce"). Read by id, the
 * week of the split holds two daily series where the team kept one ritual: half of the
 * expected stand-ups look skipped, and the new id looks like ritual sprawl.
 *
 * A series continues an earlier one when both are the same ritual (or, for meetings no ritual
 * matches, carry the same title), the new one starts after the earlier one's last instance,
 * and most of their people are the same (Jaccard ≥ `SAME_PEOPLE`): two teams' stand-ups of the
 * same title run side by side, so they never merge.
 */
import type { TimedMeeting } from "./timeline.js";

/** Share of people two consecutive series must have in common to be one ritual. */
export const SAME_PEOPLE = 0.5;

interface SeriesSpan {
  id: string;
  /** What must match: the ritual, else the title. */
  key: string;
  first: number;
  last: number;
  people: Set<string>;
}

/** Canonical series id of each recurring series id whose series continues an earlier one. */
export function seriesContinuations(meetings: readonly TimedMeeting[]): Map<string, string> {
  const spans = new Map<string, SeriesSpan>();
  for (const t of meetings) {
    const id = t.meeting.recurringEventId;
    if (!id || t.meeting.status === "cancelled") continue;
    const span = spans.get(id);
    if (!span) {
      const key = t.ritualId ? `ritual:${t.ritualId}` : `title:${titleKey(t.meeting.title)}`;
      spans.set(id, { id, key, first: t.startMs, last: t.startMs, people: new Set(t.internal) });
      continue;
    }
    span.first = Math.min(span.first, t.startMs);
    span.last = Math.max(span.last, t.startMs);
    for (const p of t.internal) span.people.add(p);
  }
  const out = new Map<string, string>();
  const chains = new Map<string, { canonical: string; last: number; people: Set<string> }[]>();
  for (const s of [...spans.values()].sort((a, b) => a.first - b.first || a.id.localeCompare(b.id))) {
    const same = chains.get(s.key) ?? [];
    const chain = same.find((c) => c.last < s.first && jaccard(c.people, s.people) >= SAME_PEOPLE);
    if (chain) {
      out.set(s.id, chain.canonical);
      // The next split is compared with the latest series: people change slowly.
      chain.last = s.last;
      chain.people = s.people;
    } else {
      same.push({ canonical: s.id, last: s.last, people: s.people });
      chains.set(s.key, same);
    }
  }
  return out;
}

function titleKey(title: string): string {
  return title.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
