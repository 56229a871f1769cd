/**
 * `ceo_escalation`: arbitration requests pile up on the CEO. Counts the ad-hoc meetings others
 * book with the CEO (not recurring, not a ritual, few people, not planned long ahead) and the
 * escalation lines of the week's notes ("à arbitrer", "remonter au DG"), vs usual weeks.
 * Team scope: meetings booked by the team's people, escalation lines of the team's meetings.
 */
import { DateTime } from "luxon";
import { msg, scopeLabel } from "../i18n.js";
import {
  ACTIVE_SHARE,
  activeShare,
  baselineValues,
  capForHoliday,
  insufficientHistoryText,
  isHolidayLike,
  typicalWeeks,
} from "./baseline.js";
import { eventEvidence, MAX_EVIDENCE, noteEvidence } from "./evidence.js";
import { bandScore, judgeChange, SENSITIVITY_FACTOR } from "./judge.js";
import { ceoEscalationAction } from "./playbook-rituals.js";
import { membersOf, notesInScope, scopesOf, showable } from "./scopes.js";
import type {
  Detector,
  DetectorParams,
  EvaluateInput,
  Evidence,
  Finding,
  Measure,
  Scope,
  Status,
  WeekContext,
  WeekMeeting,
} from "./types.js";
import { ORG } from "./types.js";

export const CEO_ESCALATION_DEFAULTS = {
  /** An arbitration meeting is small: the CEO and at most 3 others. */
  maxPeople: 4,
  /** Booked more than 14 days ahead is planned work, not an escalation. */
  adHocDays: 14,
  /** +50 % vs the usual weekly count is a watch… */
  watchRatio: 0.5,
  /** …+100 % (twice the usual) an alert. */
  alertRatio: 1,
  /** At least 3 more than usual before anything is flagged: a couple of extra requests is life. */
  minDelta: 3,
  /** An alert needs 5 more than usual, so that a quiet team going from 1 to 3 stays a watch. */
  alertMinDelta: 5,
  /** Ratios are taken against at least 2 a week, so a baseline of 0 or 1 does not explode them. */
  floor: 2,
} satisfies DetectorParams;

const UNIT = "escalations/week";

export const ceoEscalation: Detector = {
  id: "ceo_escalation",
  defaults: CEO_ESCALATION_DEFAULTS,
  measure,
  evaluate,
};

/** Ad-hoc meetings booked with the CEO by someone else of the company. */
export function escalationMeetings(ctx: WeekContext, params: DetectorParams = {}): WeekMeeting[] {
  const p = { ...CEO_ESCALATION_DEFAULTS, ...params };
  const ceo = ctx.tenant.ceo.toLowerCase();
  return ctx.meetings.filter((m) => {
    if (!m.counted || m.recurringEventId || m.ritualId || !m.present.includes(ceo)) return false;
    if (!m.organizer || m.organizer === ceo || !ctx.people.has(m.organizer)) return false;
    if (m.internal.length > p.maxPeople) return false;
    const planned =
      m.created && DateTime.fromISO(m.start).diff(DateTime.fromISO(m.created), "days").days > p.adHocDays;
    return !planned;
  });
}

function measure(ctx: WeekContext, params: DetectorParams): Measure[] {
  const meetings = escalationMeetings(ctx, params);
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const members = membersOf(ctx, scope);
    const active = activeShare(ctx.meetings, members);
    if (scope !== ORG && active === 0) continue;
    const mine = meetings.filter((m) => scope === ORG || ctx.teamScopeOf(m.organizer ?? "") === scope);
    const lines = escalationLines(ctx, scope);
    out.push({
      signal: "ceo_escalation",
      scope,
      value: mine.length + lines.reduce((a, l) => a + l.count, 0),
      unit: UNIT,
      figures: {
        meetings: mine.length,
        oneToOne: mine.filter((m) => m.oneToOne).length,
        lines: lines.reduce((a, l) => a + l.count, 0),
        [ACTIVE_SHARE]: active,
      },
      evidence: evidenceOf(ctx, mine, lines),
    });
  }
  return out;
}

function escalationLines(ctx: WeekContext, scope: Scope) {
  return notesInScope(ctx, scope)
    .map((n) => ({ note: n, count: n.extracted.filter((l) => l.kind === "escalation").length }))
    .filter((x) => x.count > 0);
}

/** Notes first (they say what was escalated), then group meetings; one-to-ones never by title. */
function evidenceOf(
  ctx: WeekContext,
  meetings: WeekMeeting[],
  lines: ReturnType<typeof escalationLines>,
): Evidence[] {
  const notes = [...lines]
    .sort((a, b) => b.count - a.count)
    .map((l) =>
      noteEvidence(l.note, msg(ctx.locale, "finding.ceo_escalation.whyArbitration", { n: l.count })),
    );
  const why = msg(ctx.locale, "finding.ceo_escalation.whyAdHoc");
  const events = meetings.filter(showable).map((m) => eventEvidence(m, why));
  return [...notes, ...events].slice(0, MAX_EVIDENCE);
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...CEO_ESCALATION_DEFAULTS, ...params };
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  const usual = typicalWeeks(baseline);
  const value = current.value ?? 0;
  const j = judgeChange({
    value,
    baseline: baselineValues(usual),
    direction: "up",
    watch: p.watchRatio,
    alert: p.alertRatio,
    minDelta: p.minDelta,
    floor: p.floor,
    sensitivity: ctx.tenant.sensitivity,
  });
  let status: Status = j.status;
  if (status === "alert" && value - (j.baseline ?? 0) < p.alertMinDelta / f) status = "watch";
  status = capForHoliday(status, isHolidayLike(current, baseline));
  const insufficient = j.insufficientHistory;
  if (insufficient) status = "ok";
  const score = insufficient ? 100 : status === "watch" ? bandScore(j.score, "watch") : j.score;
  const meetings = current.figures.meetings ?? 0;
  const lines = current.figures.lines ?? 0;
  const base = Math.round((j.baseline ?? 0) * 10) / 10;
  return {
    signal: "ceo_escalation",
    scope: current.scope,
    status,
    score,
    value: current.value,
    baseline: j.baseline,
    unit: UNIT,
    insufficientHistory: insufficient,
    summary: summary(ctx, current, insufficient ? null : base, usual.length),
    action: ceoEscalationAction(ctx.locale, { scope: current.scope, meetings, lines, baseline: base }),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      meetings,
      lines,
      oneToOne: current.figures.oneToOne ?? 0,
      change: Math.round(j.change * 100) / 100,
    },
  };
}

function summary(ctx: WeekContext, current: Measure, base: number | null, usualWeeks: number): string {
  const vars = {
    who: scopeLabel(ctx.locale, current.scope),
    n: current.value ?? 0,
    m: current.figures.meetings ?? 0,
    l: current.figures.lines ?? 0,
  };
  if (base === null) {
    const text = "finding.ceo_escalation.summaryNoHistory";
    return msg(ctx.locale, text, { ...vars, h: insufficientHistoryText(ctx.locale, usualWeeks) });
  }
  const text = "finding.ceo_escalation.summary";
  return msg(ctx.locale, text, { ...vars, b: base });
}
