/**
 * Relative due dates, resolved from the note's date. Conventions (documented because
 * people disagree on them):
 * - a bare weekday ("vendredi", "by Friday") is the next one strictly after the note's day;
 * - "vendredi prochain" / "next Friday" is that weekday in the following week, which is why
 *   people add "prochain": to point past the coming one;
 * - "semaine prochaine" / "next week" is the Friday of next week; "fin de semaine" / "EOW"
 *   the Friday of the note's week (next week's when the note is written at the weekend);
 * - "fin du mois" / "EOM" the last day of the note's month; "sous 15 jours", "J+7",
 *   "in 2 weeks" add to the note's date.
 */
import type { DateTime } from "luxon";
import { alternation, WEEKDAY_ABBREVIATIONS, WEEKDAY_RE, WEEKDAYS } from "./calendar-words.js";
import type { DateRule } from "./dates.js";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  dix: 10,
  quinze: 15,
  vingt: 20,
  trente: 30,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const NUMBER_RE = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}`;

type Shift = (note: DateTime, m: RegExpMatchArray) => DateTime | null;

/** A rule that needs the note's date: without it the date stays unknown. */
function relative(source: string, shift: Shift): DateRule {
  return { re: new RegExp(source, "g"), resolve: (m, note) => (note ? shift(note, m) : null) };
}

const weekday = (name: string | undefined) => WEEKDAYS[name ?? ""] ?? 5;
const monday = (d: DateTime) => d.startOf("week");

/** Friday of the note's week, or of the next week when the note is dated Saturday or Sunday. */
function thisFriday(note: DateTime): DateTime {
  const friday = monday(note).plus({ days: 4 });
  return friday < note ? friday.plus({ weeks: 1 }) : friday;
}

function nextOccurrence(note: DateTime, wd: number): DateTime {
  return note.plus({ days: (wd - note.weekday + 7) % 7 || 7 });
}

function amount(word: string | undefined): number {
  const w = word ?? "";
  return NUMBER_WORDS[w] ?? Number(w);
}

function addPeriod(note: DateTime, n: number, unit: string): DateTime {
  if (/^(?:j|jours?|days?)$/.test(unit)) return note.plus({ days: n });
  if (/^(?:sem|semaines?|weeks?|wks?)$/.test(unit)) return note.plus({ weeks: n });
  return note.plus({ months: n });
}

const endOfMonth = (d: DateTime) => d.endOf("month").startOf("day");

export const RELATIVE_RULES: DateRule[] = [
  relative("\\b(?:apres-demain|apres demain|(?:the )?day after tomorrow)\\b", (n) => n.plus({ days: 2 })),
  relative("\\b(?:demain|tomorrow|tmrw|tmw|2moro)\\b", (n) => n.plus({ days: 1 })),
  // Abbreviated weekdays only after a deadline word: alone, "mon" is French for "my".
  relative(
    `\\b(?:by|before|until|due|on|d'ici|avant|pour) (${alternation(Object.keys(WEEKDAY_ABBREVIATIONS))})\\.?\\b`,
    (n, m) => nextOccurrence(n, WEEKDAY_ABBREVIATIONS[m[1] ?? ""] ?? 5),
  ),
  relative("\\b(?:sous|dans|within|in) (\\d{1,3}) ?(?:h|heures?|hours?|hrs?)\\b", (n, m) =>
    n.plus({ days: Math.ceil(Number(m[1]) / 24) }),
  ),
  relative(
    "\\b(?:aujourd'hui|today|ce soir|tonight|eod|end of (?:the )?day|fin de (?:la )?journee)\\b",
    (n) => n,
  ),
  relative(`\\b(${WEEKDAY_RE})\\s+(?:prochaine?|en huit)\\b`, (n, m) =>
    monday(n).plus({ weeks: 1, days: weekday(m[1]) - 1 }),
  ),
  relative(`\\bnext\\s+(${WEEKDAY_RE})\\b`, (n, m) => monday(n).plus({ weeks: 1, days: weekday(m[1]) - 1 })),
  relative(`\\b(${WEEKDAY_RE})\\b`, (n, m) => nextOccurrence(n, weekday(m[1]))),
  relative("\\b(?:debut de (?:la )?semaine prochaine|early next week)\\b", (n) =>
    monday(n).plus({ weeks: 1 }),
  ),
  relative(
    "\\b(?:(?:fin de )?la semaine prochaine|(?:fin de )?semaine prochaine|(?:by |the )?end of next week|next week|s\\+1)\\b",
    (n) => monday(n).plus({ weeks: 1, days: 4 }),
  ),
  relative("\\bs\\+([2-9])\\b", (n, m) => monday(n).plus({ weeks: Number(m[1]), days: 4 })),
  relative(
    "\\b(?:fin de (?:la |cette )?semaine|fin de sem|cette semaine|dans la semaine|end of (?:the |this )?week|this week|eow)\\b",
    thisFriday,
  ),
  relative("\\b(?:fin (?:du|de) mois prochain|(?:le )?mois prochain|end of next month|next month)\\b", (n) =>
    endOfMonth(n.plus({ months: 1 })),
  ),
  relative(
    "\\b(?:fin (?:du|de|de ce) mois|end of (?:the |this )?month|eom|ce mois-ci|this month)\\b",
    endOfMonth,
  ),
  relative("\\b(?:fin (?:du|de) trimestre|end of (?:the )?quarter|eoq)\\b", (n) =>
    n.endOf("quarter").startOf("day"),
  ),
  relative("\\b(?:fin (?:de l'annee|d'annee|de l'an)|end of (?:the )?year|eoy)\\b", (n) =>
    n.endOf("year").startOf("day"),
  ),
  relative(
    `\\b(?:sous|dans|d'ici(?: a)?|in|within)\\s+(?:les |the next )?(${NUMBER_RE})\\s+(jours?|j|semaines?|sem|mois|days?|weeks?|wks?|months?)\\b`,
    (n, m) => addPeriod(n, amount(m[1]), m[2] ?? "jours"),
  ),
  relative("\\b(?:sous|dans) (?:une )?huitaine\\b", (n) => n.plus({ days: 8 })),
  relative("\\b(?:sous|dans) (?:une )?quinzaine\\b", (n) => n.plus({ days: 15 })),
  relative("\\b(?:j|d)\\s?\\+\\s?(\\d{1,3})\\b", (n, m) => n.plus({ days: Number(m[1]) })),
];
