/**
 * `meeting_inflation`: meetings multiply "pour la forme". Measures the meeting hours of each
 * person of a scope (counted meetings only, overlaps once) and the recurring series they
 * attend, and compares the week with the scope's usual weeks.
 */
import { personMeetingHours } from "../context.js";
import { msg, pct, scopeLabel } from "../i18n.js";
import {
  ACTIVE_SHARE,
  activeShare,
  baselineValues,
  insufficientHistoryText,
  typicalWeeks,
} from "./baseline.js";
import { eventEvidence, MAX_EVIDENCE } from "./evidence.js";
import { judgeChange, SENSITIVITY_FACTOR, worst } from "./judge.js";
import { meetingInflationAction } from "./playbook-rituals.js";
import { membersOf, scopesOf, showable } from "./scopes.js";
import {
  type Detector,
  type DetectorParams,
  type EvaluateInput,
  type Evidence,
  type Finding,
  type Measure,
  ORG,
  type Scope,
  type Status,
  type WeekContext,
  type WeekMeeting,
} from "./types.js";

export const MEETING_INFLATION_DEFAULTS = {
  /** +20 % hours per person vs the usual week: about one more hour a day for one person in two. */
  watchRatio: 0.2,
  /** +35 %: a third more of everyone's week spent in meetings, which no reorganisation of agendas explains. */
  alertRatio: 0.35,
  /** Below +1.5 h per person nothing is flagged: one more weekly meeting is ordinary life. */
  minDeltaHours: 1.5,
  /** An alert needs +3 h per person: a small team's odd long workshop stays a watch. */
  alertMinDeltaHours: 3,
  /**
   * An alert also needs meetings to multiply (+15 % meetings per person or 2 new recurring
   * series), not just lengthen: a one-day seminar adds hours but is not ritual sprawl.
   */
  alertMeetingsRatio: 0.15,
  alertNewSeries: 2,
  /** Recurring series attended +30 % and at least 3 more than usual: ritual sprawl, a watch. */
  seriesWatchRatio: 0.3,
  seriesMinDelta: 3,
} satisfies DetectorParams;

const UNIT = "h/person/week";

export const meetingInflation: Detector = {
  id: "meeting_inflation",
  defaults: MEETING_INFLATION_DEFAULTS,
  measure,
  evaluate,
};

/**
 * Occurrences of monthly and quarterly rituals are left out: they are planned, rare and
 * long, and the median of weekly baselines never contains them, so each review or seminar
 * would look like a sudden rise in the week it happens.
 */
function inflationMeetings(ctx: WeekContext): WeekMeeting[] {
  const rare = new Set(
    ctx.tenant.rituals.filter((r) => r.cadence === "monthly" || r.cadence === "quarterly").map((r) => r.id),
  );
  return ctx.meetings.filter((m) => m.counted && !(m.ritualId && rare.has(m.ritualId)));
}

function measure(ctx: WeekContext): Measure[] {
  const meetings = inflationMeetings(ctx);
  const byPerson = new Map<string, WeekMeeting[]>();
  for (const m of meetings) {
    for (const p of m.present) {
      const mine = byPerson.get(p);
      if (mine) mine.push(m);
      else byPerson.set(p, [m]);
    }
  }
  const position = new Map(meetings.map((m, i) => [m, i]));
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const members = membersOf(ctx, scope);
    const hours = members.map((p) => personMeetingHours(byPerson.get(p) ?? [], p, ctx.week));
    const total = hours.reduce((a, b) => a + b, 0);
    if (members.length === 0 || (scope !== ORG && total === 0)) continue;
    const attended =
      scope === ORG ? meetings.filter((m) => m.present.length > 0) : attendedBy(members, byPerson, position);
    out.push(scopeMeasure(ctx, attended, scope, members, total));
  }
  return out;
}

/** The meetings some of `members` attended, in the week's order, read from each person's own. */
function attendedBy(
  members: readonly string[],
  byPerson: ReadonlyMap<string, WeekMeeting[]>,
  position: ReadonlyMap<WeekMeeting, number>,
): WeekMeeting[] {
  const seen = new Set<WeekMeeting>();
  for (const p of members) for (const m of byPerson.get(p) ?? []) seen.add(m);
  return [...seen].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** `attended`: the week's meetings some member was present at. */
function scopeMeasure(
  ctx: WeekContext,
  attended: WeekMeeting[],
  scope: Scope,
  members: string[],
  totalHours: number,
): Measure {
  const memberSet = new Set(members);
  const series = [...new Set(attended.map((m) => m.recurringEventId).filter((s): s is string => s !== null))];
  const personMeetings = attended.reduce((a, m) => a + m.present.filter((p) => memberSet.has(p)).length, 0);
  const largest = attended
    .filter(showable)
    .map((m) => ({ m, ph: personHours(m, memberSet) }))
    .sort((a, b) => b.ph - a.ph)
    .slice(0, MAX_EVIDENCE)
    .map(({ m, ph }) => eventEvidence(m, largestWhy(ctx, ph)));
  return {
    signal: "meeting_inflation",
    scope,
    value: round1(totalHours / members.length),
    unit: UNIT,
    figures: {
      people: members.length,
      series: series.length,
      meetingsPerPerson: round1(personMeetings / members.length),
      [ACTIVE_SHARE]: activeShare(attended, members),
    },
    sets: { series },
    evidence: largest,
  };
}

function personHours(m: WeekMeeting, members: Set<string>): number {
  return m.present.filter((p) => members.has(p)).length * m.hoursInWeek;
}

function largestWhy(ctx: WeekContext, ph: number): string {
  return msg(ctx.locale, "finding.meeting_inflation.whyPersonHours", { n: round1(ph) });
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...MEETING_INFLATION_DEFAULTS, ...params };
  const usual = typicalWeeks(baseline);
  const value = current.value ?? 0;
  const hours = judgeChange({
    value,
    baseline: baselineValues(usual),
    direction: "up",
    watch: p.watchRatio,
    alert: p.alertRatio,
    minDelta: p.minDeltaHours,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  const newSeries = newSeriesOf(current, baseline);
  const meetingsUp = change(current, usual, "meetingsPerPerson");
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  const base = hours.baseline ?? 0;
  let status: Status = hours.status;
  const multiplied = meetingsUp >= p.alertMeetingsRatio / f || newSeries.length >= p.alertNewSeries;
  if (status === "alert" && (value - base < p.alertMinDeltaHours / f || !multiplied)) status = "watch";
  const series = judgeChange({
    value: current.figures.series ?? 0,
    baseline: usual.map((m) => m.figures.series ?? 0),
    direction: "up",
    watch: p.seriesWatchRatio,
    alert: Number.POSITIVE_INFINITY,
    minDelta: p.seriesMinDelta,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  status = worst(status, series.status);
  const score =
    status === "ok" ? hours.score : Math.min(hours.score, series.score, status === "alert" ? 40 : 70);
  const newEvidence = newSeriesEvidence(ctx, current.scope, newSeries);
  const evidence = [
    ...newEvidence,
    ...current.evidence.filter((e) => !newEvidence.some((n) => n.id === e.id)),
  ];
  return {
    signal: "meeting_inflation",
    scope: current.scope,
    status: hours.insufficientHistory ? "ok" : status,
    score: hours.insufficientHistory ? 100 : score,
    value: current.value,
    baseline: hours.baseline,
    unit: UNIT,
    insufficientHistory: hours.insufficientHistory,
    summary: summary(ctx, current, hours.insufficientHistory ? null : hours.baseline, usual.length),
    action: meetingInflationAction(ctx.locale, {
      scope: current.scope,
      hours: value,
      baseline: round1(base),
      newSeries: newEvidence.map((e) => e.title),
    }),
    evidence: evidence.slice(0, MAX_EVIDENCE),
    details: {
      series: current.figures.series ?? 0,
      newSeries: newSeries.length,
      meetingsPerPerson: current.figures.meetingsPerPerson ?? 0,
      hoursChange: Math.round(hours.change * 100) / 100,
    },
  };
}

/** Series attended this week that no baseline week shows: the new rituals. */
export function newSeriesOf(current: Measure, baseline: readonly Measure[]): string[] {
  const seen = new Set(baseline.flatMap((m) => m.sets?.series ?? []));
  return (current.sets?.series ?? []).filter((s) => !seen.has(s));
}

/** A week's showable counted meetings of each series, in the week's order, and their places. */
interface SeriesIndex {
  bySeries: Map<string, WeekMeeting[]>;
  position: Map<WeekMeeting, number>;
}
const seriesIndexes = new WeakMap<WeekContext, SeriesIndex>();

/** Built once per week: every scope's evaluation reads its new series from it, not the whole week. */
function seriesIndex(ctx: WeekContext): SeriesIndex {
  let index = seriesIndexes.get(ctx);
  if (!index) {
    index = { bySeries: new Map(), position: new Map() };
    for (const [i, m] of inflationMeetings(ctx).entries()) {
      if (!m.counted || !m.recurringEventId || !showable(m)) continue;
      const list = index.bySeries.get(m.recurringEventId);
      if (list) list.push(m);
      else index.bySeries.set(m.recurringEventId, [m]);
      index.position.set(m, i);
    }
    seriesIndexes.set(ctx, index);
  }
  return index;
}

function newSeriesEvidence(ctx: WeekContext, scope: Scope, series: string[]): Evidence[] {
  if (series.length === 0) return [];
  const members = scope === ORG ? null : new Set(ctx.teams.find((t) => t.scope === scope)?.members ?? []);
  const { bySeries, position } = seriesIndex(ctx);
  // The first meeting of each new series the scope attended, in the week's order.
  const firsts = [...new Set(series)].flatMap(
    (s) => bySeries.get(s)?.find((m) => !members || m.present.some((p) => members.has(p))) ?? [],
  );
  firsts.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const why = msg(ctx.locale, "finding.meeting_inflation.whyNewSeries");
  return firsts.map((m) => eventEvidence(m, why));
}

function change(current: Measure, usual: readonly Measure[], key: string): number {
  const xs = usual.map((m) => m.figures[key] ?? 0).sort((a, b) => a - b);
  if (xs.length === 0) return 0;
  const mid = xs[Math.floor(xs.length / 2)] ?? 0;
  return ((current.figures[key] ?? 0) - mid) / Math.max(mid, 1);
}

/** `base` null: not enough usable baseline weeks (`usualWeeks` of them). */
function summary(ctx: WeekContext, current: Measure, base: number | null, usualWeeks: number): string {
  const who = scopeLabel(ctx.locale, current.scope);
  const value = current.value ?? 0;
  if (base === null) {
    const text = "finding.meeting_inflation.summaryNoHistory";
    return msg(ctx.locale, text, {
      h: insufficientHistoryText(ctx.locale, usualWeeks),
      who: capital(who),
      v: value,
    });
  }
  const rel = base > 0 ? (value - base) / base : 0;
  const sign = rel >= 0 ? "+" : "−";
  const text = "finding.meeting_inflation.summary";
  return msg(ctx.locale, text, {
    who,
    v: value,
    b: round1(base),
    d: `${sign}${pct(ctx.locale, Math.abs(rel))}`,
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
