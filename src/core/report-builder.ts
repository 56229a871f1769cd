import type { Analysis } from "./analysis.js";
import type { AlertEntry, Report, RitualEntry, SignalEntry, TeamEntry, TrendPoint } from "./report.js";
import { byUrgency, coherentFinding, meanScore, overallScore, overallStatus } from "./scoring.js";
import type { Finding, Measure } from "./signals/types.js";
import { ORG, SIGNAL_IDS } from "./signals/types.js";
import { type IsoWeek, shiftWeek } from "./week.js";

/** Weeks shown in the trend chart, the analysed one included. */
export const TREND_WEEKS = 8;

export interface BuildReportOptions {
  generatedBy: string;
  trendWeeks?: number;
  /** Called once per analysed week (the trend's earlier weeks, then this one). */
  onWeek?: (done: number, total: number, week: string) => void;
}

/** Assembles the weekly report (SPEC "Report") from an analysis. Pure: no I/O, no clock. */
export function buildReport(analysis: Analysis, week: IsoWeek, opts: BuildReportOptions): Report {
  const p = analysis.prepared;
  const n = opts.trendWeeks ?? TREND_WEEKS;
  const trend: TrendPoint[] = [];
  let findings: Finding[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const w = shiftWeek(week, -i);
    const fs = analysis.hasData(w) ? analysis.findings(w).map(coherentFinding) : null;
    trend.push({ week: w.id, score: fs ? overallScore(fs) : null });
    if (i === 0) findings = fs ?? [];
    opts.onWeek?.(n - i, n, w.id);
  }
  const scored = overallScore(findings);
  // The contract's score is a number: 100 when nothing could be judged, flagged as such.
  const score = scored ?? 100;
  const mean = meanScore(findings);
  const ctx = analysis.context(week);
  const ritualDetector = analysis.detectors.find((d) => d.id === "ritual_drift");
  const ritualMeasure = ritualDetector
    ? analysis.measures(ritualDetector, week).find((m) => m.scope === ORG)
    : undefined;
  return {
    tenant: p.tenant.id,
    tenantName: p.tenant.name,
    week: week.id,
    period: { start: week.start.toISODate() ?? "", end: week.end.minus({ days: 1 }).toISODate() ?? "" },
    locale: p.tenant.locale,
    timezone: p.tenant.timezone,
    score,
    status: overallStatus(scored, findings),
    insufficientHistory: scored === null,
    ...(scored !== null && mean !== null && mean > scored ? { meanScore: mean } : {}),
    baselineWeeks: p.tenant.baselineWeeks,
    trend,
    signals: findings.map(toSignalEntry).sort(bySignalThenScope),
    alerts: findings
      .filter((f) => f.status !== "ok")
      .sort(byUrgency)
      .map(toAlertEntry),
    teams: teamEntries(analysis, findings),
    rituals: ritualEntries(analysis, ritualMeasure),
    warnings: p.snapshot.warnings.map((w) => ({ file: w.file, message: w.message })),
    stats: {
      people: [...p.people.values()].filter((x) => !x.suspended).length,
      teams: p.teams.length,
      meetings: ctx.meetings.filter((m) => m.counted).length,
      notes: ctx.notes.length,
    },
    generatedBy: opts.generatedBy,
  };
}

function toSignalEntry(f: Finding): SignalEntry {
  return {
    id: f.signal,
    scope: f.scope,
    score: f.score,
    status: f.status,
    value: f.value,
    baseline: f.baseline,
    unit: f.unit,
    insufficientHistory: f.insufficientHistory,
    summary: f.summary,
    details: f.details,
  };
}

function toAlertEntry(f: Finding): AlertEntry {
  return {
    signal: f.signal,
    scope: f.scope,
    severity: f.status === "alert" ? "alert" : "watch",
    score: f.score,
    summary: f.summary,
    action: f.action,
    evidence: f.evidence,
  };
}

function bySignalThenScope(a: SignalEntry, b: SignalEntry): number {
  return (
    SIGNAL_IDS.indexOf(a.id) - SIGNAL_IDS.indexOf(b.id) ||
    Number(a.scope !== ORG) - Number(b.scope !== ORG) ||
    a.scope.localeCompare(b.scope)
  );
}

function teamEntries(analysis: Analysis, findings: readonly Finding[]): TeamEntry[] {
  return analysis.prepared.teams.map((t) => {
    const own = findings.filter((f) => f.scope === t.scope);
    const scored = own.filter((f) => !f.insufficientHistory);
    return {
      scope: t.scope,
      name: t.name,
      size: t.members.filter((e) => analysis.prepared.people.get(e)?.suspended !== true).length,
      score: scored.length ? Math.round(scored.reduce((a, f) => a + f.score, 0) / scored.length) : null,
      signals: Object.fromEntries(own.map((f) => [f.signal, { status: f.status, score: f.score }])),
    };
  });
}

function ritualEntries(analysis: Analysis, m: Measure | undefined): RitualEntry[] {
  const fig = (id: string, k: string) => m?.figures[`ritual:${id}:${k}`] ?? 0;
  return analysis.prepared.tenant.rituals.map((r) => ({
    id: r.id,
    name: r.name,
    cadence: r.cadence,
    expected: fig(r.id, "expected"),
    held: fig(r.id, "held"),
    cancelled: fig(r.id, "cancelled"),
    withNotes: fig(r.id, "withNotes"),
    withDecisions: fig(r.id, "withDecisions"),
    withoutAgenda: fig(r.id, "withoutAgenda"),
  }));
}
