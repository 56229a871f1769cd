import { DateTime, Interval } from "luxon";

/** An ISO week in a time zone: `id` like `2026-W47`, [start, end) as zoned DateTimes. */
export interface IsoWeek {
  id: string;
  start: DateTime;
  end: DateTime;
}

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

/** Parses `YYYY-Www`; returns null when the text is not a valid ISO week. */
export function parseWeek(id: string, zone: string): IsoWeek | null {
  const m = WEEK_ID.exec(id);
  if (!m) return null;
  const start = DateTime.fromObject(
    { weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 },
    { zone },
  ).startOf("day");
  if (!start.isValid || start.toISOWeekDate()?.slice(0, 8) !== id) return null;
  return { id, start, end: start.plus({ weeks: 1 }) };
}

export function weekOf(instant: DateTime, zone: string): IsoWeek {
  const local = instant.setZone(zone);
  const start = local.startOf("week");
  return { id: weekId(start), start, end: start.plus({ weeks: 1 }) };
}

export function weekId(dt: DateTime): string {
  return `${dt.weekYear}-W${String(dt.weekNumber).padStart(2, "0")}`;
}

/** The `n` weeks before `week`, most recent first. */
export function previousWeeks(week: IsoWeek, n: number): IsoWeek[] {
  const out: IsoWeek[] = [];
  for (let i = 1; i <= n; i++) {
    const start = week.start.minus({ weeks: i });
    out.push({ id: weekId(start), start, end: start.plus({ weeks: 1 }) });
  }
  return out;
}

export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  const start = week.start.plus({ weeks: by });
  return { id: weekId(start), start, end: start.plus({ weeks: 1 }) };
}

/** Every week from `from` to `to` inclusive, oldest first. */
export function weekRange(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const out: IsoWeek[] = [];
  for (let w = from; w.start <= to.start; w = shiftWeek(w, 1)) out.push(w);
  return out;
}

/** Whole weeks between two week ids (b − a); both parsed in UTC, which is exact for ids. */
export function weeksBetween(a: string, b: string): number {
  const wa = parseWeek(a, "UTC");
  const wb = parseWeek(b, "UTC");
  if (!wa || !wb) throw new Error(`Expected two ISO weeks, got ${a} and ${b}`);
  return Math.round(wb.start.diff(wa.start, "weeks").weeks);
}

export function weekInterval(week: IsoWeek): Interval {
  return Interval.fromDateTimes(week.start, week.end) as Interval<true>;
}
