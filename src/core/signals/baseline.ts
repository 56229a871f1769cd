/**
 * What every detector needs to read its baseline: the weeks that count (holiday-like weeks
 * left out) and the wording when there are too few of them.
 */
import { msg } from "../i18n.js";
import type { Locale } from "../model.js";
import { bandScore, type Judgement, judgeChange, MIN_BASELINE_WEEKS, SENSITIVITY_FACTOR } from "./judge.js";
import type { Measure, Status, WeekContext, WeekMeeting } from "./types.js";

/** Baseline values that exist (weeks with nothing to measure carry null). */
export function baselineValues(baseline: readonly Measure[]): number[] {
  return baseline.map((m) => m.value).filter((v): v is number => v !== null);
}

/** Prefix of the summary when the signal cannot judge yet. */
export function insufficientHistoryText(locale: Locale, weeks: number): string {
  return msg(locale, "finding.insufficientHistory", { n: weeks, min: MIN_BASELINE_WEEKS });
}

/**
 * Holiday weeks: a week where the share of the scope's people who met at all is below 70 %
 * of a typical week's (upper quartile of the baseline, so that several holiday weeks in a
 * row do not lower the reference). Such weeks say nothing about habits: they are left out of
 * baselines, and in the analysed week they cannot raise more than a `watch`.
 */
export const HOLIDAY_ACTIVITY_RATIO = 0.7;

/** Figure every measure of these five signals carries, for holiday detection. */
export const ACTIVE_SHARE = "activeShare";

/** Who was present in a counted meeting, per list of meetings (every scope asks about the week's). */
const metIn = new WeakMap<readonly WeekMeeting[], Set<string>>();

/** Share of `members` present in at least one counted meeting of the week. */
export function activeShare(meetings: readonly WeekMeeting[], members: readonly string[]): number {
  if (members.length === 0) return 0;
  let met = metIn.get(meetings);
  if (!met) {
    met = new Set<string>();
    for (const m of meetings) if (m.counted) for (const p of m.available) met.add(p);
    metIn.set(meetings, met);
  }
  const present = met;
  return members.filter((p) => present.has(p)).length / members.length;
}

function typicalActivity(baseline: readonly Measure[]): number | null {
  const xs = baseline
    .map((m) => m.figures[ACTIVE_SHARE])
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  return xs[Math.floor((xs.length * 3) / 4)] ?? null;
}

export function isHolidayLike(m: Measure, baseline: readonly Measure[]): boolean {
  const typical = typicalActivity(baseline);
  const share = m.figures[ACTIVE_SHARE];
  return typical !== null && share !== undefined && share < HOLIDAY_ACTIVITY_RATIO * typical;
}

/** The baseline without its holiday-like weeks. */
export function typicalWeeks(baseline: readonly Measure[]): Measure[] {
  return baseline.filter((m) => !isHolidayLike(m, baseline));
}

/** In a holiday-like week, absences are expected: at most a `watch`. */
export function capForHoliday(status: Status, holiday: boolean): Status {
  return holiday && status === "alert" ? "watch" : status;
}

export interface RiseJudgement extends Judgement {
  /** The baseline without its holiday-like weeks. */
  usual: Measure[];
  /** The tenant's sensitivity factor: thresholds are divided by it. */
  factor: number;
}

/**
 * A share judged in points against the usual weeks (holiday-like weeks left out): the common
 * first step of the detectors that watch a rate rise (undecided rituals, declined invitations).
 */
export function judgeRise(
  current: Measure,
  baseline: readonly Measure[],
  ctx: WeekContext,
  t: { watch: number; alert: number },
): RiseJudgement {
  const usual = typicalWeeks(baseline);
  const j = judgeChange({
    value: current.value ?? 0,
    baseline: baselineValues(usual),
    direction: "up",
    watch: t.watch,
    alert: t.alert,
    minDelta: t.watch,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  return { ...j, usual, factor: SENSITIVITY_FACTOR[ctx.tenant.sensitivity] };
}

/**
 * The last steps every such detector takes: a holiday-like week raises at most a watch, a
 * week without history or value is ok, and the score stays inside its status band.
 */
export function settle(status: Status, j: Judgement, current: Measure, baseline: readonly Measure[]) {
  const insufficient = j.insufficientHistory || current.value === null;
  const final: Status = insufficient ? "ok" : capForHoliday(status, isHolidayLike(current, baseline));
  const banded = final === "ok" ? j.score : bandScore(j.score, final);
  return { status: final, insufficient, score: insufficient ? 100 : banded };
}
