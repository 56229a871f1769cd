/**
 * Public holidays inside a week: working days on which the whole company (almost) stops
 * meeting — 11 November, Ascension Thursday and its bridge, the days between Christmas and New
 * Year. A daily ritual is not expected on them: counted, a two-day bridge would make every
 * team's stand-up look 40 % skipped. The calendars alone say it (no holiday calendar needed):
 * a working day with at most a tenth of the meetings of the week's busiest working day.
 */
import type { WeekContext } from "./types.js";

/** A working day at or below this share of the busiest one is a day off for the company. */
export const DAY_OFF_SHARE = 0.1;

const cache = new WeakMap<WeekContext, number>();

/** How many of the week's working days were days off for the whole company. */
export function companyDaysOff(ctx: WeekContext): number {
  const hit = cache.get(ctx);
  if (hit !== undefined) return hit;
  const start = ctx.week.start;
  const days = ctx.tenant.workweek.days.map((d) => start.plus({ days: d - 1 }).toISODate() ?? "");
  const perDay = new Map<string, number>(days.map((d) => [d, 0]));
  for (const m of ctx.meetings) {
    if (!m.counted || m.allDay) continue;
    const n = perDay.get(m.date);
    if (n !== undefined) perDay.set(m.date, n + 1);
  }
  const busiest = Math.max(0, ...perDay.values());
  // A week without meetings at all is no data, not five days off.
  const off = busiest === 0 ? 0 : [...perDay.values()].filter((n) => n <= DAY_OFF_SHARE * busiest).length;
  cache.set(ctx, off);
  return off;
}
