/**
 * The follow-up items of `action_followthrough`, read from recent notes: actions whose due
 * date passed without a done mark, and topics that keep coming back without a decision.
 */
import { ItemIndex } from "./priority-churn.js";
import type { AnalysedNote } from "./types.js";

/** What the recurring-topic rule needs of the detector's parameters. */
export interface TopicParams {
  minMeetings: number;
  boilerplateShare: number;
}

/*
 * A line's signature and stem pairs are read again every week its note stays recent: kept per
 * stems array (each extracted line has its own, never changed).
 */
const sigs = new WeakMap<readonly string[], string>();
const pairLists = new WeakMap<readonly string[], string[]>();

export const sig = (stems: readonly string[]): string => {
  let out = sigs.get(stems);
  if (out === undefined) {
    out = [...new Set(stems)].sort().join(" ");
    sigs.set(stems, out);
  }
  return out;
};

/** Latest occurrence of each action (an action carried over keeps its latest due date). */
export function overdueActions(
  notes: readonly AnalysedNote[],
  weekStart: string,
  overlap: number,
): AnalysedNote[] {
  const sorted = [...notes].sort((a, b) => a.date.localeCompare(b.date));
  const latest = new Map<string, { n: AnalysedNote; due: string | null; done: boolean }>();
  // The first known action each line is the same as, and the lines marking one done, by stem.
  const keys = new ItemIndex<string>();
  const doneLines = new ItemIndex<string>();
  for (const n of sorted) {
    for (const x of n.extracted) {
      if (x.done && x.stems.length) doneLines.add(sig(x.stems), n.date);
      if (x.kind !== "action" || x.stems.length === 0) continue;
      const s = sig(x.stems);
      const key = keys.first(s, overlap) ?? s;
      if (!latest.has(key)) keys.add(key, key);
      latest.set(key, { n, due: x.due, done: x.done });
    }
  }
  const closed = (s: string, date: string) => doneLines.first(s, overlap, (d) => d >= date) !== undefined;
  return [...latest]
    .filter(([s, a]) => !a.done && a.due !== null && a.due < weekStart && !closed(s, a.n.date))
    .map(([, a]) => a.n);
}

interface Topic {
  meetings: Set<string>;
  first: string;
  last: string;
  notes: Set<AnalysedNote>;
}

/** Stem pairs of a line: a topic is two content words that come back together ("délai fournisseur"). */
function pairsOf(stems: readonly string[]): string[] {
  let out = pairLists.get(stems);
  if (!out) {
    out = stemPairs(stems);
    pairLists.set(stems, out);
  }
  return out;
}

function stemPairs(stems: readonly string[]): string[] {
  const s = [...new Set(stems)].sort().slice(0, 8);
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.push(`${s[i]} ${s[j]}`);
  return out;
}

/** Notes holding topics recurring in ≥ minMeetings meetings, live, with no decision since they started. */
export function recurringTopics(
  notes: readonly AnalysedNote[],
  liveFrom: string,
  p: TopicParams,
): AnalysedNote[][] {
  const topics = new Map<string, Topic>();
  const decided = new Map<string, string>();
  const lineOf = new Map<string, string>();
  for (const n of notes) {
    for (const x of n.extracted) {
      const pairs = pairsOf(x.stems);
      if (x.kind === "decision") for (const q of pairs) decided.set(q, maxDate(decided.get(q), n.date));
      if (!(x.undecided || x.kind === "none") || x.done) continue;
      for (const q of pairs) {
        const t = topics.get(q) ?? { meetings: new Set(), first: n.date, last: n.date, notes: new Set() };
        t.meetings.add(n.meetingKey ?? n.id);
        t.notes.add(n);
        if (n.date < t.first) t.first = n.date;
        t.last = maxDate(t.last, n.date);
        topics.set(q, t);
        lineOf.set(q, lineOf.get(q) ?? `${n.id}#${x.line}`);
      }
    }
  }
  const meetings = new Set(notes.map((n) => n.meetingKey ?? n.id)).size;
  const boilerplate = (t: Topic) => meetings >= 6 && t.meetings.size > p.boilerplateShare * meetings;
  const recurring = [...topics].filter(
    ([, t]) => t.meetings.size >= p.minMeetings && t.last >= liveFrom && !boilerplate(t),
  );
  // Pairs first seen on the same line are one topic said in a few words; a decision sharing
  // any of its pairs since the topic came up settles it.
  const byLine = new Map<string, { notes: Set<AnalysedNote>; decided: boolean }>();
  for (const [q, t] of recurring) {
    const k = lineOf.get(q) ?? q;
    const g = byLine.get(k) ?? { notes: new Set<AnalysedNote>(), decided: false };
    for (const n of t.notes) g.notes.add(n);
    g.decided ||= (decided.get(q) ?? "") >= t.first;
    byLine.set(k, g);
  }
  return [...byLine.values()]
    .filter((g) => !g.decided)
    .map((g) => [...g.notes].sort((x, y) => y.date.localeCompare(x.date)));
}

function maxDate(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
