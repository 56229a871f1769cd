/**
 * `participation_decline`: fatigue and low involvement in steering meetings. Rates of
 * accepted, declined and unanswered invitations of internal invitees (not the organizer) to
 * the ritual meetings of the week, vs usual weeks. People away (out of office at that time, or
 * in no meeting at all this week) are left out: a holiday is not disengagement.
 */
import { msg, pct, scopeLabel } from "../i18n.js";
import { ACTIVE_SHARE, activeShare, insufficientHistoryText, judgeRise, settle } from "./baseline.js";
import { eventEvidence, MAX_EVIDENCE } from "./evidence.js";
import { worst } from "./judge.js";
import { beyondNoise, shareNoise } from "./noise.js";
import { participationDeclineAction } from "./playbook-rituals.js";
import { ritualResolver } from "./ritual-drift.js";
import { membersOf, scopesOf, showable } from "./scopes.js";
import {
  STEERING_DEFAULTS,
  type SteeringCollapse,
  steeringFigures,
  steeringRitualIds,
  worstSteeringCollapse,
} from "./steering-participation.js";
import type {
  Detector,
  DetectorParams,
  EvaluateInput,
  Evidence,
  Finding,
  Measure,
  Status,
  WeekContext,
  WeekMeeting,
} from "./types.js";
import { ORG } from "./types.js";

export const PARTICIPATION_DECLINE_DEFAULTS = {
  /** +12 points of declined or unanswered invitations (10 % → 22 %, about double): a watch. */
  watchRise: 0.12,
  /** +20 points (10 % → 30 %, three times the usual): an alert… */
  alertRise: 0.2,
  /** …over at least 15 invitations… */
  alertMinInvitations: 15,
  /** …and at least 5 more refusals or silences than usual: not two people's bad week. */
  alertMinExtra: 5,
  /** Each steering ritual judged on its own (src/core/signals/steering-participation.ts). */
  ...STEERING_DEFAULTS,
} satisfies DetectorParams;

const UNIT = "share declined or unanswered";

export const participationDecline: Detector = {
  id: "participation_decline",
  defaults: PARTICIPATION_DECLINE_DEFAULTS,
  measure,
  evaluate,
};

interface Invitation {
  meeting: WeekMeeting;
  ritualId: string;
  email: string;
  response: "accepted" | "declined" | "tentative" | "needsAction";
}

/** Internal invitations (organizer excluded) to the week's ritual meetings, absences removed. */
export function ritualInvitations(ctx: WeekContext): Invitation[] {
  const ritualOf = ritualResolver(ctx);
  const away = awayCheck(ctx);
  const out: Invitation[] = [];
  for (const m of ctx.meetings) {
    const ritualId = ritualOf(m);
    if (m.status === "cancelled" || !ritualId) continue;
    for (const a of m.attendees) {
      if (a.resource || a.organizer || a.email === m.organizer || !ctx.people.has(a.email)) continue;
      if (away(a.email, m)) continue;
      out.push({ meeting: m, ritualId, email: a.email, response: a.response });
    }
  }
  return out;
}

/** Away: an out-of-office event covers the meeting, or the person met nobody all week. */
function awayCheck(ctx: WeekContext): (email: string, m: WeekMeeting) => boolean {
  const metSomeone = new Set<string>();
  // Not answering is not being away: anyone who did not decline a meeting was around.
  for (const m of ctx.meetings) if (m.counted) for (const p of m.available) metSomeone.add(p);
  // Each person's out-of-office events, so an invitation is checked against its invitee's only.
  const oooOf = new Map<string, WeekMeeting[]>();
  for (const o of ctx.meetings) {
    if (o.type !== "outOfOffice" || o.status === "cancelled") continue;
    for (const email of new Set([o.organizer, ...o.attendees.map((a) => a.email)])) {
      if (email === null) continue;
      const mine = oooOf.get(email);
      if (mine) mine.push(o);
      else oooOf.set(email, [o]);
    }
  }
  return (email, m) => {
    if (!metSomeone.has(email)) return true;
    return (oooOf.get(email) ?? []).some((o) => o.startMs < m.endMs && o.endMs > m.startMs);
  };
}

function measure(ctx: WeekContext): Measure[] {
  const all = ritualInvitations(ctx);
  // A team's invitations are those of its members: grouped once, in the week's order.
  const byTeam = new Map<string, Invitation[]>();
  for (const i of all) {
    const team = ctx.teamScopeOf(i.email);
    if (team === null) continue;
    const mine = byTeam.get(team);
    if (mine) mine.push(i);
    else byTeam.set(team, [i]);
  }
  const steering = steeringFigures(all, steeringRitualIds(ctx, ritualResolver(ctx)));
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const members = membersOf(ctx, scope);
    const inv = scope === ORG ? all : (byTeam.get(scope) ?? []);
    if (scope !== ORG && inv.length === 0) continue;
    const count = (r: Invitation["response"]) => inv.filter((i) => i.response === r).length;
    const declined = count("declined");
    const noAnswer = count("needsAction");
    const n = inv.length;
    out.push({
      signal: "participation_decline",
      scope,
      value: n ? round2((declined + noAnswer) / n) : null,
      unit: UNIT,
      figures: {
        invitations: n,
        accepted: count("accepted"),
        tentative: count("tentative"),
        declined,
        noAnswer,
        acceptRate: n ? round2(count("accepted") / n) : 0,
        declineRate: n ? round2(declined / n) : 0,
        noAnswerRate: n ? round2(noAnswer / n) : 0,
        [ACTIVE_SHARE]: activeShare(ctx.meetings, members),
        ...(scope === ORG ? steering : {}),
      },
      evidence: evidenceOf(ctx, inv),
    });
  }
  return out;
}

/** Ritual meetings with the most refusals and silences first. */
function evidenceOf(ctx: WeekContext, inv: Invitation[]): Evidence[] {
  const byMeeting = new Map<WeekMeeting, { d: number; q: number; n: number }>();
  for (const i of inv) {
    const c = byMeeting.get(i.meeting) ?? { d: 0, q: 0, n: 0 };
    c.n++;
    if (i.response === "declined") c.d++;
    if (i.response === "needsAction") c.q++;
    byMeeting.set(i.meeting, c);
  }
  const text = "finding.participation_decline.whyInvitations";
  return [...byMeeting]
    .filter(([m, c]) => showable(m) && c.d + c.q > 0)
    .sort(([, a], [, b]) => b.d + b.q - (a.d + a.q))
    .slice(0, MAX_EVIDENCE)
    .map(([m, c]) => eventEvidence(m, msg(ctx.locale, text, c)));
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...PARTICIPATION_DECLINE_DEFAULTS, ...params };
  const j = judgeRise(current, baseline, ctx, { watch: p.watchRise, alert: p.alertRise });
  const { factor: f, usual } = j;
  const value = current.value ?? 0;
  const n = current.figures.invitations ?? 0;
  let status: Status = j.status;
  const extra = (value - (j.baseline ?? 0)) * n;
  if (status === "alert" && (n < p.alertMinInvitations / f || extra < p.alertMinExtra / f)) status = "watch";
  // A team's handful of invitations swings by chance: the rise must beat binomial noise too.
  status = beyondNoise(status, value - (j.baseline ?? 0), shareNoise(j.baseline ?? 0, n), f);
  // One steering ritual collapsing speaks for the organisation, however healthy the others are.
  const steering = current.scope === ORG ? worstSteeringCollapse(current, j.usual, ctx, p) : null;
  const collapse = steering && steering.status !== "ok" ? steering : null;
  if (collapse) status = worst(status, collapse.status);
  const settled = settle(status, j, current, baseline);
  status = settled.status;
  const { insufficient, score } = settled;
  const rituals = ritualNames(ctx, current.evidence);
  return {
    signal: "participation_decline",
    scope: current.scope,
    status,
    score,
    value: current.value,
    baseline: j.baseline,
    unit: UNIT,
    insufficientHistory: insufficient,
    summary: withSteering(
      ctx,
      summary(ctx, current, insufficient ? null : j.baseline, usual.length),
      collapse,
    ),
    action: participationDeclineAction(ctx.locale, {
      scope: current.scope,
      rituals,
      notAccepted: value,
      baseline: j.baseline ?? 0,
    }),
    evidence: collapsedFirst(ctx, current.evidence, collapse).slice(0, MAX_EVIDENCE),
    details: {
      invitations: n,
      acceptRate: current.figures.acceptRate ?? 0,
      declineRate: current.figures.declineRate ?? 0,
      noAnswerRate: current.figures.noAnswerRate ?? 0,
    },
  };
}

/** The first meeting of the week with each id, looked up once per week rather than per evidence item. */
const meetingById = new WeakMap<WeekContext, Map<string, WeekMeeting>>();

function ritualNames(ctx: WeekContext, evidence: Evidence[]): string[] {
  const ritualOf = ritualResolver(ctx);
  let byId = meetingById.get(ctx);
  if (!byId) {
    byId = new Map();
    for (const m of ctx.meetings) if (!byId.has(m.id)) byId.set(m.id, m);
    meetingById.set(ctx, byId);
  }
  const ids = byId;
  const names = evidence.map((e) => {
    const m = ids.get(e.id);
    return ctx.tenant.rituals.find((r) => m && r.id === ritualOf(m))?.name ?? "";
  });
  return [...new Set(names)].filter(Boolean);
}

function summary(ctx: WeekContext, current: Measure, base: number | null, usualWeeks: number): string {
  const vars = {
    who: scopeLabel(ctx.locale, current.scope),
    n: current.figures.invitations ?? 0,
    d: pct(ctx.locale, current.figures.declineRate ?? 0),
    q: pct(ctx.locale, current.figures.noAnswerRate ?? 0),
  };
  if (base === null) {
    const text = "finding.participation_decline.summaryNoHistory";
    return msg(ctx.locale, text, { ...vars, h: insufficientHistoryText(ctx.locale, usualWeeks) });
  }
  const text = "finding.participation_decline.summary";
  return msg(ctx.locale, text, { ...vars, s: pct(ctx.locale, current.value ?? 0), b: pct(ctx.locale, base) });
}

/** The collapsed steering ritual's meetings lead the evidence. */
function collapsedFirst(ctx: WeekContext, evidence: Evidence[], c: SteeringCollapse | null): Evidence[] {
  if (!c) return evidence;
  const ritualOf = ritualResolver(ctx);
  const isIt = (e: Evidence) => {
    const m = ctx.meetings.find((x) => x.id === e.id);
    return m !== undefined && ritualOf(m) === c.ritualId;
  };
  return [...evidence.filter(isIt), ...evidence.filter((e) => !isIt(e))];
}

/** Names the steering ritual that collapsed, with its own rate against its usual one. */
function withSteering(ctx: WeekContext, text: string, c: SteeringCollapse | null): string {
  if (!c) return text;
  const name = ctx.tenant.rituals.find((r) => r.id === c.ritualId)?.name ?? c.ritualId;
  const vars = { r: name, v: pct(ctx.locale, c.value), b: pct(ctx.locale, c.baseline), n: c.invitations };
  const more = "finding.participation_decline.summarySteering";
  return text + msg(ctx.locale, more, vars);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
