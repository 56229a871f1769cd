/**
 * `action_followthrough`: blocking topics are not followed up. Counts, per scope, the week's
 * actions without an owner or a due date, the actions of the recent notes that are overdue and
 * not marked done, and the topics that came back in three or more meetings without a decision;
 * their sum is the headline ("items to follow up"), each part is judged against the usual week.
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
import { MAX_EVIDENCE, noteEvidence } from "./evidence.js";
import { overdueActions, recurringTopics } from "./follow-up-items.js";
import { bandScore, judgeChange, SENSITIVITY_FACTOR, worst } from "./judge.js";
import { beyondNoise, capital, countNoise, previousWeekFlagged, round2, shareNoise } from "./noise.js";
import { notesForTeams, ownerTeams } from "./owner-teams.js";
import { actionFollowthroughAction } from "./playbook-alignment.js";
import { membersOf, noteTeam, scopesOf } from "./scopes.js";
import type {
  AnalysedNote,
  DetectorParams,
  EvaluateInput,
  Evidence,
  Finding,
  Measure,
  Scope,
  Status,
  WeekContext,
} from "./types.js";
import { type Detector, ORG } from "./types.js";

export const ACTION_FOLLOWTHROUGH_DEFAULTS = {
  /** The week's share of actions without owner or date is judged from 4 actions, not on one or two. */
  minActions: 4,
  /** +20 points of unassigned actions is a watch, +35 points an alert (floor 1: read in points). */
  unassignedWatch: 0.2,
  unassignedAlert: 0.35,
  /** An alert on unassigned actions needs 8 actions in the week. */
  alertMinActions: 8,
  /** Overdue actions: +50 % and 3 more is a watch, twice the usual an alert. */
  overdueWatch: 0.5,
  overdueAlert: 1,
  overdueMinDelta: 3,
  overdueFloor: 3,
  /** No alert below 6 overdue actions: a small team's two late actions are ordinary life. */
  alertMinOverdue: 6,
  /** Recurring undecided topics: +50 % and 2 more is a watch, twice the usual an alert. */
  recurringWatch: 0.5,
  recurringAlert: 1,
  recurringMinDelta: 2,
  recurringFloor: 2,
  alertMinRecurring: 4,
  /**
   * Lines saying in so many words that an action is still not done, chased again or blocked,
   * counted over the last 2 weeks of the scope's notes (a team may write one note a week):
   * twice the usual and 2 more is a watch; three times and at least 4 an alert.
   */
  stalledWeeks: 2,
  stalledWatch: 1,
  stalledAlert: 2,
  stalledMinDelta: 2,
  stalledFloor: 1,
  alertMinStalled: 4,
  /** An alert needs 3 notes of the scope over the last 2 weeks: one note-taker is not a pattern. */
  alertMinNotes: 3,
  /** …and at least one stalled line for every two notes of the period. */
  stalledPerNoteAlert: 0.5,
  /** A topic recurs when it comes back in 3 distinct meetings (SPEC)… */
  minMeetings: 3,
  /** …and was discussed in the last 2 weeks: an old topic that stopped coming up is not live. */
  liveWeeks: 2,
  /**
   * Stems shared by more than 60 % of the recent meetings (6 or more) are boilerplate — an
   * agenda heading, "tour de table" — not a topic.
   */
  boilerplateShare: 0.6,
  /** Two action lines are the same action when 60 % of the shorter one's stems are in the other. */
  sameActionOverlap: 0.6,
} satisfies DetectorParams;

type Params = typeof ACTION_FOLLOWTHROUGH_DEFAULTS;
const UNIT = "items";

export const actionFollowthrough: Detector = {
  id: "action_followthrough",
  defaults: ACTION_FOLLOWTHROUGH_DEFAULTS,
  measure,
  evaluate,
};

function measure(ctx: WeekContext, params: DetectorParams): Measure[] {
  const p = { ...ACTION_FOLLOWTHROUGH_DEFAULTS, ...params } as Params;
  const teamOf = ownerTeams(ctx);
  const weekIds = new Set(ctx.notes.map((n) => n.id));
  const byTeam = notesForTeams(ctx.recentNotes, (n) => noteTeam(n, ctx), teamOf);
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    // A team is judged on the actions its people own and on its own notes, not on every
    // note of a ritual it shares with another team.
    const recent = scope === ORG ? ctx.recentNotes : (byTeam.get(scope) ?? []);
    if (scope !== ORG && recent.length === 0) continue;
    out.push(scopeMeasure(ctx, scope, recent, weekIds, p));
  }
  return out;
}

function scopeMeasure(
  ctx: WeekContext,
  scope: Scope,
  recent: AnalysedNote[],
  weekIds: Set<string>,
  p: Params,
): Measure {
  const weekStart = ctx.week.start.toISODate() ?? "";
  const liveFrom = ctx.week.start.minus({ weeks: p.liveWeeks - 1 }).toISODate() ?? "";
  const actions = recent.filter((n) => weekIds.has(n.id)).flatMap((n) => n.extracted.map((x) => ({ n, x })));
  // A line that closes an action ("Envoyer le devis : fait") is not an action left without owner.
  const weekActions = actions.filter(({ x }) => x.kind === "action" && !x.done);
  const stalledFrom = ctx.week.start.minus({ weeks: p.stalledWeeks - 1 }).toISODate() ?? "";
  const pool = recent.filter((n) => n.date >= stalledFrom);
  const stalled = pool.flatMap((n) => n.extracted.filter((x) => x.stalled).map(() => n));
  const unassigned = weekActions.filter(({ x }) => !x.owner || !x.due);
  const overdue = overdueActions(recent, weekStart, p.sameActionOverlap);
  const topics = recurringTopics(recent, liveFrom, p);
  const members = membersOf(ctx, scope);
  return {
    signal: "action_followthrough",
    scope,
    value: recent.length ? unassigned.length + overdue.length + stalled.length + topics.length : null,
    unit: UNIT,
    figures: {
      actions: weekActions.length,
      unassigned: unassigned.length,
      unassignedShare: weekActions.length ? round2(unassigned.length / weekActions.length) : 0,
      overdue: overdue.length,
      stalled: stalled.length,
      stalledPool: pool.length,
      recurring: topics.length,
      coverage: new Set(recent.map((n) => DateTime.fromISO(n.date).toFormat("kkkk-WW"))).size,
      [ACTIVE_SHARE]: activeShare(ctx.meetings, members),
    },
    evidence: evidenceOf(
      ctx,
      [...new Set([...stalled, ...overdue])],
      topics,
      unassigned.map(({ n }) => n),
    ),
  };
}

/** Overdue first (the most concrete), then recurring topics, then this week's unassigned actions. */
function evidenceOf(
  ctx: WeekContext,
  overdue: AnalysedNote[],
  topics: AnalysedNote[][],
  unassigned: AnalysedNote[],
): Evidence[] {
  const l = ctx.locale;
  const out = new Map<string, Evidence>();
  const add = (n: AnalysedNote, why: string) => {
    if (!out.has(n.id)) out.set(n.id, noteEvidence(n, why));
  };
  for (const n of overdue) add(n, msg(l, "finding.action_followthrough.whyOverdue"));
  for (const t of topics) {
    const why = msg(l, "finding.action_followthrough.whyRecurringTopic", { k: t.length });
    for (const n of t.slice(0, 2)) add(n, why);
  }
  for (const n of unassigned) add(n, msg(l, "finding.action_followthrough.whyUnassigned"));
  return [...out.values()].slice(0, MAX_EVIDENCE);
}

interface Part {
  value: number;
  key: string;
  watch: number;
  alert: number;
  minDelta: number;
  floor: number;
  alertMin: number;
}

function parts(m: Measure, p: Params): Part[] {
  const f = m.figures;
  const out: Part[] = [
    {
      value: f.overdue ?? 0,
      key: "overdue",
      watch: p.overdueWatch,
      alert: p.overdueAlert,
      minDelta: p.overdueMinDelta,
      floor: p.overdueFloor,
      alertMin: p.alertMinOverdue,
    },
    {
      value: f.stalled ?? 0,
      key: "stalled",
      watch: p.stalledWatch,
      alert: p.stalledAlert,
      minDelta: p.stalledMinDelta,
      floor: p.stalledFloor,
      // Scaled by the notes read: four stalled lines in two team notes are a pattern, in
      // forty notes of a whole company they are ordinary life.
      alertMin: Math.max(p.alertMinStalled, p.stalledPerNoteAlert * (f.stalledPool ?? 0)),
    },
    {
      value: f.recurring ?? 0,
      key: "recurring",
      watch: p.recurringWatch,
      alert: p.recurringAlert,
      minDelta: p.recurringMinDelta,
      floor: p.recurringFloor,
      alertMin: p.alertMinRecurring,
    },
  ];
  // Unassigned share is read in points (floor 1), and only on a week with enough actions.
  if ((f.actions ?? 0) >= p.minActions) {
    const alertMin = (f.actions ?? 0) >= p.alertMinActions ? 0 : Number.POSITIVE_INFINITY;
    out.push({
      value: f.unassignedShare ?? 0,
      key: "unassignedShare",
      watch: p.unassignedWatch,
      alert: p.unassignedAlert,
      minDelta: p.unassignedWatch,
      floor: 1,
      alertMin,
    });
  }
  return out;
}

/** Baseline weeks whose notes cover as many weeks as this one: the first weeks of data see less. */
function comparable(m: Measure, before: readonly Measure[]): Measure[] {
  const cover = m.figures.coverage ?? 0;
  return typicalWeeks(before).filter((u) => (u.figures.coverage ?? 0) >= cover - 1);
}

function rawStatus(m: Measure, before: readonly Measure[], p: Params, ctx: WeekContext) {
  const usual = comparable(m, before);
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  let status: Status = "ok";
  let score = 100;
  let flagged = 0;
  for (const part of parts(m, p)) {
    const share = part.key === "unassignedShare";
    const history = usual.filter((u) => !share || (u.figures.actions ?? 0) > 0);
    const baseline = history.map((u) => u.figures[part.key] ?? 0);
    const j = judgeChange({ ...part, baseline, direction: "up", sensitivity: ctx.tenant.sensitivity });
    const base = j.baseline ?? 0;
    const sd = share ? shareNoise(base, m.figures.actions ?? 0) : countNoise(base);
    let s = beyondNoise(j.status, part.value - base, sd, f);
    if (s === "alert" && part.value < part.alertMin / f) s = "watch";
    status = worst(status, s);
    flagged += s === "ok" ? 0 : 1;
    score = Math.min(score, s === "ok" ? 100 : j.score);
  }
  // Follow-through loss is a pattern: one indicator alone (a stock of stale actions that
  // lingers for weeks, one sloppy note-taker) is a watch; an alert needs two of the three.
  if (status === "alert" && flagged < 2) status = "watch";
  const insufficient = baselineValues(usual).length < 3 || m.value === null;
  return { status: insufficient ? ("ok" as Status) : status, score: insufficient ? 100 : score };
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...ACTION_FOLLOWTHROUGH_DEFAULTS, ...params } as Params;
  const usual = comparable(current, baseline);
  const base = judgeChange({
    value: current.value ?? 0,
    baseline: baselineValues(usual),
    direction: "up",
    watch: 1,
    alert: 1,
    minDelta: 1,
  });
  const r = rawStatus(current, baseline, p, ctx);
  let status = r.status;
  const confirmed = previousWeekFlagged(
    baseline,
    (prev, before) => rawStatus(prev, before, p, ctx).status !== "ok",
  );
  if (status === "alert" && !confirmed) status = "watch";
  // Read from fewer than 3 notes in two weeks, the pattern may be one note-taker's habit.
  if (status === "alert" && (current.figures.stalledPool ?? 0) < p.alertMinNotes) status = "watch";
  status = capForHoliday(status, isHolidayLike(current, baseline));
  const f = current.figures;
  const facts = {
    scope: current.scope,
    unassigned: f.unassigned ?? 0,
    actions: f.actions ?? 0,
    overdue: f.overdue ?? 0,
    recurring: f.recurring ?? 0,
  };
  return {
    signal: "action_followthrough",
    scope: current.scope,
    status,
    score: bandScore(r.score, status),
    value: current.value,
    baseline: base.baseline,
    unit: UNIT,
    insufficientHistory: base.insufficientHistory,
    summary: summaryOf(ctx, current, base.insufficientHistory ? null : base.baseline, usual.length),
    action: actionFollowthroughAction(ctx, facts),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      actions: facts.actions,
      unassigned: facts.unassigned,
      unassignedShare: f.unassignedShare ?? 0,
      overdue: facts.overdue,
      stalled: f.stalled ?? 0,
      recurring: facts.recurring,
    },
  };
}

function summaryOf(ctx: WeekContext, m: Measure, base: number | null, weeks: number): string {
  const l = ctx.locale;
  const who = scopeLabel(l, m.scope);
  if (m.value === null) {
    return msg(l, "finding.action_followthrough.summaryNoNotes", { who });
  }
  const f = m.figures;
  const vars = {
    capWho: capital(who),
    a: f.unassigned ?? 0,
    n: f.actions ?? 0,
    o: f.overdue ?? 0,
    r: f.recurring ?? 0,
    b: round2(base ?? 0),
    h: insufficientHistoryText(l, weeks),
  };
  const facts = "finding.action_followthrough.summaryFacts";
  const text = msg(l, facts, vars);
  if (base === null) return `${vars.h}. ${text}.`;
  return `${text} (${msg(l, "finding.action_followthrough.summaryUsual", vars)}).`;
}
