/**
 * Builders for small hand-made snapshots, so detector tests read like the situation they
 * describe. Times are local to the tenant's zone (Europe/Paris) unless an offset is given.
 */
import { DateTime } from "luxon";
import { buildWeekContext, prepareSnapshot } from "../../src/core/context.js";
import type { Attendee, Meeting, Note, Person, Snapshot, Tenant } from "../../src/core/model.js";
import type { WeekContext } from "../../src/core/signals/types.js";
import { type IsoWeek, parseWeek, shiftWeek } from "../../src/core/week.js";

export const ZONE = "Europe/Paris";

export function tenant(over: Partial<Tenant> = {}): Tenant {
  return {
    id: "acme",
    name: "Acme SAS",
    timezone: ZONE,
    locale: "fr",
    ceo: "ceo@acme.fr",
    workweek: { days: [1, 2, 3, 4, 5], hoursPerDay: 8 },
    rituals: [
      { id: "codir", name: "CODIR", match: "codir|comit[ée] de direction", cadence: "weekly" },
      { id: "revue", name: "Revue mensuelle", match: "revue mensuelle", cadence: "monthly" },
      { id: "standup", name: "Stand-up", match: "stand-?up|daily", cadence: "daily" },
      { id: "retro", name: "Rétrospective", match: "r[ée]tro", cadence: "biweekly" },
    ],
    sensitivity: "normal",
    privacy: { minGroupSize: 5 },
    baselineWeeks: 8,
    thresholds: {},
    sources: {},
    output: {},
    ...over,
  };
}

export function person(email: string, team: string | null, over: Partial<Person> = {}): Person {
  return { email, name: email.split("@")[0] ?? email, team, site: "Lyon", manager: null, suspended: false, ...over };
}

/** `n` people of a team: `<team>1@acme.fr` … */
export function team(name: string, n: number): Person[] {
  return Array.from({ length: n }, (_, i) => person(`${name.toLowerCase()}${i + 1}@acme.fr`, name));
}

let seq = 0;

export interface MeetingSpec {
  title?: string;
  /** Local start `YYYY-MM-DDTHH:mm` in ZONE (or ISO with offset). */
  start: string;
  minutes?: number;
  attendees: (string | Partial<Attendee> & { email: string })[];
  organizer?: string;
  status?: Meeting["status"];
  type?: Meeting["type"];
  allDay?: boolean;
  recurringEventId?: string | null;
  private?: boolean;
  hasAgenda?: boolean;
  created?: string | null;
  id?: string;
}

export function meeting(s: MeetingSpec): Meeting {
  const id = s.id ?? `ev${++seq}`;
  const start = DateTime.fromISO(s.start, { zone: ZONE });
  const end = start.plus({ minutes: s.minutes ?? 60 });
  const attendees: Attendee[] = s.attendees.map((a) => {
    const base = typeof a === "string" ? { email: a } : a;
    return { response: "accepted", optional: false, organizer: false, resource: false, ...base };
  });
  const organizer = s.organizer ?? attendees[0]?.email ?? null;
  return {
    id,
    key: id,
    title: s.title ?? "Réunion",
    start: start.toISO() ?? "",
    end: end.toISO() ?? "",
    allDay: s.allDay ?? false,
    type: s.type ?? "default",
    status: s.status ?? "confirmed",
    organizer,
    creator: organizer,
    attendees: attendees.map((a) => ({ ...a, organizer: a.email === organizer })),
    recurringEventId: s.recurringEventId ?? null,
    private: s.private ?? false,
    hasAgenda: s.hasAgenda ?? true,
    link: `https://calendar.example/event?eid=${id}`,
    attachmentFileIds: [],
    calendars: [organizer ?? "primary"],
    created: s.created ?? null,
  };
}

export function note(s: Partial<Note> & { date: string; lines: string[] }): Note {
  const id = s.id ?? `note${++seq}`;
  return {
    id,
    source: "page",
    kind: "meeting",
    title: "Compte rendu",
    url: `https://notion.example/${id}`,
    meetingKey: null,
    eventId: null,
    locale: null,
    lastEdited: null,
    ...s,
  };
}

export function snapshot(s: Partial<Snapshot> & { people: Person[] }): Snapshot {
  return { tenant: tenant(), meetings: [], notes: [], warnings: [], ...s };
}

export function week(id: string): IsoWeek {
  const w = parseWeek(id, ZONE);
  if (!w) throw new Error(`bad week ${id}`);
  return w;
}

/** Local `YYYY-MM-DDTHH:mm` of a weekday (1 = Monday) at a time in a week. */
export function at(weekId: string, weekday: number, time = "10:00"): string {
  const d = week(weekId).start.plus({ days: weekday - 1 });
  return `${d.toISODate()}T${time}`;
}

export function weeksBefore(weekId: string, n: number): string[] {
  const w = week(weekId);
  return Array.from({ length: n }, (_, i) => shiftWeek(w, -(n - i)).id);
}

export function contextFor(snap: Snapshot, weekId: string): WeekContext {
  return buildWeekContext(prepareSnapshot(snap), week(weekId));
}
