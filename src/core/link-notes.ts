/**
 * Which meeting each note records. The rules go from the most explicit link to the least:
 * the note is attached to the event; the note names the event; the note has the meeting's
 * date and a similar title. A held meeting always wins over a cancelled one, and strategy
 * pages are about no meeting in particular.
 */
import { DateTime } from "luxon";
import type { Meeting, Note } from "./model.js";

/** Share of the shorter title's words the other title must contain. */
export const MIN_TITLE_OVERLAP = 0.5;

interface Indexed {
  meeting: Meeting;
  date: string;
  words: Set<string>;
  /** Place in its date's list: candidates are tried in that order, so ties go as before. */
  pos: number;
}

interface Index {
  byFile: Map<string, Indexed[]>;
  byId: Map<string, Indexed[]>;
  bySeries: Map<string, Indexed[]>;
  byDate: Map<string, Indexed[]>;
  /**
   * A date's meetings by title word: a title sharing no word scores 0, so a note's title is
   * compared with the meetings that share one of its words, not with the day's thousand.
   */
  byDateWord: Map<string, Map<string, Indexed[]>>;
}

export function linkNotes(meetings: Meeting[], notes: Note[], zone: string): Note[] {
  const index = buildIndex(meetings, zone);
  return notes.map((note) => {
    if (note.kind === "strategy") return { ...note, meetingKey: null };
    const explicit = byAttachment(index, note) ?? byEventId(index, note);
    const found = explicit ?? byTitle(index, note);
    // A note dated only by its creation is about the meeting it is attached to or names.
    const date = explicit && note.dateFromCreation ? explicit.date : note.date;
    return { ...note, date, meetingKey: found?.meeting.key ?? null };
  });
}

function buildIndex(meetings: Meeting[], zone: string): Index {
  const index: Index = {
    byFile: new Map(),
    byId: new Map(),
    bySeries: new Map(),
    byDate: new Map(),
    byDateWord: new Map(),
  };
  for (const meeting of meetings) {
    const date = DateTime.fromISO(meeting.start, { zone }).toISODate() ?? "";
    const m: Indexed = {
      meeting,
      date,
      words: titleWords(meeting.title),
      pos: index.byDate.get(date)?.length ?? 0,
    };
    for (const f of meeting.attachmentFileIds) push(index.byFile, f, m);
    push(index.byId, meeting.id, m);
    if (meeting.key !== meeting.id) push(index.byId, meeting.key, m);
    if (meeting.recurringEventId) push(index.bySeries, meeting.recurringEventId, m);
    push(index.byDate, date, m);
    let words = index.byDateWord.get(date);
    if (!words) {
      words = new Map();
      index.byDateWord.set(date, words);
    }
    for (const w of m.words) push(words, w, m);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A document attached to a whole series is attached to every instance: the note belongs to
 * the instance of its own date, else the nearest one.
 */
function byAttachment(index: Index, note: Note): Indexed | undefined {
  return nearest(index.byFile.get(note.id) ?? [], note.date);
}

/** The note names an instance (or an iCalUID), or a series: then the instance of its date. */
function byEventId(index: Index, note: Note): Indexed | undefined {
  if (!note.eventId) return undefined;
  const exact = index.byId.get(note.eventId);
  if (exact) return nearest(exact, note.date);
  const series = (index.bySeries.get(note.eventId) ?? []).filter((m) => m.date === note.date);
  return nearest(series, note.date);
}

function byTitle(index: Index, note: Note): Indexed | undefined {
  const words = titleWords(note.title);
  let best: { m: Indexed; rank: number } | undefined;
  for (const m of sharingAWord(index, note.date, words)) {
    const score = overlap(words, m.words);
    if (score < MIN_TITLE_OVERLAP) continue;
    // Being held outranks any title score: a cancelled meeting has no minutes to take.
    const rank = score + (held(m) ? 10 : 0);
    if (!best || rank > best.rank) best = { m, rank };
  }
  return best?.m;
}

/** The date's meetings whose title shares a word with `words`, in the date's order. */
function sharingAWord(index: Index, date: string, words: Set<string>): Indexed[] {
  const byWord = index.byDateWord.get(date);
  if (!byWord) return [];
  const found = new Set<Indexed>();
  for (const w of words) for (const m of byWord.get(w) ?? []) found.add(m);
  return [...found].sort((a, b) => a.pos - b.pos);
}

function nearest(candidates: Indexed[], date: string): Indexed | undefined {
  const pool = candidates.some(held) ? candidates.filter(held) : candidates;
  const target = Date.parse(date);
  let best: Indexed | undefined;
  for (const m of pool) {
    if (!best || Math.abs(Date.parse(m.date) - target) < Math.abs(Date.parse(best.date) - target)) best = m;
  }
  return best;
}

function held(m: Indexed): boolean {
  return m.meeting.status !== "cancelled";
}

/** Shared words over the shorter title's words: "CODIR" is all of "Compte rendu CODIR 16/11". */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Words that say "these are minutes" or a date, not what the meeting is. */
const NOISE = new Set(
  (
    "compte rendu cr crr notes note minutes meeting reunion pv proces verbal mom recap " +
    "de du des la le les l d et a au aux en pour sur avec the of and for with on to " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july " +
    "august september october november december"
  ).split(" "),
);

export function titleWords(title: string): Set<string> {
  const words = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !NOISE.has(w) && !/^\d+(er|st|nd|rd|th)?$/.test(w));
  return new Set(words);
}
