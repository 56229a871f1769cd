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
import { bandScore, judgeChange, SENSITIVITY_FACTOR } from "./judge.js";
import { capital, previousWeekFlagged, round2 } from "./noise.js";
import { strategyGapAction } from "./playbook-alignment.js";
import { liveStrategyPages } from "./priority-churn.js";
import { meetingsInScope, membersOf, notesInScope, scopesOf } from "./scopes.js";
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
  /** Below 8 points of share nothing is flagged, whatever the ratio. */
  minDeltaShare: 0.08,
  /** Denominator floor: a scope whose topics rarely touch the strategy (< 15 %) cannot drop by 80 %. */
  shareFloor: 0.15,
  /** An alert needs 30 topics in the week: enough lines that a few routine notes cannot swing it. */
  alertMinTopics: 30,
  /** Strategy pages dated within a quarter of the latest one are the current course. */
  strategyWindowDays: 92,
} satisfies DetectorParams;

type Params = typeof STRATEGY_EXECUTION_GAP_DEFAULTS;
const UNIT = "share";

export const strategyExecutionGap: Detector = {
  id: "strategy_execution_gap",
  defaults: STRATEGY_EXECUTION_GAP_DEFAULTS,
  measure,
  evaluate,
};

/** Theme lines of the strategy, indexed by stem for a quick overlap test. */
class Themes {
  private readonly byStem = new Map<string, number[]>();
  private readonly sizes: number[] = [];

  constructor(lines: readonly (readonly string[])[]) {
    lines.forEach((stems, i) => {
      const set = new Set(stems);
      this.sizes.push(set.size);
      for (const s of set) this.byStem.set(s, [...(this.byStem.get(s) ?? []), i]);
    });
  }

  get size(): number {
    return this.sizes.length;
  }

  touches(stems: readonly string[], minShared: number): boolean {
    const item = new Set(stems);
    const shared = new Map<number, number>();
    for (const s of item) for (const i of this.byStem.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, k] of shared) if (k >= Math.min(minShared, item.size, this.sizes[i] ?? 0)) return true;
    return false;
  }
}

function measure(ctx: WeekContext, params: DetectorParams): Measure[] {
  const p = { ...STRATEGY_EXECUTION_GAP_DEFAULTS, ...params } as Params;
  const pages = liveStrategyPages(ctx.strategy, p.strategyWindowDays);
  const themes = new Themes(
    pages.flatMap((n) => n.extracted.map((x) => x.stems).filter((s) => s.length > 0)),
  );
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

function scopeMeasure(ctx: WeekContext, scope: string, themes: Themes, p: Params): Measure {
  const notes = notesInScope(ctx, scope).map((n) => {
    const topics = n.extracted.filter((x) => x.stems.length > 0);
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
    .filter((s) => s.length > 0);
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
  return { ...j, status, usualWeeks: usual.length };
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
