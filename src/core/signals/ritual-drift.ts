/**
 * `ritual_drift`: rituals skipped, irregular or held without agenda. For each configured
 * ritual, occurrences held in a window matching its cadence are compared with what the
 * scope's usual weeks show in windows of the same length; held occurrences without agenda
 * are compared with their usual share.
 */

import { msg, pct, scopeLabel } from "../i18n.js";
import type { Cadence, RitualConfig } from "../model.js";
import {
  ACTIVE_SHARE,
  activeShare,
  baselineValues,
  capForHoliday,
  insufficientHistoryText,
  isHolidayLike,
  typicalWeeks,
} from "./baseline.js";
import { companyDaysOff } from "./days-off.js";
import { eventEvidence, MAX_EVIDENCE } from "./evidence.js";
import { judgeChange, MIN_BASELINE_WEEKS, median, SENSITIVITY_FACTOR, scoreFrom, worst } from "./judge.js";
import { ritualDriftAction } from "./playbook-rituals.js";
import { meetingsInScope, membersOf, scopesOf, showable } from "./scopes.js";
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

export const RITUAL_DRIFT_DEFAULTS = {
  /** Watch when 30 % of a ritual's usual occurrences in its window did not take place… */
  missedWatch: 0.3,
  /**
   * …and at least 2 are missing (or all of them, for a ritual expected once in its window, such
   * as a monthly review): one cancelled weekly occurrence is ordinary life, not drift.
   */
  watchMinMissed: 2,
  /** Alert when most (60 %) of them did not take place… */
  missedAlert: 0.6,
  /**
   * …and at least 3 occurrences are missing: one or two skipped meetings (a holiday, a
   * clash) are ordinary life; three weekly committees in a row are a ritual dying.
   */
  alertMinMissed: 3,
  /** Share of held steering occurrences without agenda, absolute rise vs usual: +30 points is a watch. */
  agendaWatch: 0.3,
  /**
   * +50 points (half the meetings suddenly unprepared) is the strongest agenda finding, yet
   * only a watch: a missing agenda degrades a ritual, it does not stop it, and agendas often
   * live outside the invitation (a shared doc, the previous notes).
   */
  agendaAlert: 0.5,
} satisfies DetectorParams;

/**
 * Weeks looked at together per cadence: two weeks for daily rituals (ten occurrences), three
 * for weekly ones (one odd week is noise), four for biweekly (two occurrences), five for monthly (one occurrence, months
 * being 4–5 weeks). Quarterly rituals do not fit in a baseline and are only reported.
 */
export const CADENCE_WINDOW_WEEKS: Record<Cadence, number | null> = {
  daily: 2,
  weekly: 3,
  biweekly: 4,
  monthly: 5,
  quarterly: null,
};

/** Rituals expected to decide and to have an agenda: all but daily check-ins. */
export function isSteering(r: RitualConfig): boolean {
  return r.cadence !== "daily";
}

/**
 * The ritual of each meeting of the week. A cancelled instance of a recurring series may
 * come without its title: it takes the ritual of its series' other instances.
 */
export function ritualResolver(ctx: WeekContext): (m: WeekMeeting) => string | null {
  let resolve = resolvers.get(ctx);
  if (!resolve) {
    const bySeries = new Map<string, string>();
    for (const m of ctx.meetings)
      if (m.ritualId && m.recurringEventId) bySeries.set(m.recurringEventId, m.ritualId);
    resolve = (m) => m.ritualId ?? (m.recurringEventId ? (bySeries.get(m.recurringEventId) ?? null) : null);
    resolvers.set(ctx, resolve);
  }
  return resolve;
}

/** One resolver per week context: its series map is read once, not per scope and detector. */
const resolvers = new WeakMap<WeekContext, (m: WeekMeeting) => string | null>();

export function isHeld(m: WeekMeeting): boolean {
  return m.status !== "cancelled" && m.available.length >= Math.min(2, m.internal.length);
}

const FIGURES = ["expected", "held", "cancelled", "withNotes", "withDecisions", "withoutAgenda"] as const;

/**
 * The report's ritual table for one week and scope: `ritual:<id>:expected|held|cancelled|
 * withNotes|withDecisions|withoutAgenda`. `expected` is what the week alone shows: for daily
 * and weekly rituals, each series (or team) seen this week times its cadence; for slower
 * ones, the occurrences that were planned this week (held or cancelled).
 */
export function ritualWeekFigures(ctx: WeekContext, scope: Scope = ORG): Record<string, number> {
  const ritualOf = ritualResolver(ctx);
  // Public holidays are no day for a daily ritual (days-off.ts).
  const days = Math.max(1, ctx.tenant.workweek.days.length - companyDaysOff(ctx));
  const out: Record<string, number> = {};
  for (const r of ctx.tenant.rituals) {
    const ms = meetingsInScope(ctx, scope).filter((m) => ritualOf(m) === r.id);
    const held = ms.filter(isHeld);
    const groups = new Set(ms.map((m) => m.recurringEventId ?? m.title.toLowerCase())).size;
    const nominal = r.cadence === "daily" ? groups * days : r.cadence === "weekly" ? groups : 0;
    const cancelled = ms.filter((m) => m.status === "cancelled").length;
    const values = {
      expected: Math.max(nominal, held.length + cancelled),
      held: held.length,
      cancelled,
      withNotes: held.filter((m) => m.notes.length > 0).length,
      withDecisions: held.filter((m) => m.notes.some((n) => n.extracted.some((l) => l.kind === "decision")))
        .length,
      withoutAgenda: held.filter((m) => !m.hasAgenda).length,
    };
    for (const k of FIGURES) out[`ritual:${r.id}:${k}`] = values[k];
  }
  return out;
}

export const ritualDrift: Detector = {
  id: "ritual_drift",
  defaults: RITUAL_DRIFT_DEFAULTS,
  measure,
  evaluate,
};

const UNIT = "occurrences/week";

function measure(ctx: WeekContext): Measure[] {
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const active = activeShare(ctx.meetings, membersOf(ctx, scope));
    if (scope !== ORG && active === 0) continue;
    const figures = ritualWeekFigures(ctx, scope);
    const steering = ctx.tenant.rituals.filter(isSteering);
    const sum = (rs: RitualConfig[], k: string) =>
      rs.reduce((a, r) => a + (figures[`ritual:${r.id}:${k}`] ?? 0), 0);
    out.push({
      signal: "ritual_drift",
      scope,
      value: sum(ctx.tenant.rituals, "held"),
      unit: UNIT,
      figures: {
        ...figures,
        steeringHeld: sum(steering, "held"),
        steeringWithoutAgenda: sum(steering, "withoutAgenda"),
        [ACTIVE_SHARE]: active,
      },
      evidence: driftEvidence(ctx, scope),
    });
  }
  return out;
}

function driftEvidence(ctx: WeekContext, scope: Scope): Evidence[] {
  const ritualOf = ritualResolver(ctx);
  const byId = new Map(ctx.tenant.rituals.map((r) => [r.id, r]));
  const items: { e: Evidence; rank: number }[] = [];
  for (const m of meetingsInScope(ctx, scope)) {
    const r = byId.get(ritualOf(m) ?? "");
    if (!r || !showable(m)) continue;
    if (m.status === "cancelled") {
      const why = msg(ctx.locale, "finding.ritual_drift.whyCancelled", { r: r.name });
      items.push({ e: eventEvidence(m, why), rank: 0 });
    } else if (isHeld(m) && !m.hasAgenda && isSteering(r)) {
      const why = msg(ctx.locale, "finding.ritual_drift.whyNoAgenda", { r: r.name });
      items.push({ e: eventEvidence(m, why), rank: 1 });
    }
  }
  // Cancellations first: a ritual that did not happen says more than one held unprepared.
  return items.sort((a, b) => a.rank - b.rank).map((i) => i.e);
}

interface RitualVerdict {
  ritual: RitualConfig;
  status: Status;
  held: number;
  expected: number;
  share: number;
}

/** Held vs usual occurrences of one ritual over its cadence window. */
function judgeRitual(
  r: RitualConfig,
  current: Measure,
  usual: Measure[],
  p: typeof RITUAL_DRIFT_DEFAULTS,
  f: number,
): RitualVerdict | null {
  const w = CADENCE_WINDOW_WEEKS[r.cadence];
  if (w === null || usual.length < w + 1) return null;
  const held = (m: Measure) => m.figures[`ritual:${r.id}:held`] ?? 0;
  const sums: number[] = [];
  for (let i = 0; i + w <= usual.length; i++)
    sums.push(usual.slice(i, i + w).reduce((a, m) => a + held(m), 0));
  const expected = median(sums) ?? 0;
  if (expected < 1) return null;
  const heldW = held(current) + usual.slice(0, w - 1).reduce((a, m) => a + held(m), 0);
  const missed = Math.max(0, expected - heldW);
  const share = missed / expected;
  const status: Status =
    share >= p.missedAlert / f && missed >= p.alertMinMissed / f
      ? "alert"
      : share >= p.missedWatch / f && missed >= Math.min(p.watchMinMissed, expected) / f
        ? "watch"
        : "ok";
  return { ritual: r, status, held: heldW, expected: Math.round(expected * 10) / 10, share };
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...RITUAL_DRIFT_DEFAULTS, ...params };
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  const usual = typicalWeeks(baseline);
  const usualValues = baselineValues(usual);
  const insufficient =
    baselineValues(baseline).length < MIN_BASELINE_WEEKS || usualValues.length < MIN_BASELINE_WEEKS;
  const verdicts = ctx.tenant.rituals
    .map((r) => judgeRitual(r, current, usual, p, f))
    .filter((v): v is RitualVerdict => v !== null)
    .sort((a, b) => b.share - a.share);
  const agenda = judgeAgenda(current, usual, p, ctx);
  let status: Status = verdicts.reduce<Status>((s, v) => worst(s, v.status), agenda.status);
  status = capForHoliday(status, isHolidayLike(current, baseline));
  if (insufficient) status = "ok";
  const top = verdicts[0];
  const badness = Math.max(top ? top.share / p.missedAlert : 0, agenda.change / p.agendaAlert);
  const withoutAgenda = current.figures.steeringWithoutAgenda ?? 0;
  return {
    signal: "ritual_drift",
    scope: current.scope,
    status,
    score: insufficient ? 100 : scoreFrom(badness, 1, status),
    value: current.value,
    baseline: median(usualValues),
    unit: UNIT,
    insufficientHistory: insufficient,
    summary: summary(ctx, current, top, withoutAgenda, insufficient ? usual.length : null),
    action: ritualDriftAction(ctx.locale, {
      scope: current.scope,
      ...actionFocus(ctx, current, top),
      withoutAgenda,
    }),
    evidence: orderEvidence(current.evidence, top?.ritual).slice(0, MAX_EVIDENCE),
    details: {
      missedShare: Math.round((top?.share ?? 0) * 100) / 100,
      heldInWindow: top?.held ?? 0,
      expectedInWindow: top?.expected ?? 0,
      withoutAgenda,
      agendaShareChange: Math.round(agenda.change * 100) / 100,
    },
  };
}

/** The ritual the action names: the most missed one, else the one most often held without agenda. */
function actionFocus(ctx: WeekContext, current: Measure, top: RitualVerdict | undefined) {
  if (top && top.share > 0) return { ritual: top.ritual.name, held: top.held, expected: top.expected };
  const fig = (r: RitualConfig, k: string) => current.figures[`ritual:${r.id}:${k}`] ?? 0;
  const r = [...ctx.tenant.rituals].sort((a, b) => fig(b, "withoutAgenda") - fig(a, "withoutAgenda"))[0];
  return { ritual: r?.name ?? "", held: r ? fig(r, "held") : 0, expected: r ? fig(r, "expected") : 0 };
}

/** Share of held steering occurrences without agenda, vs the usual share (absolute change). */
function judgeAgenda(current: Measure, usual: Measure[], p: typeof RITUAL_DRIFT_DEFAULTS, ctx: WeekContext) {
  const share = (m: Measure) => {
    const n = m.figures.steeringHeld ?? 0;
    return n > 0 ? (m.figures.steeringWithoutAgenda ?? 0) / n : null;
  };
  const value = share(current);
  if (value === null) return { status: "ok" as Status, change: 0 };
  const j = judgeChange({
    value,
    baseline: usual.map(share).filter((v): v is number => v !== null),
    direction: "up",
    watch: p.agendaWatch,
    alert: p.agendaAlert,
    minDelta: p.agendaWatch,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  const status: Status = j.status === "ok" ? "ok" : "watch";
  return { status, change: j.change };
}

function orderEvidence(evidence: Evidence[], top: RitualConfig | undefined): Evidence[] {
  if (!top) return evidence;
  const mine = (e: Evidence) => (e.why ?? "").startsWith(top.name);
  return [...evidence.filter(mine), ...evidence.filter((e) => !mine(e))];
}

function summary(
  ctx: WeekContext,
  current: Measure,
  top: RitualVerdict | undefined,
  noAgenda: number,
  usualWeeks: number | null,
): string {
  const who = scopeLabel(ctx.locale, current.scope);
  const vars = { who, n: current.value ?? 0 };
  if (usualWeeks !== null) {
    const text = "finding.ritual_drift.summaryNoHistory";
    return msg(ctx.locale, text, { ...vars, h: insufficientHistoryText(ctx.locale, usualWeeks) });
  }
  const agenda = noAgenda ? msg(ctx.locale, "finding.ritual_drift.summaryAgenda", { a: noAgenda }) : "";
  if (!top || top.share === 0) {
    const text = "finding.ritual_drift.summaryAsUsual";
    return msg(ctx.locale, text, { ...vars, agenda });
  }
  const weeks = CADENCE_WINDOW_WEEKS[top.ritual.cadence] ?? 1;
  const text = "finding.ritual_drift.summary";
  const rv = {
    r: top.ritual.name,
    held: top.held,
    exp: top.expected,
    w: weeks,
    miss: pct(ctx.locale, top.share),
  };
  return msg(ctx.locale, text, { ...vars, ...rv, agenda });
}
