/**
 * Due dates in note text, explicit ("30/11", "le 30 novembre", "Nov 30th") or relative to
 * the note's date ("d'ici vendredi", "fin du mois", "J+7", "next week"). Pure: the note's
 * date is the only clock. All arithmetic is on calendar dates in UTC, so the machine's
 * time zone never shifts a day.
 */
import { DateTime } from "luxon";
import { MONTH_RE, MONTHS, WEEKDAY_RE } from "./calendar-words.js";
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import { RELATIVE_RULES } from "./relative-dates.js";

/** A date written without a year lies in the next year when it would be this far in the past. */
export const PAST_TOLERANCE_DAYS = 62;

export interface DateRule {
  re: RegExp;
  /** Null when the match is not a valid date, or needs a note date that is missing. */
  resolve(m: RegExpMatchArray, note: DateTime | null): DateTime | null;
}

const WD = `(?:(?:${WEEKDAY_RE}),?\\s+)?`;

/** Day and month without a year: the note's year, or the next one (see PAST_TOLERANCE_DAYS). */
export function withYear(note: DateTime | null, month: number, day: number, year?: string): DateTime | null {
  if (year) {
    const y = year.length === 2 ? 2000 + Number(year) : Number(year);
    return valid(DateTime.utc(y, month, day));
  }
  if (!note) return null;
  const d = valid(DateTime.utc(note.year, month, day));
  if (!d) return null;
  return d < note.minus({ days: PAST_TOLERANCE_DAYS }) ? d.plus({ years: 1 }) : d;
}

function valid(d: DateTime): DateTime | null {
  return d.isValid ? d : null;
}

const month = (name: string | undefined) => MONTHS[(name ?? "").replace(/\.$/, "")] ?? 0;

const EXPLICIT_RULES: DateRule[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => valid(DateTime.utc(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    // Day first, as in France and the UK; "24/7" is an idiom, not the 24th of July.
    re: new RegExp(`${WD}\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\b(?!/)`, "g"),
    resolve: (m, note) => (m[0].endsWith("24/7") ? null : withYear(note, Number(m[2]), Number(m[1]), m[3])),
  },
  {
    re: new RegExp(`${WD}\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})\\b`, "g"),
    resolve: (m, note) => withYear(note, Number(m[2]), Number(m[1]), m[3]),
  },
  {
    re: new RegExp(
      `${WD}\\b(?:le |the )?(1er|\\d{1,2})(?:st|nd|rd|th|er|e)?\\s+(?:of\\s+)?(${MONTH_RE})\\b\\.?(?:,?\\s+(\\d{4}))?`,
      "g",
    ),
    resolve: (m, note) => withYear(note, month(m[2]), Number.parseInt(m[1] ?? "", 10), m[3]),
  },
  {
    re: new RegExp(`${WD}\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, "g"),
    resolve: (m, note) => withYear(note, month(m[1]), Number(m[2]), m[3]),
  },
  {
    // "fin novembre", "end of November", "by the end of Nov 2027": the month's last day.
    re: new RegExp(
      `\\b(?:fin(?: du mois)?|end(?: of)?(?: the month of)?)(?:\\s+de\\s+|\\s+d'|\\s+)(${MONTH_RE})\\b(?:\\s+(\\d{4}))?`,
      "g",
    ),
    resolve: (m, note) => withYear(note, month(m[1]), 1, m[2])?.endOf("month").startOf("day") ?? null,
  },
  {
    re: new RegExp(`\\b(?:mi|mid)[- ](${MONTH_RE})\\b(?:\\s+(\\d{4}))?`, "g"),
    resolve: (m, note) => withYear(note, month(m[1]), 15, m[2]),
  },
];

const RULES: DateRule[] = [...EXPLICIT_RULES, ...RELATIVE_RULES];
const CUED = new RegExp(`(?:${FR.deadlineCue}|${EN.deadlineCue})$`);

interface Found {
  index: number;
  end: number;
  date: DateTime;
  cued: boolean;
}

export interface DueDate {
  /** `YYYY-MM-DD`, or null when the line holds no resolvable date. */
  due: string | null;
  /** The date follows a deadline word ("d'ici", "avant le", "by", "due"). */
  cued: boolean;
}

/**
 * The line's due date. Among several dates, the first after a deadline word wins, then the
 * first not before the note's date (a line often cites the past meeting it follows up).
 */
export function findDue(folded: string, noteDate: string | null | undefined): DueDate {
  const note = noteDate ? valid(DateTime.fromISO(noteDate, { zone: "utc" })) : null;
  const found = nonOverlapping(collect(folded, note));
  const pick =
    found.find((f) => f.cued) ?? (note ? found.find((f) => f.date >= note) : undefined) ?? found[0];
  return { due: pick ? pick.date.toISODate() : null, cued: pick?.cued ?? false };
}

function collect(folded: string, note: DateTime | null): Found[] {
  const out: Found[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.re)) {
      const date = rule.resolve(m, note);
      const index = m.index ?? 0;
      if (date) out.push({ index, end: index + m[0].length, date, cued: CUED.test(folded.slice(0, index)) });
    }
  }
  return out;
}

/** Longest matches first ("vendredi prochain" beats "vendredi"), then back in text order. */
function nonOverlapping(found: Found[]): Found[] {
  const kept: Found[] = [];
  const byLength = [...found].sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  for (const f of byLength) {
    if (!kept.some((k) => f.index < k.end && k.index < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}
