/**
 * What a note's title tells, shared by Google Docs and Notion notes: its date and whether
 * it is a strategy / OKR document rather than meeting minutes.
 */
import { DateTime } from "luxon";
import type { NoteKind } from "../core/model.js";

export const STRATEGY_TITLE = /okr|strat[ée]g|strategy|feuille de route|roadmap|cap \d{4}/i;

export function kindFromText(...texts: string[]): NoteKind {
  return texts.some((t) => STRATEGY_TITLE.test(t)) ? "strategy" : "meeting";
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

type Match = (m: RegExpMatchArray) => [year: number, month: number | undefined, day: number];

/** Formats seen in French and English note titles, most specific first. */
const PATTERNS: [RegExp, Match][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [/\b(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})\b/g, (m) => [Number(m[3]), MONTHS[m[2] ?? ""], Number(m[1])]],
  [
    /\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g,
    (m) => [Number(m[3]), MONTHS[m[1] ?? ""], Number(m[2])],
  ],
];

/** The first valid date written in a title, as `YYYY-MM-DD`, or null. */
export function dateFromTitle(title: string): string | null {
  const text = fold(title);
  for (const [re, read] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const [year, month, day] = read(m);
      if (month === undefined) continue;
      const d = DateTime.fromObject({ year, month, day });
      if (d.isValid) return d.toISODate();
    }
  }
  return null;
}

/** Lower case without accents, so "Février" and "fevrier" read the same. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The local date of an instant in a zone, or null when the instant is unreadable. */
export function localDate(instant: string | null | undefined, zone: string): string | null {
  if (!instant) return null;
  const dt = DateTime.fromISO(instant, { zone });
  return dt.isValid ? dt.toISODate() : null;
}
