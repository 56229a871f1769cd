/**
 * `strategy_execution_gap`: strategy says one thing, the field does another. Measures the share
 * of the week's operational topics — lines of meeting notes, titles of counted non-ritual
 * meetings — that share words (stems) with a line of the live strategy / OKR pages, and compares
 * it with the usual week. Without any strategy page there is nothing to compare with: the org
 * measure has no value and the finding says so.
 */

import { titleStems } from "../extraction-cache.js";
import { msg, pct, scopeLabel } from "../i18n.js";
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
import { bandScore, judgeChange, median, SENSITIVITY_FACTOR } from "./judge.js";
import { beyondNoise, capital, previousWeekFlagged, round2 } from "./noise.js";
import { strategyGapAction } from "./playbook-alignment.js";
import { liveStrategyPages } from "./priority-churn.js";
import { meetingsInScope, membersOf, notesInScope, scopesOf } from "./scopes.js";
import { StrategyThemes, subjectStems } from "./strategy-themes.js";
import type {
  DetectorParams,
  EvaluateInput,
  Evidence,
  Finding,
  Measure,
  Status,
  WeekContext,
} from "./types.js";
import { type Detector, ORG } from "./types.js";

export const STRATEGY_EXECUTION_GAP_DEFAULTS = {
  /** A topic touches a theme when they share 2 stems (1 when either has a single one): "export Allemagne". */
  minShared: 2,
  /** Below 8 topics in the week a scope has no measure: a share of 3 lines means nothing. */
  minTopics: 8,
  /** −35 % of the usual overlap is a watch: a third of the link between field and strategy is gone. */
  watchDrop: 0.35,
  /** −55 %: more than half of it is gone. */
  alertDrop: 0.55,
  /** Below 2 points of share nothing is flagged, whatever the ratio; the noise test below does the rest. */
  minDeltaShare: 0.02,
  /**
   * Denominator floor of the relative drop: low, so that a company whose topics touched the
   * strategy 4 % of the time before its drift still shows the fall to zero.
   */
  shareFloor: 0.02,
  /** An alert needs 30 topics in the week: enough lines that a few routine notes cannot swing it. */
  alertMinTopics: 30,
  /**
   * Strategy pages dated within a year of the latest one are the course: the yearly strategy
   * page sets the themes, the quarter's session notes restate them; a quarter alone would drop
   * the yearly page as soon as a session is written and move every baseline with it.
   */
  strategyWindowDays: 366,
} satisfies DetectorParams;

type Params = typeof STRATEGY_EXECUTION_GAP_DEFAULTS;
const UNIT = "share";

export const strategyExecutionGap: Detector = {
  id: "strategy_execution_gap",
  defaults: STRATEGY_EXECUTION_GAP_DEFAULTS,
  measure,
  evaluate,
};

function measure(ctx: WeekContext, params: DetectorParams): Measure[] {
  const p = { ...STRATEGY_EXECUTION_GAP_DEFAULTS, ...params } as Params;
  const pages = liveStrategyPages(ctx.strategy, p.strategyWindowDays);
  const themes = new StrategyThemes(pages);
  if (themes.size === 0) {
    return [
      {
        signal: "strategy_execution_gap",
        scope: ORG,
        value: null,
        unit: UNIT,
        figures: { strategyLines: 0 },
        evidence: [],
      },
    ];
  }
  const reference = pages.map((n) =>
    noteEvidence(n, msg(ctx.locale, "finding.strategy_execution_gap.whyReference")),
  );
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const m = scopeMeasure(ctx, scope, themes, p);
    if (scope !== ORG && m.value === null) continue;
    out.push({ ...m, evidence: [...m.evidence, ...reference].slice(0, MAX_EVIDENCE) });
  }
  return out;
}

function scopeMeasure(ctx: WeekContext, scope: string, themes: StrategyThemes, p: Params): Measure {
  const notes = notesInScope(ctx, scope).map((n) => {
    const topics = n.extracted.filter((x) => subjectStems(x.stems).length > 0);
    return {
      n,
      topics: topics.length,
      aligned: topics.filter((x) => themes.touches(x.stems, p.minShared)).length,
    };
  });
  // Meeting titles say what the field works on even when nobody took notes; rituals say nothing.
  const titles = meetingsInScope(ctx, scope)
    .filter((m) => m.counted && m.ritualId === null && !m.private)
    .map((m) => titleStems(m.title))
    .filter((s) => subjectStems(s).length > 0);
  const topics = notes.reduce((a, x) => a + x.topics, 0) + titles.length;
  const aligned =
    notes.reduce((a, x) => a + x.aligned, 0) + titles.filter((s) => themes.touches(s, p.minShared)).length;
  const members = membersOf(ctx, scope);
  const why = msg(ctx.locale, "finding.strategy_execution_gap.whyUnlinked");
  const evidence: Evidence[] = notes
    .filter((x) => x.aligned === 0 && x.topics >= 3)
    .sort((a, b) => b.topics - a.topics)
    .map((x) => noteEvidence(x.n, why));
  return {
    signal: "strategy_execution_gap",
    scope,
    value: topics >= p.minTopics ? round2(aligned / topics) : null,
    unit: UNIT,
    figures: {
      topics,
      aligned,
      strategyLines: themes.size,
      [ACTIVE_SHARE]: activeShare(ctx.meetings, members),
    },
    evidence,
  };
}

function judge(m: Measure, before: readonly Measure[], p: Params, ctx: WeekContext) {
  const usual = typicalWeeks(before);
  const j = judgeChange({
    value: m.value ?? 0,
    baseline: baselineValues(usual),
    direction: "down",
    watch: p.watchDrop,
    alert: p.alertDrop,
    minDelta: p.minDeltaShare,
    floor: p.shareFloor,
    sensitivity: ctx.tenant.sensitivity,
  });
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  let status: Status = m.value === null ? "ok" : j.status;
  if (status === "alert" && (m.figures.topics ?? 0) < p.alertMinTopics / f) status = "watch";
  if (j.baseline !== null && m.value !== null) {
    const sd = shareDropNoise(j.baseline, baselineValues(usual), m.figures.topics ?? 0);
    status = beyondNoise(status, j.baseline - m.value, sd, f);
  }
  return { ...j, status, usualWeeks: usual.length };
}

/**
 * How much the aligned share moves by chance: topics are drawn from the usual share, so a count
 * of n topics wobbles binomially (√(p(1−p)/n), its variance floored at 1/n so that a share
 * near 0 still has some), and lines of one note come in clumps, so the baseline's own spread
 * (1.4826 × MAD, a robust standard deviation) counts when it is wider.
 */
export function shareDropNoise(base: number, usual: readonly number[], n: number): number {
  const binomial = Math.sqrt(Math.max(base * (1 - base), 1 / Math.max(n, 1)) / Math.max(n, 1));
  const spread = median(usual.map((v) => Math.abs(v - base)));
  return Math.max(binomial, 1.4826 * (spread ?? 0));
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...STRATEGY_EXECUTION_GAP_DEFAULTS, ...params } as Params;
  const j = judge(current, baseline, p, ctx);
  let status = j.status;
  const confirmed = previousWeekFlagged(
    baseline,
    (prev, before) => judge(prev, before, p, ctx).status !== "ok",
  );
  if (status === "alert" && !confirmed) status = "watch";
  status = capForHoliday(status, isHolidayLike(current, baseline));
  const noStrategy = (current.figures.strategyLines ?? 0) === 0;
  const f = current.figures;
  return {
    signal: "strategy_execution_gap",
    scope: current.scope,
    status,
    score: current.value === null || j.insufficientHistory ? 100 : bandScore(j.score, status),
    value: current.value,
    baseline: noStrategy ? null : j.baseline,
    unit: UNIT,
    insufficientHistory: !noStrategy && j.insufficientHistory,
    summary: summaryOf(ctx, current, j.insufficientHistory ? null : j.baseline, j.usualWeeks, p),
    action: strategyGapAction(ctx, {
      scope: current.scope,
      share: current.value ?? 0,
      baseline: j.baseline ?? 0,
      topics: f.topics ?? 0,
      themes: f.strategyLines ?? 0,
    }),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: { topics: f.topics ?? 0, aligned: f.aligned ?? 0, strategyLines: f.strategyLines ?? 0 },
  };
}

function summaryOf(ctx: WeekContext, m: Measure, base: number | null, weeks: number, p: Params): string {
  const l = ctx.locale;
  const who = scopeLabel(l, m.scope);
  const f = m.figures;
  const vars = {
    who,
    capWho: capital(who),
    v: pct(l, m.value ?? 0),
    b: pct(l, base ?? 0),
    t: f.topics ?? 0,
    min: p.minTopics,
    h: insufficientHistoryText(l, weeks),
  };
  if ((f.strategyLines ?? 0) === 0) {
    const text = "finding.strategy_execution_gap.summaryNoStrategy";
    return msg(l, text, vars);
  }
  if (m.value === null) {
    return msg(l, "finding.strategy_execution_gap.summaryTooFew", vars);
  }
  const text =
    base === null
      ? "finding.strategy_execution_gap.summaryNoHistory"
      : "finding.strategy_execution_gap.summary";
  return msg(l, text, vars);
}
