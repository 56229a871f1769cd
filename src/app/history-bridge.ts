/**
 * Between the history store and the analysis: the stored weeks a run reads (its baseline, the trend's
 * earlier weeks and the week before, for the persistence rule) and the weeks it writes back (whatever
 * it had to measure from raw data, judged or baseline-only).
 */
import type { Analysis, PastWeeks } from "../core/analysis.js";
import type { Finding, SignalId } from "../core/signals/types.js";
import { type IsoWeek, shiftWeek } from "../core/week.js";
import { type History, type StoredFinding, type StoredWeek, storedFinding } from "../store/history.js";

/** Weeks a run looks back: the trend's earlier weeks, their baselines and one more for persistence. */
export function lookbackWeeks(trendWeeks: number, baselineWeeks: number): number {
  return trendWeeks - 1 + baselineWeeks + 1;
}

/** The stored weeks before `week` (never `week` itself: a re-run judges it afresh). */
export async function loadPastWeeks(history: History, week: IsoWeek, span: number): Promise<PastWeeks> {
  const ids: string[] = [];
  for (let i = 1; i <= span; i++) ids.push(shiftWeek(week, -i).id);
  return pastWeeks(await history.loadWeeks(ids));
}

export function pastWeeks(stored: Map<string, StoredWeek>): PastWeeks {
  return {
    has: (week) => stored.has(week),
    measures: (signal, week) => stored.get(week)?.measures.filter((m) => m.signal === signal),
    findings: (signal, week, raw) => {
      const found = stored.get(week)?.findings;
      return found?.filter((f) => f.signal === signal).map((f) => asFinding(f, raw));
    },
  };
}

/** A stored finding as the analysis reads it: status and score, no evidence or text. */
function asFinding(f: StoredFinding, raw: boolean): Finding {
  return {
    signal: f.signal as SignalId,
    scope: f.scope,
    status: raw ? f.rawStatus : f.status,
    score: raw ? f.rawScore : f.score,
    value: f.value,
    baseline: f.baseline,
    unit: f.unit,
    insufficientHistory: f.insufficientHistory,
    summary: "",
    action: "",
    evidence: [],
    details: f.details,
  };
}

export interface WeekToStore {
  week: string;
  measures: ReturnType<Analysis["measures"]>;
  findings: StoredFinding[] | null;
}

/**
 * What the run measured from raw data, to store: every week of the look-back that holds data and was
 * not read from the store; the trend's weeks (`judgedFrom` to `week`) with their findings.
 */
export function weeksToStore(
  analysis: Analysis,
  past: PastWeeks,
  week: IsoWeek,
  o: { span: number; trendWeeks: number },
): WeekToStore[] {
  const out: WeekToStore[] = [];
  for (let i = o.span; i >= 0; i--) {
    const w = shiftWeek(week, -i);
    if (past.has(w.id) || !analysis.hasData(w)) continue;
    const measures = analysis.detectors.flatMap((d) => analysis.measures(d, w));
    const judged = i < o.trendWeeks;
    const findings = judged
      ? analysis.detectors.flatMap((d) => {
          const raw = analysis.rawFindings(d, w);
          return analysis.runDetector(d, w).map((f, k) => storedFinding(raw[k] ?? f, f));
        })
      : null;
    out.push({ week: w.id, measures, findings });
  }
  return out;
}
