/**
 * `priority_churn`: priorities change too often, or too many at once. Reads the priority lines
 * (extractor kind `priority`) of the week's meeting notes and of the live strategy / OKR pages,
 * merges reworded items by their stems, and keeps each week's set in `Measure.sets` so that the
 * share of new priorities week over week is computed from measures alone (a history store can
 * supply past weeks without their notes).
 */
import { DateTime } from "luxon";
import { msg, scopeLabel } from "../i18n.js";
import {
  ACTIVE_SHARE,
  activeShare,
  capForHoliday,
  insufficientHistoryText,
  isHolidayLike,
  typicalWeeks,
} from "./baseline.js";
import { MAX_EVIDENCE, noteEvidence } from "./evidence.js";
import { bandScore, judgeChange, MIN_BASELINE_WEEKS, median, SENSITIVITY_FACTOR, worst } from "./judge.js";
import { beyondNoise, capital, countNoise, previousWeekFlagged, round2, shareNoise } from "./noise.js";
import { priorityChurnAction } from "./playbook-alignment.js";
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

export const PRIORITY_CHURN_DEFAULTS = {
  /** Two items are one priority when 60 % of the shorter one's stems are in the other: a rewording. */
  sameItemOverlap: 0.6,
  /** New items are those absent from the last 2 weeks that listed priorities (a list held fortnightly is not new). */
  referenceWeeks: 2,
  /** +25 points of new priorities vs the usual week: a quarter more of the list replaced. */
  churnWatch: 0.25,
  /** +40 points: nearly half of the list is new compared with what a usual week renews. */
  churnAlert: 0.4,
  /** An alert also needs half of the week's list to be new: a list that keeps changing. */
  churnAlertLevel: 0.5,
  /**
   * +40 % priorities in the notes (and at least 2 more) is a watch; +80 % an alert. Judged on
   * the notes' priorities: a new strategy page each quarter restates the course, it is not churn.
   * A long list that never changes is the company's habit, not a drift: it is shown
   * (`largestList`), not flagged.
   */
  countWatch: 0.4,
  countAlert: 0.8,
  countMinDelta: 2,
  /** Denominator floor: a scope with 1 or 2 usual priorities does not alert on its third. */
  countFloor: 3,
  /** No alert below 5 live priorities: the practice recommends 3–5, so fewer is never "too many". */
  alertMinItems: 5,
  /** Strategy pages dated within 92 days (a quarter) of the latest one are live. */
  strategyWindowDays: 92,
} satisfies DetectorParams;

type Params = typeof PRIORITY_CHURN_DEFAULTS;
const UNIT = "priorities";

export const priorityChurn: Detector = {
  id: "priority_churn",
  defaults: PRIORITY_CHURN_DEFAULTS,
  measure,
  evaluate,
};

/** The strategy / OKR pages that stand for the current course: the latest and its quarter. */
export function liveStrategyPages(pages: readonly AnalysedNote[], windowDays: number): AnalysedNote[] {
  const dates = pages.map((p) => DateTime.fromISO(p.date)).filter((d) => d.isValid);
  if (dates.length === 0) return [];
  const latest = DateTime.max(...dates) as DateTime;
  const from = latest.minus({ days: windowDays });
  return pages.filter((p) => DateTime.fromISO(p.date) >= from);
}

/** The stems of an item as one comparable string ("delai livr redu"). */
function signature(stems: readonly string[]): string {
  return [...new Set(stems)].sort().join(" ");
}

export function sameItem(a: string, b: string, overlap: number): boolean {
  const sa = new Set(a.split(" "));
  const sb = b.split(" ");
  const shared = sb.filter((s) => sa.has(s)).length;
  return shared > 0 && shared / Math.min(sa.size, sb.length) >= overlap;
}

/**
 * Item signatures indexed by stem: `sameItem` needs a shared stem, so only items sharing one
 * are compared, and a long list is not compared with itself pair by pair.
 */
export class ItemIndex<T> {
  private readonly byStem = new Map<string, number[]>();
  private readonly items: { sig: string; value: T }[] = [];

  add(sig: string, value: T): void {
    const i = this.items.length;
    this.items.push({ sig, value });
    for (const stem of new Set(sig.split(" "))) {
      const list = this.byStem.get(stem);
      if (list) list.push(i);
      else this.byStem.set(stem, [i]);
    }
  }

  /** The earliest added item that is the same as `sig` and passes `accept`, if any. */
  first(sig: string, overlap: number, accept: (value: T) => boolean = () => true): T | undefined {
    const candidates = new Set<number>();
    for (const stem of sig.split(" ")) for (const i of this.byStem.get(stem) ?? []) candidates.add(i);
    let best: number | undefined;
    for (const i of candidates) {
      const item = this.items[i];
      if (item && (best === undefined || i < best) && accept(item.value) && sameItem(item.sig, sig, overlap))
        best = i;
    }
    return best === undefined ? undefined : this.items[best]?.value;
  }
}

/** Distinct priorities: reworded items merge into the first one seen. */
function distinct(signatures: readonly string[], overlap: number): string[] {
  const out: string[] = [];
  const index = new ItemIndex<string>();
  for (const s of signatures) {
    if (index.first(s, overlap) !== undefined) continue;
    out.push(s);
    index.add(s, s);
  }
  return out;
}

function prioritySignatures(n: AnalysedNote): string[] {
  return n.extracted
    .filter((x) => x.kind === "priority" && x.stems.length > 0)
    .map((x) => signature(x.stems));
}

function measure(ctx: WeekContext, params: DetectorParams): Measure[] {
  const p = { ...PRIORITY_CHURN_DEFAULTS, ...params } as Params;
  const pages = liveStrategyPages(ctx.strategy, p.strategyWindowDays);
  const strategy = distinct(pages.flatMap(prioritySignatures), p.sameItemOverlap);
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const lists = notesInScope(ctx, scope)
      .map((n) => ({ n, items: prioritySignatures(n) }))
      .filter((x) => x.items.length > 0);
    if (scope !== ORG && lists.length === 0) continue;
    const items = distinct(
      lists.flatMap((x) => x.items),
      p.sameItemOverlap,
    );
    // The strategy's own priorities are the written course: live at org, the reference for "new".
    const course =
      scope === ORG ? strategy.filter((s) => !items.some((i) => sameItem(i, s, p.sameItemOverlap))) : [];
    const live = items.length + course.length;
    out.push({
      signal: "priority_churn",
      scope,
      value: live > 0 ? live : null,
      unit: UNIT,
      figures: {
        notePriorities: items.length,
        largestList: Math.max(0, ...lists.map((x) => x.items.length)),
        [ACTIVE_SHARE]: activeShare(ctx.meetings, membersOf(ctx, scope)),
      },
      sets: { priorities: items, strategy },
      evidence: evidenceOf(ctx, lists, pages),
    });
  }
  return out;
}

function evidenceOf(ctx: WeekContext, lists: { n: AnalysedNote; items: string[] }[], pages: AnalysedNote[]) {
  const why = (k: number) => msg(ctx.locale, "finding.priority_churn.whyListed", { k });
  return [...lists]
    .sort((a, b) => b.items.length - a.items.length)
    .map((x) => noteEvidence(x.n, why(x.items.length)))
    .concat(pages.map((n) => noteEvidence(n, msg(ctx.locale, "finding.priority_churn.whyStrategyPage"))));
}

/** New priorities of `m` against the weeks before it (`before`, most recent first), or null. */
export function freshShare(
  m: Measure,
  before: readonly Measure[],
  p: Params,
): { fresh: number; share: number } | null {
  const items = m.sets?.priorities ?? [];
  const refs = before.filter((b) => (b.sets?.priorities ?? []).length > 0).slice(0, p.referenceWeeks);
  if (items.length === 0 || refs.length === 0) return null;
  // A note priority that restates the strategy page is not new, even the first time it is listed.
  const known = [
    ...refs.flatMap((r) => [...(r.sets?.priorities ?? []), ...(r.sets?.strategy ?? [])]),
    ...(m.sets?.strategy ?? []),
  ];
  const fresh = items.filter((i) => !known.some((k) => sameItem(k, i, p.sameItemOverlap))).length;
  return { fresh, share: fresh / items.length };
}

function churnSeries(baseline: readonly Measure[], p: Params): number[] {
  return baseline.flatMap((m, i) => freshShare(m, baseline.slice(i + 1), p)?.share ?? []);
}

function judgeChurn(share: number, history: number[], p: Params, ctx: WeekContext) {
  // floor 1: the change is read in points of share, not relative to a small usual churn.
  const j = judgeChange({
    value: share,
    baseline: history,
    direction: "up",
    watch: p.churnWatch,
    alert: p.churnAlert,
    minDelta: p.churnWatch,
    floor: 1,
    sensitivity: ctx.tenant.sensitivity,
  });
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  return j.status === "alert" && share < p.churnAlertLevel / f ? { ...j, status: "watch" as Status } : j;
}

function judgeCount(count: number, usual: readonly Measure[], p: Params, ctx: WeekContext) {
  return judgeChange({
    value: count,
    // Weeks whose notes listed no priority say nothing of how long the list usually is.
    baseline: usual.map((u) => u.figures.notePriorities ?? 0).filter((n) => n > 0),
    direction: "up",
    watch: p.countWatch,
    alert: p.countAlert,
    minDelta: p.countMinDelta,
    floor: p.countFloor,
    sensitivity: ctx.tenant.sensitivity,
  });
}

/** Status of one week's measure against the weeks before it, before confirmation. */
function rawStatus(m: Measure, before: readonly Measure[], p: Params, ctx: WeekContext) {
  const usual = typicalWeeks(before);
  const listed = m.figures.notePriorities ?? 0;
  const judged = judgeCount(listed, usual, p, ctx);
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  // A written priority list is restated, not drawn at random each week: its length does not
  // swing like a count of events, so a watch needs only the thresholds; an alert must also
  // beat Poisson noise, the most a list could move by chance.
  const countStatus =
    listed === 0
      ? "ok"
      : judged.status === "alert"
        ? beyondNoise(judged.status, listed - (judged.baseline ?? 0), countNoise(judged.baseline ?? 0), f)
        : judged.status;
  const count = { ...judged, status: countStatus };
  const churn = freshShare(m, before, p);
  const churnRaw = churn ? judgeChurn(churn.share, churnSeries(usual, p), p, ctx) : null;
  const churnBase = churnRaw?.baseline ?? 0;
  const churnJ =
    churn && churnRaw
      ? {
          ...churnRaw,
          status: beyondNoise(churnRaw.status, churn.share - churnBase, shareNoise(churnBase, listed), f),
        }
      : null;
  let status = worst(count.status, churnJ?.status ?? "ok");
  if (status === "alert" && (m.figures.notePriorities ?? 0) < p.alertMinItems / f) status = "watch";
  const values = usual.map((u) => u.value).filter((v): v is number => v !== null);
  const insufficient = values.length < MIN_BASELINE_WEEKS;
  if (m.value === null || insufficient) status = "ok";
  const score = status === "ok" ? 100 : Math.min(count.score, churnJ?.score ?? 100);
  return { status, churn, churnJ, score, insufficient, baseline: median(values) };
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...PRIORITY_CHURN_DEFAULTS, ...params } as Params;
  const r = rawStatus(current, baseline, p, ctx);
  let status = r.status;
  const confirmed = previousWeekFlagged(
    baseline,
    (prev, before) => rawStatus(prev, before, p, ctx).status !== "ok",
  );
  if (status === "alert" && !confirmed) status = "watch";
  status = capForHoliday(status, isHolidayLike(current, baseline));
  const insufficient = r.insufficient;
  const base = r.baseline;
  const facts = {
    scope: current.scope,
    count: current.value ?? 0,
    baseline: round2(base ?? 0),
    fresh: r.churn?.fresh ?? 0,
    largestList: current.figures.largestList ?? 0,
  };
  return {
    signal: "priority_churn",
    scope: current.scope,
    status,
    score: status === "ok" && (insufficient || current.value === null) ? 100 : bandScore(r.score, status),
    value: current.value,
    baseline: base,
    unit: UNIT,
    insufficientHistory: insufficient,
    summary: summaryOf(ctx, current, insufficient ? null : base, typicalWeeks(baseline).length, facts.fresh),
    action: priorityChurnAction(ctx, facts),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      freshPriorities: facts.fresh,
      freshShare: round2(r.churn?.share ?? 0),
      usualFreshShare: round2(r.churnJ?.baseline ?? 0),
      largestList: facts.largestList,
    },
  };
}

function summaryOf(ctx: WeekContext, m: Measure, base: number | null, weeks: number, fresh: number): string {
  const l = ctx.locale;
  const who = scopeLabel(l, m.scope);
  if (m.value === null) {
    return msg(l, "finding.priority_churn.summaryNone", { who });
  }
  const vars = {
    who,
    capWho: capital(who),
    v: m.value,
    b: round2(base ?? 0),
    fresh,
    h: insufficientHistoryText(l, weeks),
  };
  const text = base === null ? "finding.priority_churn.summaryNoHistory" : "finding.priority_churn.summary";
  return msg(l, text, vars);
}
