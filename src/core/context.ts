import { DateTime } from "luxon";
import type { Meeting, Note, Person, Snapshot, Tenant } from "./model.js";
import { type RitualPattern, ritualPattern } from "./ritual-pattern.js";
import { majorityTeam } from "./signals/scopes.js";
import type { AnalysedNote, Scope, TeamInfo, WeekContext, WeekMeeting } from "./signals/types.js";
import { teamScope } from "./signals/types.js";
import { extractNote } from "./text/extract.js";
import type { IsoWeek } from "./week.js";

/** Weeks of notes a detector sees behind the analysed one (recurring topics, overdue actions). */
export const DEFAULT_LOOKBACK_WEEKS = 6;

/**
 * A snapshot made ready for weekly analysis: notes extracted once, meetings sorted, ritual
 * patterns compiled. Building a week context from it is cheap, so a run can look at many
 * baseline weeks.
 */
export interface PreparedSnapshot {
  snapshot: Snapshot;
  tenant: Tenant;
  people: Map<string, Person>;
  teams: TeamInfo[];
  teamOfPerson: Map<string, Scope>;
  meetings: Meeting[];
  meetingNotes: AnalysedNote[];
  strategy: AnalysedNote[];
  rituals: { id: string; re: RitualPattern }[];
  /** Team scope of each meeting note (via its linked meeting), computed once. */
  noteTeams: Map<string, Scope | null>;
  /** First and last instants with calendar data: weeks outside have no data, not zero. */
  dataStart: DateTime | null;
  dataEnd: DateTime | null;
}

export function prepareSnapshot(snapshot: Snapshot): PreparedSnapshot {
  const tenant = snapshot.tenant;
  const people = new Map(snapshot.people.filter((p) => !p.suspended).map((p) => [p.email, p]));
  const { teams, teamOfPerson } = groupTeams([...people.values()], tenant.privacy.minGroupSize);
  const ceo = people.get(tenant.ceo);
  const ceoNames = [tenant.ceo, ...(ceo ? [ceo.name] : [])];
  const analysed = snapshot.notes.map((n) => analyseNote(n, ceoNames));
  const meetings = [...snapshot.meetings].sort((a, b) => a.start.localeCompare(b.start));
  const noteTeams = noteTeamsOf(analysed, meetings, people, teamOfPerson);
  const starts = meetings.filter((m) => m.status !== "cancelled").map((m) => DateTime.fromISO(m.start));
  return {
    snapshot,
    tenant,
    people,
    teams,
    teamOfPerson,
    meetings,
    meetingNotes: analysed.filter((n) => n.kind === "meeting"),
    strategy: analysed.filter((n) => n.kind === "strategy"),
    rituals: tenant.rituals.map((r) => ({ id: r.id, re: ritualPattern(r.match) })),
    noteTeams,
    dataStart: (starts.length ? DateTime.min(...starts) : null) ?? null,
    dataEnd: (starts.length ? DateTime.max(...starts) : null) ?? null,
  };
}

/** Extracts a note's lines; `ceoNames` lets "arbitrage de Marie" count as an escalation. */
export function analyseNote(note: Note, ceoNames: readonly string[] = []): AnalysedNote {
  return {
    ...note,
    extracted: extractNote(
      { text: note.lines.join("\n"), date: note.date, locale: note.locale },
      { ceoNames },
    ),
  };
}

function noteTeamsOf(
  notes: readonly AnalysedNote[],
  meetings: readonly Meeting[],
  people: Map<string, Person>,
  teamOfPerson: Map<string, Scope>,
): Map<string, Scope | null> {
  const byKey = new Map(meetings.map((m) => [m.key, m]));
  const out = new Map<string, Scope | null>();
  for (const n of notes) {
    const m = n.meetingKey ? byKey.get(n.meetingKey) : undefined;
    if (!m) {
      out.set(n.id, null);
      continue;
    }
    const internal = internalPeople(m, people);
    const who = internal.length ? internal : m.organizer ? [m.organizer] : [];
    out.set(
      n.id,
      majorityTeam(who, (e) => teamOfPerson.get(e) ?? null),
    );
  }
  return out;
}

function groupTeams(people: Person[], minGroupSize: number) {
  const byTeam = new Map<string, string[]>();
  for (const p of people) {
    if (!p.team) continue;
    byTeam.set(p.team, [...(byTeam.get(p.team) ?? []), p.email]);
  }
  const teams: TeamInfo[] = [];
  const teamOfPerson = new Map<string, Scope>();
  for (const [name, members] of [...byTeam].sort(([a], [b]) => a.localeCompare(b))) {
    // Privacy: a team smaller than the minimum group is folded into org, never shown alone.
    if (members.length < minGroupSize) continue;
    const scope = teamScope(name);
    teams.push({ scope, name, members });
    for (const m of members) teamOfPerson.set(m, scope);
  }
  return { teams, teamOfPerson };
}

/** True when the week lies inside the period the calendars cover. */
export function weekHasData(p: PreparedSnapshot, week: IsoWeek): boolean {
  if (!p.dataStart || !p.dataEnd) return false;
  return week.end > p.dataStart && week.start <= p.dataEnd;
}

export function buildWeekContext(
  p: PreparedSnapshot,
  week: IsoWeek,
  lookbackWeeks = DEFAULT_LOOKBACK_WEEKS,
): WeekContext {
  const zone = p.tenant.timezone;
  const inWeek = (date: string) => {
    const d = DateTime.fromISO(date, { zone });
    return d >= week.start && d < week.end;
  };
  const lookbackStart = week.start.minus({ weeks: lookbackWeeks - 1 });
  const notesByMeeting = new Map<string, AnalysedNote[]>();
  for (const n of p.meetingNotes) {
    if (n.meetingKey) notesByMeeting.set(n.meetingKey, [...(notesByMeeting.get(n.meetingKey) ?? []), n]);
  }
  const meetings = p.meetings
    .filter((m) => DateTime.fromISO(m.end) > week.start && DateTime.fromISO(m.start) < week.end)
    .map((m) => toWeekMeeting(p, m, week, notesByMeeting.get(m.key) ?? []));
  return {
    tenant: p.tenant,
    locale: p.tenant.locale,
    week,
    people: p.people,
    teams: p.teams,
    teamScopeOf: (email) => p.teamOfPerson.get(email.toLowerCase()) ?? null,
    noteTeamOf: (id) => p.noteTeams.get(id) ?? null,
    departmentOf: (email) => p.people.get(email.toLowerCase())?.team ?? null,
    meetings,
    notes: p.meetingNotes.filter((n) => inWeek(n.date)),
    recentNotes: p.meetingNotes.filter((n) => {
      const d = DateTime.fromISO(n.date, { zone });
      return d >= lookbackStart && d < week.end;
    }),
    strategy: p.strategy.filter((n) => DateTime.fromISO(n.date, { zone }) < week.end),
    asOf: week.end,
  };
}

function toWeekMeeting(p: PreparedSnapshot, m: Meeting, week: IsoWeek, notes: AnalysedNote[]): WeekMeeting {
  const humans = m.attendees.filter((a) => !a.resource);
  const internal = internalPeople(m, p.people);
  const declined = new Set(humans.filter((a) => a.response === "declined").map((a) => a.email));
  const present = internal.filter((e) => !declined.has(e));
  const presentHumans = humans.filter((a) => a.response !== "declined").length;
  const start = DateTime.fromISO(m.start);
  const end = DateTime.fromISO(m.end);
  const overlapMs = Math.max(0, Math.min(+end, +week.end) - Math.max(+start, +week.start));
  const counted =
    m.status !== "cancelled" &&
    (m.type === "default" || m.type === "fromGmail") &&
    !m.allDay &&
    Math.max(presentHumans, present.length) >= 2;
  return {
    ...m,
    ritualId: p.rituals.find((r) => r.re.test(m.title))?.id ?? null,
    internal,
    present,
    oneToOne: humans.length === 2,
    counted,
    hoursInWeek: overlapMs / 3_600_000,
    date: start.setZone(p.tenant.timezone).toISODate() ?? "",
    notes,
  };
}

/** Attendees who are people of the directory (not rooms), and the organizer of a meeting with guests. */
function internalPeople(m: Meeting, people: Map<string, Person>): string[] {
  const humans = m.attendees.filter((a) => !a.resource);
  const organizer = m.organizer && people.has(m.organizer) && humans.length > 0 ? [m.organizer] : [];
  return unique([...humans.map((a) => a.email).filter((e) => people.has(e)), ...organizer]);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Meeting hours of one person in the week, overlaps counted once (two meetings at the same
 * time are one hour of the person's time, not two).
 */
export function personMeetingHours(meetings: readonly WeekMeeting[], email: string, week: IsoWeek): number {
  const spans = meetings
    .filter((m) => m.counted && m.present.includes(email))
    .map((m) => [
      Math.max(+DateTime.fromISO(m.start), +week.start),
      Math.min(+DateTime.fromISO(m.end), +week.end),
    ])
    .filter(([s, e]) => (e as number) > (s as number))
    .sort((a, b) => (a[0] as number) - (b[0] as number));
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const [s, e] of spans as [number, number][]) {
    if (s > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else curEnd = Math.max(curEnd, e);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total / 3_600_000;
}
