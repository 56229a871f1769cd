/**
 * Month and weekday names (folded, lower-case) in French and English, shared by the date
 * parser and the stop-word list: a date says when, not what, so it never feeds topics.
 */

/** Month number by name or common abbreviation. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** ISO weekday (Monday = 1) by full name. Abbreviations are left out: "mon" is French for "my". */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Abbreviated weekdays, read only after a deadline word ("by fri", "d'ici ven."). */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
  lun: 1,
  mer: 3,
  jeu: 4,
  ven: 5,
  sam: 6,
  dim: 7,
};

/** Regular expression alternation, longest names first so "septembre" wins over "sept". */
export function alternation(names: Iterable<string>): string {
  return [...names].sort((a, b) => b.length - a.length).join("|");
}

export const MONTH_RE = alternation(Object.keys(MONTHS));
export const WEEKDAY_RE = alternation(Object.keys(WEEKDAYS));
