import { type AnalysedNote, ORG, type Scope, type WeekContext, type WeekMeeting } from "./types.js";

/** Share of a meeting's internal people that must belong to one team for it to be that team's. */
export const TEAM_MAJORITY = 0.6;

/** Every scope a detector reports on: org first, then each team large enough to be shown. */
export function scopesOf(ctx: WeekContext): Scope[] {
  return [ORG, ...ctx.teams.map((t) => t.scope)];
}

/**
 * The team a meeting belongs to: the team of at least 60 % of its internal people (a team's
 * stand-up, a team retro), or null for cross-team and leadership meetings.
 */
export function meetingTeam(m: WeekMeeting, ctx: WeekContext): Scope | null {
  return majorityTeam(m.internal.length ? m.internal : m.organizer ? [m.organizer] : [], ctx.teamScopeOf);
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
