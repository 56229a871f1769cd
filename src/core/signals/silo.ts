/**
 * `silo`: teams stop meeting each other. Measures the share of meeting time (person-hours of
 * counted meetings) spent in meetings where people of two or more departments are present, and
 * the person-hours each pair of teams spends together (`pair:A|B`), then compares the week with
 * the scope's usual weeks: a falling cross-team share, or pairs that used to meet almost every
 * week and did not, are the weak signal.
 */
import { andList, msg, pct, scopeLabel } from "../i18n.js";
import {
  ACTIVE_SHARE,
  activeShare,
  baselineValues,
  capForHoliday,
  insufficientHistoryText,
  isHolidayLike,
  typicalWeeks,
} from "./baseline.js";
import { eventEvidence, MAX_EVIDENCE } from "./evidence.js";
import { bandScore, judgeChange, SENSITIVITY_FACTOR, worst } from "./judge.js";
import { capital, previousWeekFlagged, round2 } from "./noise.js";
import { siloAction } from "./playbook-alignment.js";
import { membersOf, scopesOf, showable } from "./scopes.js";
import type {
  DetectorParams,
  EvaluateInput,
  Finding,
  Measure,
  Scope,
  Status,
  WeekContext,
  WeekMeeting,
} from "./types.js";
import { type Detector, ORG } from "./types.js";

export const SILO_DEFAULTS = {
  /** −35 % of the usual cross-team share: a third of the time spent with other teams is gone. */
  watchDrop: 0.35,
  /**
   * −70 %: more than two thirds of it gone. A small team's cross-team time is lumpy (one
   * cancelled joint workshop can halve a week's share); a silo is when it nearly disappears.
   */
  alertDrop: 0.7,
  /** Below 10 points of share nothing is flagged: one cross-team meeting more or less is noise. */
  minDeltaShare: 0.1,
  /** Denominator floor: a scope that barely met other teams (< 10 %) cannot "drop" by 80 %. */
  shareFloor: 0.1,
  /** An alert needs 20 person-hours of meetings in the week: five people meeting 4 h each. */
  alertMinHours: 20,
  /** A pair is "regular" when it met in at least 75 % of the usual weeks (6 of 8). */
  regularPairShare: 0.75,
  /** …and spent at least 2 person-hours together in a typical week (one real meeting). */
  minPairHours: 2,
} satisfies DetectorParams;

type SiloParams = typeof SILO_DEFAULTS;
const UNIT = "share";
const PAIR = "pair:";

export const silo: Detector = { id: "silo", defaults: SILO_DEFAULTS, measure, evaluate };

interface Tally {
  total: number;
  cross: number;
  pairs: Map<string, number>;
}

function measure(ctx: WeekContext): Measure[] {
  const counted = ctx.meetings.filter((m) => m.counted && m.present.length > 0);
  const byPerson = new Map<string, WeekMeeting[]>();
  for (const m of counted) {
    for (const p of m.present) {
      const mine = byPerson.get(p);
      if (mine) mine.push(m);
      else byPerson.set(p, [m]);
    }
  }
  const position = new Map(counted.map((m, i) => [m, i]));
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const members = scope === ORG ? null : new Set(ctx.teams.find((t) => t.scope === scope)?.members ?? []);
    // A team's figures come from the meetings its members attended, in the week's order.
    const own = members ? attendedBy(members, byPerson, position) : counted;
    const tally = tallyOf(ctx, own, members, scope);
    if (scope !== ORG && tally.total === 0) continue;
    const everyone = membersOf(ctx, scope);
    const figures: Record<string, number> = {
      totalHours: round2(tally.total),
      crossHours: round2(tally.cross),
      [ACTIVE_SHARE]: activeShare(counted, everyone),
    };
    for (const [pair, h] of tally.pairs) figures[`${PAIR}${pair}`] = round2(h);
    out.push({
      signal: "silo",
      scope,
      value: tally.total > 0 ? round2(tally.cross / tally.total) : null,
      unit: UNIT,
      figures,
      evidence: inwardEvidence(ctx, own, members),
    });
  }
  return out;
}

function attendedBy(
  members: ReadonlySet<string>,
  byPerson: ReadonlyMap<string, WeekMeeting[]>,
  position: ReadonlyMap<WeekMeeting, number>,
): WeekMeeting[] {
  const seen = new Set<WeekMeeting>();
  for (const p of members) for (const m of byPerson.get(p) ?? []) seen.add(m);
  return [...seen].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** Per meeting, read once whatever the scope asking. */
const departmentsOf = new WeakMap<WeekMeeting, Set<string>>();
const shownTeamsOf = new WeakMap<WeekMeeting, string[]>();

/** Departments present (raw, so that a small folded team still makes a meeting cross-team). */
function departments(ctx: WeekContext, m: WeekMeeting): Set<string> {
  let out = departmentsOf.get(m);
  if (!out) {
    out = new Set(m.present.map((e) => ctx.departmentOf(e)).filter((d): d is string => d !== null));
    departmentsOf.set(m, out);
  }
  return out;
}

/** Shown teams present: pairs are named by teams large enough to be a scope, never smaller. */
function shownTeams(ctx: WeekContext, m: WeekMeeting): string[] {
  let out = shownTeamsOf.get(m);
  if (!out) {
    const names = m.present.map((e) => ctx.teamScopeOf(e)).filter((s): s is Scope => s !== null);
    out = [...new Set(names)].map((s) => s.slice("team:".length)).sort();
    shownTeamsOf.set(m, out);
  }
  return out;
}

function tallyOf(
  ctx: WeekContext,
  meetings: WeekMeeting[],
  members: Set<string> | null,
  scope: Scope,
): Tally {
  const tally: Tally = { total: 0, cross: 0, pairs: new Map() };
  const team = scope === ORG ? null : scope.slice("team:".length);
  for (const m of meetings) {
    const mine = members ? m.present.filter((p) => members.has(p)).length : m.present.length;
    if (mine === 0) continue;
    const hours = mine * m.hoursInWeek;
    tally.total += hours;
    if (departments(ctx, m).size >= 2) tally.cross += hours;
    const teams = shownTeams(ctx, m);
    for (let i = 0; i < teams.length; i++) {
      for (let j = i + 1; j < teams.length; j++) {
        const a = teams[i] as string;
        const b = teams[j] as string;
        if (team && a !== team && b !== team) continue;
        const key = `${a}|${b}`;
        tally.pairs.set(key, (tally.pairs.get(key) ?? 0) + m.present.length * m.hoursInWeek);
      }
    }
  }
  return tally;
}

/** Where the scope's time went instead: its largest single-department meetings. */
function inwardEvidence(ctx: WeekContext, meetings: WeekMeeting[], members: Set<string> | null) {
  const why = "finding.silo.whyInward";
  return meetings
    .filter((m) => showable(m) && departments(ctx, m).size === 1)
    .filter((m) => !members || m.present.some((p) => members.has(p)))
    .sort((a, b) => b.present.length * b.hoursInWeek - a.present.length * a.hoursInWeek)
    .slice(0, MAX_EVIDENCE)
    .map((m) => eventEvidence(m, msg(ctx.locale, why)));
}

/** Pairs that met in most usual weeks (with real time together) and not at all this week. */
/** Pairs that met in most usual weeks (with real time together) and not at all this week. */
export function stoppedPairs(current: Measure, usual: readonly Measure[], p: SiloParams): string[] {
  return regularPairs(usual, p)
    .filter(([key]) => !(current.figures[key] ?? 0))
    .map(([key]) => key.slice(PAIR.length))
    .sort();
}

/** Regular pairs of the usual weeks, with their typical person-hours together. */
function regularPairs(usual: readonly Measure[], p: SiloParams): [string, number][] {
  const names = new Set(usual.flatMap((m) => Object.keys(m.figures).filter((k) => k.startsWith(PAIR))));
  const out: [string, number][] = [];
  for (const key of names) {
    const met = usual
      .map((m) => m.figures[key] ?? 0)
      .filter((h) => h > 0)
      .sort((a, b) => a - b);
    const typical = met[Math.floor(met.length / 2)] ?? 0;
    if (met.length >= p.regularPairShare * usual.length && typical >= p.minPairHours)
      out.push([key, typical]);
  }
  return out;
}

/**
 * Share of a scope's regular pairs whose time together fell by half or more. A team that
 * closes itself off loses most of its interfaces; a team that only lost the one with a
 * siloing neighbour keeps the others (that is the neighbour's silo, named by the pair).
 */
function pairsDownShare(current: Measure, usual: readonly Measure[], p: SiloParams): number {
  const regular = regularPairs(usual, p);
  if (regular.length === 0) return 1;
  return (
    regular.filter(([key, typical]) => (current.figures[key] ?? 0) <= typical / 2).length / regular.length
  );
}

function judgeShare(value: number, baseline: readonly Measure[], p: SiloParams, ctx: WeekContext) {
  return judgeChange({
    value,
    baseline: baselineValues(baseline),
    direction: "down",
    watch: p.watchDrop,
    alert: p.alertDrop,
    minDelta: p.minDeltaShare,
    floor: p.shareFloor,
    sensitivity: ctx.tenant.sensitivity,
  });
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...SILO_DEFAULTS, ...params } as SiloParams;
  const usual = typicalWeeks(baseline);
  const share = judgeShare(current.value ?? 0, usual, p, ctx);
  const quiet = current.value === null || share.insufficientHistory;
  const holiday = isHolidayLike(current, baseline);
  // In a holiday week pairs miss each other because people are away: pairs are not judged.
  const stopped = quiet || holiday ? [] : stoppedPairs(current, usual, p);
  const status = quiet
    ? "ok"
    : statusOf(share.status, stopped.length, { current, baseline, ctx, params }, holiday);
  const base = share.baseline;
  return {
    signal: "silo",
    scope: current.scope,
    status,
    score: quiet ? 100 : bandScore(share.score, status),
    value: current.value,
    baseline: base,
    unit: UNIT,
    insufficientHistory: share.insufficientHistory,
    summary: summaryOf(ctx, current, share.insufficientHistory ? null : base, usual.length, stopped),
    action: siloAction(ctx, {
      scope: current.scope,
      share: current.value ?? 0,
      baseline: base ?? 0,
      stopped,
    }),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      crossHours: current.figures.crossHours ?? 0,
      totalHours: current.figures.totalHours ?? 0,
      stoppedPairs: stopped.length,
      shareChange: round2(share.change),
    },
  };
}

function statusOf(shareStatus: Status, stopped: number, input: EvaluateInput, holiday: boolean): Status {
  const { current, ctx } = input;
  const p = { ...SILO_DEFAULTS, ...input.params } as SiloParams;
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  // Stopped pairs make a watch, never an alert alone: one interface skipping a week is common.
  let status = worst(shareStatus, stopped > 0 ? "watch" : "ok");
  // A small week cannot carry an alert: a few meetings moved say nothing about habits.
  if (status === "alert" && (current.figures.totalHours ?? 0) < p.alertMinHours / f) status = "watch";
  const broad = current.scope === ORG || pairsDownShare(current, typicalWeeks(input.baseline), p) >= 0.5;
  if (status === "alert" && !broad) status = "watch";
  // Calendars are lumpy: an alert is a drop the week before already showed, at least as a watch.
  const flaggedBefore = (prev: Measure, before: Measure[]) => {
    const usual = typicalWeeks(before);
    const judged = judgeShare(prev.value ?? 0, usual, p, ctx);
    return prev.value !== null && (judged.status !== "ok" || stoppedPairs(prev, usual, p).length > 0);
  };
  if (status === "alert" && !previousWeekFlagged(input.baseline, flaggedBefore)) status = "watch";
  return capForHoliday(status, holiday);
}

function summaryOf(
  ctx: WeekContext,
  m: Measure,
  base: number | null,
  weeks: number,
  stopped: string[],
): string {
  const l = ctx.locale;
  const who = scopeLabel(l, m.scope);
  if (m.value === null) {
    return msg(l, "finding.silo.summaryNone", { who });
  }
  const vars = { who, capWho: capital(who), v: pct(l, m.value), b: pct(l, base ?? 0), h: "", pairs: "" };
  if (base === null) {
    vars.h = insufficientHistoryText(l, weeks);
    const text = "finding.silo.summaryNoHistory";
    return msg(l, text, vars);
  }
  vars.pairs = stopped.map((s) => andList(l, s.split("|"))).join(", ");
  const text = stopped.length ? "finding.silo.summaryStopped" : "finding.silo.summary";
  return msg(l, text, vars);
}
