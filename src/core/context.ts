import { DateTime } from "luxon";
import { extractNoteCached } from "./extraction-cache.js";
import { membership } from "./membership.js";
import type { Meeting, Note, Person, Snapshot, Tenant } from "./model.js";
import { type RitualPattern, ritualPattern } from "./ritual-pattern.js";
import { seriesContinuations } from "./series-identity.js";
import { majorityTeam } from "./signals/scopes.js";
import type { AnalysedNote, Scope, TeamInfo, WeekContext, WeekMeeting } from "./signals/types.js";
import { teamScope } from "./signals/types.js";
import type { NoteInput } from "./text/types.js";
import {
  buildTimeline,
  internalPeople,
  meetingsOverlapping,
  type TimedMeeting,
  type Timeline,
} from "./timeline.js";
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
  /** When each person joined, for those who arrived during the data period (src/core/membership.ts). */
  memberSince?: Map<string, number>;
  /** When each person left, for those who left during the data period (src/core/membership.ts). */
  memberUntil?: Map<string, number>;
  /** Series ids that continue an earlier series of the same ritual (src/core/series-identity.ts). */
  seriesOf?: Map<string, string>;
}

export function prepareSnapshot(snapshot: Snapshot): PreparedSnapshot {
  const tenant = snapshot.tenant;
  // Leavers (suspended, archived) stay people: their past meetings are internal and count in the
  // weeks they belonged (src/core/membership.ts), never after.
  const people = new Map(snapshot.people.map((p) => [p.email, p]));
  const { teams, teamOfPerson } = groupTeams([...people.values()], tenant.privacy.minGroupSize);
  const ceoNames = ceoNamesOf(tenant, people);
  const analysed = snapshot.notes.map((n) => analyseNote(n, ceoNames));
  const meetings = [...snapshot.meetings].sort((a, b) => a.start.localeCompare(b.start));
  const noteTeams = noteTeamsOf(analysed, meetings, people, teamOfPerson);
  const rituals = tenant.rituals.map((r) => ({ id: r.id, re: ritualPattern(r.match) }));
  const meetingNotes = analysed.filter((n) => n.kind === "meeting");
  const strategy = analysed.filter((n) => n.kind === "strategy");
  const timeline = buildTimeline(meetings, people, rituals, tenant.timezone);
  timelines.set(meetings, timeline);
  return {
    snapshot,
    tenant,
    people,
    teams,
    teamOfPerson,
    meetings,
    meetingNotes,
    strategy,
    rituals,
    noteTeams,
    ...membership(people, [...timeline.short, ...timeline.long], timeline),
    seriesOf: seriesContinuations(timeline.short),
    dataStart: timeline.first === null ? null : DateTime.fromISO(timeline.first),
    dataEnd: timeline.last === null ? null : DateTime.fromISO(timeline.last),
  };
}

/*
 * What every week context reads, derived once from the prepared snapshot's arrays and kept
 * beside them (keyed by the array itself, so a snapshot whose notes are swapped for others
 * gets its own): the meetings' timeline, the notes' instants, the notes of each meeting.
 */
const timelines = new WeakMap<readonly Meeting[], Timeline>();
const datedNotes = new WeakMap<readonly AnalysedNote[], DatedNote[]>();
const notesByMeeting = new WeakMap<readonly AnalysedNote[], Map<string, AnalysedNote[]>>();

interface DatedNote {
  n: AnalysedNote;
  /** The instant the note's local date starts. */
  ms: number;
}

function timelineOf(p: PreparedSnapshot): Timeline {
  let t = timelines.get(p.meetings);
  if (!t) {
    t = buildTimeline(p.meetings, p.people, p.rituals, p.tenant.timezone);
    timelines.set(p.meetings, t);
  }
  return t;
}

function dated(notes: readonly AnalysedNote[], zone: string): DatedNote[] {
  let out = datedNotes.get(notes);
  if (!out) {
    out = notes.map((n) => ({ n, ms: DateTime.fromISO(n.date, { zone }).toMillis() }));
    datedNotes.set(notes, out);
  }
  return out;
}

function notesOfMeetings(notes: readonly AnalysedNote[]): Map<string, AnalysedNote[]> {
  let out = notesByMeeting.get(notes);
  if (!out) {
    out = new Map();
    for (const n of notes) {
      if (!n.meetingKey) continue;
      const list = out.get(n.meetingKey);
      if (list) list.push(n);
      else out.set(n.meetingKey, [n]);
    }
    notesByMeeting.set(notes, out);
  }
  return out;
}

/** The CEO's email and name, as the extractor reads them ("arbitrage de Marie"). */
export function ceoNamesOf(tenant: Tenant, people: ReadonlyMap<string, Person>): string[] {
  const ceo = people.get(tenant.ceo);
  return [tenant.ceo, ...(ceo ? [ceo.name] : [])];
}

/** What the extractor reads of a note. */
export function noteInput(note: Note): NoteInput {
  return { text: note.lines.join("\n"), date: note.date, locale: note.locale };
}

/** Extracts a note's lines; `ceoNames` lets "arbitrage de Marie" count as an escalation. */
export function analyseNote(note: Note, ceoNames: readonly string[] = []): AnalysedNote {
  return { ...note, extracted: extractNoteCached(note.id, noteInput(note), { ceoNames }) };
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
  const current = new Map<string, number>();
  for (const p of people) {
    if (!p.team) continue;
    byTeam.set(p.team, [...(byTeam.get(p.team) ?? []), p.email]);
    if (!p.suspended) current.set(p.team, (current.get(p.team) ?? 0) + 1);
  }
  const teams: TeamInfo[] = [];
  const teamOfPerson = new Map<string, Scope>();
  for (const [name, members] of [...byTeam].sort(([a], [b]) => a.localeCompare(b))) {
    // Privacy: a team smaller than the minimum group is folded into org, never shown alone.
    if ((current.get(name) ?? 0) < minGroupSize) continue;
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
  const from = +week.start;
  const to = +week.end;
  const lookbackStart = +week.start.minus({ weeks: lookbackWeeks - 1 });
  const byMeeting = notesOfMeetings(p.meetingNotes);
  const meetings = meetingsOverlapping(timelineOf(p), from, to).map((t) =>
    toWeekMeeting(t, from, to, byMeeting.get(t.meeting.key) ?? [], p.seriesOf),
  );
  const within = (xs: DatedNote[], start: number) =>
    xs.filter((x) => x.ms >= start && x.ms < to).map((x) => x.n);
  return {
    tenant: p.tenant,
    locale: p.tenant.locale,
    week,
    people: p.people,
    teams: p.teams,
    ...(p.memberSince ? { memberSince: p.memberSince } : {}),
    ...(p.memberUntil ? { memberUntil: p.memberUntil } : {}),
    teamScopeOf: (email) => p.teamOfPerson.get(email) ?? p.teamOfPerson.get(email.toLowerCase()) ?? null,
    noteTeamOf: (id) => p.noteTeams.get(id) ?? null,
    departmentOf: (email) => (p.people.get(email) ?? p.people.get(email.toLowerCase()))?.team ?? null,
    meetings,
    notes: within(dated(p.meetingNotes, p.tenant.timezone), from),
    recentNotes: within(dated(p.meetingNotes, p.tenant.timezone), lookbackStart),
    strategy: within(dated(p.strategy, p.tenant.timezone), Number.NEGATIVE_INFINITY),
    asOf: week.end,
  };
}

function toWeekMeeting(
  t: TimedMeeting,
  from: number,
  to: number,
  notes: AnalysedNote[],
  seriesOf: ReadonlyMap<string, string> | undefined,
): WeekMeeting {
  const overlapMs = Math.max(0, Math.min(t.endMs, to) - Math.max(t.startMs, from));
  const series = t.meeting.recurringEventId;
  return {
    ...t.meeting,
    recurringEventId: series === null ? null : (seriesOf?.get(series) ?? series),
    ritualId: t.ritualId,
    internal: t.internal,
    present: t.present,
    available: t.available,
    oneToOne: t.oneToOne,
    counted: t.counted,
    hoursInWeek: overlapMs / 3_600_000,
    date: t.date,
    startMs: t.startMs,
    endMs: t.endMs,
    notes,
  };
}

/**
 * Meeting hours of one person in the week, overlaps counted once (two meetings at the same
 * time are one hour of the person's time, not two).
 */
export function personMeetingHours(meetings: readonly WeekMeeting[], email: string, week: IsoWeek): number {
  const from = +week.start;
  const to = +week.end;
  const spans = meetings
    .filter((m) => m.counted && m.present.includes(email))
    .map((m) => [Math.max(m.startMs, from), Math.min(m.endMs, to)])
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
