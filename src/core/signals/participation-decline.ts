/**
 * `participation_decline`: fatigue and low involvement in steering meetings. Rates of
 * accepted, declined and unanswered invitations of internal invitees (not the organizer) to
 * the ritual meetings of the week, vs usual weeks. People away (out of office at that time, or
 * in no meeting at all this week) are left out: a holiday is not disengagement.
 */
import { pct, scopeLabel, tr } from "../i18n.js";
import { ACTIVE_SHARE, activeShare, insufficientHistoryText, judgeRise, settle } from "./baseline.js";
import { eventEvidence, MAX_EVIDENCE } from "./evidence.js";
import { beyondNoise, shareNoise } from "./noise.js";
import { participationDeclineAction } from "./playbook-rituals.js";
import { ritualResolver } from "./ritual-drift.js";
import { membersOf, scopesOf, showable } from "./scopes.js";
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
  email: string;
  response: "accepted" | "declined" | "tentative" | "needsAction";
}

/** Internal invitations (organizer excluded) to the week's ritual meetings, absences removed. */
export function ritualInvitations(ctx: WeekContext): Invitation[] {
  const ritualOf = ritualResolver(ctx);
  const away = awayCheck(ctx);
  const out: Invitation[] = [];
  for (const m of ctx.meetings) {
    if (m.status === "cancelled" || !ritualOf(m)) continue;
    for (const a of m.attendees) {
      if (a.resource || a.organizer || a.email === m.organizer || !ctx.people.has(a.email)) continue;
      if (away(a.email, m)) continue;
      out.push({ meeting: m, email: a.email, response: a.response });
    }
  }
  return out;
}

/** Away: an out-of-office event covers the meeting, or the person met nobody all week. */
function awayCheck(ctx: WeekContext): (email: string, m: WeekMeeting) => boolean {
  const metSomeone = new Set<string>();
  for (const m of ctx.meetings) if (m.counted) for (const p of m.present) metSomeone.add(p);
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
  const text = {
    fr: "{d} refus, {q} sans réponse sur {n} invités",
    en: "{d} declined, {q} unanswered of {n} invitees",
  };
  return [...byMeeting]
    .filter(([m, c]) => showable(m) && c.d + c.q > 0)
    .sort(([, a], [, b]) => b.d + b.q - (a.d + a.q))
    .slice(0, MAX_EVIDENCE)
    .map(([m, c]) => eventEvidence(m, tr(ctx.locale, text, c)));
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
    summary: summary(ctx, current, insufficient ? null : j.baseline, usual.length),
    action: participationDeclineAction(ctx.locale, {
      scope: current.scope,
      rituals,
      notAccepted: value,
      baseline: j.baseline ?? 0,
    }),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      invitations: n,
      acceptRate: current.figures.acceptRate ?? 0,
      declineRate: current.figures.declineRate ?? 0,
      noAnswerRate: current.figures.noAnswerRate ?? 0,
    },
  };
}

function ritualNames(ctx: WeekContext, evidence: Evidence[]): string[] {
  const ritualOf = ritualResolver(ctx);
  const names = evidence.map((e) => {
    const m = ctx.meetings.find((x) => x.id === e.id);
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
    const text = {
      fr: "{h}. {n} invitations aux rituels pour {who} cette semaine : {d} refusées, {q} sans réponse.",
      en: "{h}. {n} ritual invitations for {who} this week: {d} declined, {q} unanswered.",
    };
    return tr(ctx.locale, text, { ...vars, h: insufficientHistoryText(ctx.locale, usualWeeks) });
  }
  const text = {
    fr: "Invitations aux rituels pour {who} : {d} refusées et {q} sans réponse cette semaine ({s} au total) contre {b} d'habitude.",
    en: "Ritual invitations for {who}: {d} declined and {q} unanswered this week ({s} in all) against {b} usually.",
  };
  return tr(ctx.locale, text, { ...vars, s: pct(ctx.locale, current.value ?? 0), b: pct(ctx.locale, base) });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
