/**
 * When a tenant is due. Each tenant has a weekly schedule in its own time zone (`schedule.day`, ISO
 * 1 = Monday, and `schedule.time`, "HH:MM"; default Monday 06:00): from that moment of a week on, the
 * week before it — the last complete ISO week — is due until its run is done. The clock is a parameter.
 */
import { DateTime } from "luxon";
import { type IsoWeek, shiftWeek, weekOf } from "../../core/week.js";
import type { ServiceTenant } from "./service-tenant.js";

export const SCHEDULE_DEFAULT = { day: 1, time: "06:00" } as const;

/** The week to run at `now`, or null when this week's scheduled time has not come yet. */
export function dueWeek(tenant: ServiceTenant, now: Date): IsoWeek | null {
  const zone = tenant.timezone;
  const schedule = tenant.schedule ?? SCHEDULE_DEFAULT;
  const local = DateTime.fromJSDate(now).setZone(zone);
  const [hour, minute] = schedule.time.split(":").map(Number);
  const thisWeek = weekOf(local, zone);
  // Day arithmetic on the local calendar: a DST change on the Sunday does not move 06:00.
  const at = thisWeek.start
    .plus({ days: schedule.day - 1 })
    .set({ hour: hour ?? 6, minute: minute ?? 0, second: 0, millisecond: 0 });
  return local >= at ? shiftWeek(thisWeek, -1) : null;
}
