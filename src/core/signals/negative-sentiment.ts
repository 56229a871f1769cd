/**
 * `negative_sentiment`: fatigue, lassitude, cynicism in the notes. A note counts as negative
 * when it has more lines of such language (extractor `negative`, negations already handled
 * there: "pas de tension" is not negative) than of positive, constructive language; the share
 * of negative notes of the week is compared with the usual week. Figures only: no note text.
 */
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
import { bandScore, judgeChange, SENSITIVITY_FACTOR, worst } from "./judge.js";
import { beyondNoise, capital, previousWeekFlagged, round2, shareNoise } from "./noise.js";
import { negativeSentimentAction } from "./playbook-alignment.js";
import { membersOf, notesInScope, scopesOf } from "./scopes.js";
import type {
  AnalysedNote,
  DetectorParams,
  EvaluateInput,
  Finding,
  Measure,
  Status,
  WeekContext,
} from "./types.js";
import { type Detector, ORG } from "./types.js";

export const NEGATIVE_SENTIMENT_DEFAULTS = {
  /** Below 3 notes in the week a scope has no measure: one grumpy note would be a third of it. */
  minNotes: 3,
  /** +15 points of negative notes vs the usual week (floor 1: read in points) is a watch. */
  watchDelta: 0.15,
  /** +30 points is an alert: about one note in three more carries fatigue or cynicism. */
  alertDelta: 0.3,
  /** An alert needs 8 notes in the week and 4 negative ones: a mood, not one person's bad day. */
  alertMinNotes: 8,
  alertMinNegativeNotes: 4,
  /**
   * A team may write one note a week: its tone is also read line by line over the last
   * 2 weeks of notes, so that a small team's mood can show without waiting for 3 notes.
   */
  poolWeeks: 2,
  /** The pooled share of net negative lines: +4 points is a watch (one line in 25 more)… */
  lineWatchDelta: 0.04,
  /** …+8 points an alert (two lines in 25 more, in every note). */
  lineAlertDelta: 0.08,
  /** At least 2 net negative lines for a watch, 4 over 2 notes for an alert: not one remark. */
  lineWatchMin: 2,
  lineAlertMin: 4,
  /** …and at least 20 lines of notes in the pool: a few one-line notes are not a mood. */
  lineAlertMinLines: 20,
} satisfies DetectorParams;

type Params = typeof NEGATIVE_SENTIMENT_DEFAULTS;
const UNIT = "share";

export const negativeSentiment: Detector = {
  id: "negative_sentiment",
  defaults: NEGATIVE_SENTIMENT_DEFAULTS,
  measure,
  evaluate,
};

interface Tone {
  n: AnalysedNote;
  lines: number;
  negative: number;
  positive: number;
}

function toneOf(n: AnalysedNote): Tone {
  const lines = n.extracted.filter((x) => x.text.trim().length > 0);
  return {
    n,
    lines: lines.length,
    negative: lines.filter((x) => x.negative).length,
    positive: lines.filter((x) => x.positive).length,
  };
}

/** Net of positive: a retro that names one irritant among three things that went well is not negative. */
const isNegative = (t: Tone) => t.negative > t.positive;

function measure(ctx: WeekContext, params: DetectorParams): Measure[] {
  const p = { ...NEGATIVE_SENTIMENT_DEFAULTS, ...params } as Params;
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const tones = notesInScope(ctx, scope)
      .map(toneOf)
      .filter((t) => t.lines > 0);
    const pool = pooledTone(ctx, scope, p.poolWeeks);
    if (scope !== ORG && tones.length < p.minNotes && pool.notes < 2) continue;
    const negative = tones.filter(isNegative);
    const lines = tones.reduce((a, t) => a + t.lines, 0);
    const neg = tones.reduce((a, t) => a + t.negative, 0);
    const pos = tones.reduce((a, t) => a + t.positive, 0);
    const members = membersOf(ctx, scope);
    const why = (k: number) => msg(ctx.locale, "finding.negative_sentiment.whyLines", { k });
    out.push({
      signal: "negative_sentiment",
      scope,
      value: tones.length >= p.minNotes ? round2(negative.length / tones.length) : null,
      unit: UNIT,
      figures: {
        notes: tones.length,
        negativeNotes: negative.length,
        lines,
        negativeLines: neg,
        positiveLines: pos,
        netLineShare: lines ? round2(Math.max(0, neg - pos) / lines) : 0,
        poolNotes: pool.notes,
        poolLines: pool.lines,
        poolNetNegative: pool.netNegative,
        [ACTIVE_SHARE]: activeShare(ctx.meetings, members),
      },
      evidence: negative
        .sort((a, b) => b.negative - b.positive - (a.negative - a.positive))
        .map((t) => noteEvidence(t.n, why(t.negative))),
    });
  }
  return out;
}

/** Net negative lines (per note, negative minus positive) of the scope's notes of the last weeks. */
function pooledTone(ctx: WeekContext, scope: string, weeks: number) {
  const since = ctx.week.start.minus({ weeks: weeks - 1 }).toISODate() ?? "";
  const tones = notesInScope(ctx, scope, ctx.recentNotes)
    .filter((n) => n.date >= since)
    .map(toneOf)
    .filter((t) => t.lines > 0);
  return {
    notes: tones.length,
    lines: tones.reduce((a, t) => a + t.lines, 0),
    netNegative: tones.reduce((a, t) => a + Math.max(0, t.negative - t.positive), 0),
  };
}

const lineShare = (m: Measure) => {
  const lines = m.figures.poolLines ?? 0;
  return lines > 0 ? (m.figures.poolNetNegative ?? 0) / lines : null;
};

/** The pooled line-level reading: catches a small team's mood that the note share cannot see. */
function judgeLines(
  m: Measure,
  usual: readonly Measure[],
  p: Params,
  ctx: WeekContext,
): { status: Status; insufficient: boolean } {
  const value = lineShare(m);
  if (value === null) return { status: "ok", insufficient: true };
  const j = judgeChange({
    value,
    baseline: usual.map(lineShare).filter((v): v is number => v !== null),
    direction: "up",
    watch: p.lineWatchDelta,
    alert: p.lineAlertDelta,
    minDelta: p.lineWatchDelta,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  const neg = m.figures.poolNetNegative ?? 0;
  let status = j.status;
  const volume = (m.figures.poolNotes ?? 0) >= 2 && (m.figures.poolLines ?? 0) >= p.lineAlertMinLines / f;
  if (status === "alert" && (neg < p.lineAlertMin / f || !volume)) status = "watch";
  if (status !== "ok" && neg < p.lineWatchMin / f) status = "ok";
  return { status, insufficient: j.insufficientHistory };
}

function judge(m: Measure, before: readonly Measure[], p: Params, ctx: WeekContext) {
  const usual = typicalWeeks(before);
  const j = judgeChange({
    value: m.value ?? 0,
    baseline: baselineValues(usual),
    direction: "up",
    watch: p.watchDelta,
    alert: p.alertDelta,
    minDelta: p.watchDelta,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  const volume =
    (m.figures.notes ?? 0) >= p.alertMinNotes / f &&
    (m.figures.negativeNotes ?? 0) >= p.alertMinNegativeNotes / f;
  const base = j.baseline ?? 0;
  const noise = shareNoise(base, m.figures.notes ?? 0);
  let status: Status = m.value === null ? "ok" : beyondNoise(j.status, (m.value ?? 0) - base, noise, f);
  if (status === "alert" && !volume) status = "watch";
  const lines = judgeLines(m, usual, p, ctx);
  status = j.insufficientHistory || m.value === null ? lines.status : worst(status, lines.status);
  return {
    ...j,
    status,
    insufficientHistory: j.insufficientHistory && lines.insufficient,
    usualWeeks: usual.length,
  };
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...NEGATIVE_SENTIMENT_DEFAULTS, ...params } as Params;
  const j = judge(current, baseline, p, ctx);
  let status = j.status;
  const confirmed = previousWeekFlagged(
    baseline,
    (prev, before) => judge(prev, before, p, ctx).status !== "ok",
  );
  if (status === "alert" && !confirmed) status = "watch";
  status = capForHoliday(status, isHolidayLike(current, baseline));
  const quiet = current.value === null || j.insufficientHistory;
  const f = current.figures;
  return {
    signal: "negative_sentiment",
    scope: current.scope,
    status,
    score: quiet && status === "ok" ? 100 : bandScore(j.score, status),
    // A scope with too few notes for a note share is read from its pooled line share.
    value: current.value ?? lineShare(current),
    baseline: j.baseline,
    unit: UNIT,
    insufficientHistory: j.insufficientHistory,
    summary: summaryOf(ctx, current, j.insufficientHistory ? null : j.baseline, j.usualWeeks, p),
    action: negativeSentimentAction(ctx, {
      scope: current.scope,
      share: current.value ?? 0,
      baseline: j.baseline ?? 0,
      notes: f.notes ?? 0,
    }),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      notes: f.notes ?? 0,
      negativeNotes: f.negativeNotes ?? 0,
      negativeLines: f.negativeLines ?? 0,
      positiveLines: f.positiveLines ?? 0,
      netLineShare: f.netLineShare ?? 0,
    },
  };
}

function summaryOf(ctx: WeekContext, m: Measure, base: number | null, weeks: number, p: Params): string {
  const l = ctx.locale;
  const who = scopeLabel(l, m.scope);
  const vars = {
    who,
    capWho: capital(who),
    n: m.figures.notes ?? 0,
    k: m.figures.negativeNotes ?? 0,
    min: p.minNotes,
    v: pct(l, m.value ?? 0),
    b: pct(l, base ?? 0),
    h: insufficientHistoryText(l, weeks),
  };
  if (m.value === null) {
    const text = "finding.negative_sentiment.summaryTooFew";
    return msg(l, text, vars);
  }
  const text =
    base === null ? "finding.negative_sentiment.summaryNoHistory" : "finding.negative_sentiment.summary";
  return msg(l, text, vars);
}
