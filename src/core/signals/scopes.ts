import { belongs } from "../membership.js";
import { type AnalysedNote, ORG, type Scope, type WeekContext, type WeekMeeting } from "./types.js";

/** Share of a meeting's internal people that must belong to one team for it to be that team's. */
export const TEAM_MAJORITY = 0.6;

/** Every scope a detector reports on: org first, then each team large enough to be shown. */
export function scopesOf(ctx: WeekContext): Scope[] {
  return [ORG, ...ctx.teams.map((t) => t.scope)];
}

/*
 * Indexes of a week context, built on first use and kept as long as the context lives: a
 * detector that looks at every scope reads each scope's own meetings and notes instead of
 * rescanning the whole week for each. They follow the rules below (`meetingTeam`,
 * `noteTeam`): change a rule and its index follows.
 */
const teamOfMeeting = new WeakMap<WeekMeeting, Scope | null>();
const meetingsByTeam = new WeakMap<WeekContext, Map<Scope, WeekMeeting[]>>();
const notesByTeam = new WeakMap<readonly AnalysedNote[], Map<Scope, AnalysedNote[]>>();

/**
 * The team a meeting belongs to: the team of at least 60 % of its internal people (a team's
 * stand-up, a team retro), or null for cross-team and leadership meetings.
 */
export function meetingTeam(m: WeekMeeting, ctx: WeekContext): Scope | null {
  let team = teamOfMeeting.get(m);
  if (team === undefined) {
    team = majorityTeam(m.internal.length ? m.internal : m.organizer ? [m.organizer] : [], ctx.teamScopeOf);
    teamOfMeeting.set(m, team);
  }
  return team;
}

/** The week's meetings that concern a scope (`meetingInScope`), in the week's order. */
export function meetingsInScope(ctx: WeekContext, scope: Scope): readonly WeekMeeting[] {
  if (scope === ORG) return ctx.meetings;
  let index = meetingsByTeam.get(ctx);
  if (!index) {
    index = groupBy(ctx.meetings, (m) => meetingTeam(m, ctx));
    meetingsByTeam.set(ctx, index);
  }
  return index.get(scope) ?? [];
}

/** Those of `notes` (default: the week's) that concern a scope (`noteInScope`), in their order. */
export function notesInScope(
  ctx: WeekContext,
  scope: Scope,
  notes: readonly AnalysedNote[] = ctx.notes,
): readonly AnalysedNote[] {
  if (scope === ORG) return notes;
  let index = notesByTeam.get(notes);
  if (!index) {
    index = groupBy(notes, (n) => noteTeam(n, ctx));
    notesByTeam.set(notes, index);
  }
  return index.get(scope) ?? [];
}

/** The people of a scope: everyone for org, a team's members. */
export function membersOf(ctx: WeekContext, scope: Scope): string[] {
  const all =
    scope === ORG ? [...ctx.people.keys()] : (ctx.teams.find((t) => t.scope === scope)?.members ?? []);
  const since = ctx.memberSince;
  const until = ctx.memberUntil;
  if (!since?.size && !until?.size) return all;
  // A hire is not a member with zero meetings in the weeks before they joined, nor a leaver after.
  const start = ctx.week.start.toMillis();
  const end = ctx.week.end.toMillis();
  return all.filter((p) => belongs(p, start, end, since, until));
}

function groupBy<T>(xs: readonly T[], key: (x: T) => Scope | null): Map<Scope, T[]> {
  const out = new Map<Scope, T[]>();
  for (const x of xs) {
    const k = key(x);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The team of at least `TEAM_MAJORITY` of these people, or null. */
export function majorityTeam(
  people: readonly string[],
  teamOf: (email: string) => Scope | null,
): Scope | null {
  if (people.length === 0) return null;
  const counts = new Map<Scope, number>();
  for (const e of people) {
    const s = teamOf(e);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  for (const [scope, n] of counts) if (n / people.length >= TEAM_MAJORITY) return scope;
  return null;
}

/** Whether a meeting concerns a scope: org sees everything, a team its own meetings. */
export function meetingInScope(m: WeekMeeting, scope: Scope, ctx: WeekContext): boolean {
  return scope === ORG || meetingTeam(m, ctx) === scope;
}

/** The team of a note: that of its linked meeting, else null (org only). */
export function noteTeam(n: AnalysedNote, ctx: WeekContext): Scope | null {
  return ctx.noteTeamOf(n.id);
}

export function noteInScope(n: AnalysedNote, scope: Scope, ctx: WeekContext): boolean {
  return scope === ORG || noteTeam(n, ctx) === scope;
}

/** Meetings that may be shown by title: never one-to-ones or private events (SPEC privacy). */
export function showable(m: WeekMeeting): boolean {
  return !m.private && !m.oneToOne;
}
