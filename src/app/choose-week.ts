import { join } from "node:path";
import { DateTime } from "luxon";
import { type PreparedSnapshot, weekHasData } from "../core/context.js";
import { BadInputError } from "../core/errors.js";
import { type IsoWeek, parseWeek, shiftWeek, weekOf } from "../core/week.js";

export const WEEK_ID = /^\d{4}-W\d{2}$/;

/** `--week` checked for shape before any request: the message names the option. */
export function checkWeekId(requested: string | undefined, field = "--week"): void {
  if (requested !== undefined && !WEEK_ID.test(requested)) {
    throw new BadInputError("command line", field, `expected an ISO week like 2026-W47, got "${requested}"`);
  }
}

/**
 * The requested week, else the last complete ISO week before `now` in the tenant's zone — or the last
 * week with calendar data when that is earlier (a workspace whose data stops before last week).
 */
export function chooseWeek(
  p: PreparedSnapshot,
  requested: string | undefined,
  now: Date,
  dir: string,
): IsoWeek {
  const zone = p.tenant.timezone;
  if (!p.dataEnd)
    throw new BadInputError(
      join(dir, "google/calendar"),
      null,
      "no calendar event found: nothing to analyse",
    );
  if (requested !== undefined) {
    const week = parseWeek(requested, zone);
    if (!week)
      throw new BadInputError(
        "command line",
        "--week",
        `expected an ISO week like 2026-W47, got "${requested}"`,
      );
    if (!weekHasData(p, week))
      throw new BadInputError("command line", "--week", `${week.id} is outside the calendar data`);
    return week;
  }
  return defaultWeek(now, zone, p.dataEnd);
}

function defaultWeek(now: Date, zone: string, dataEnd: DateTime): IsoWeek {
  const lastComplete = lastCompleteWeek(now, zone);
  const lastData = weekOf(dataEnd, zone);
  return lastData.start < lastComplete.start ? lastData : lastComplete;
}

/** The last ISO week that ended before `now`, in the tenant's zone. */
export function lastCompleteWeek(now: Date, zone: string): IsoWeek {
  return shiftWeek(weekOf(DateTime.fromJSDate(now), zone), -1);
}
