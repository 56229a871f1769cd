/**
 * Builds the consultant's portfolio from client histories. Pure: the comparison's week is an
 * input, nothing is read from the clock or the store here. Privacy is decided in one place,
 * `visibleTeams`: a team crosses tenants only when its tenant shares team figures and the team
 * has at least the tenant's privacy floor of people (never fewer than MIN_GROUP_SIZE_FLOOR).
 */

import type { Locale } from "../core/model.js";
import { signalScores } from "../core/scoring.js";
import { SIGNAL_IDS, type SignalId } from "../core/signals/types.js";
import { MIN_GROUP_SIZE_FLOOR } from "../core/tenant.js";
import { parseWeek, shiftWeek, weeksBetween } from "../core/week.js";
import { asFinding } from "../core/week-summary.js";
import { attention, byAttention } from "./compare-attention.js";
import type { ClientHistory, StoredAlert, StoredWeek } from "./compare-input.js";
import { deriveAlerts } from "./compare-lifecycle.js";
import type {
  AlertChange,
  ClientRow,
  Freshness,
  Portfolio,
  Severity,
  SignalCell,
  TeamRow,
} from "./compare-model.js";
import { percentileRanks } from "./compare-percentile.js";

/** Sparkline length when not given: a quarter. */
export const DEFAULT_COMPARE_WEEKS = 12;
/** `change` compares the comparison's week with this many weeks before. */
export const CHANGE_WEEKS = 4;
/** A client whose last successful run is this many weeks old or more is flagged stale. */
export const STALE_AFTER_WEEKS = 2;

export interface BuildPortfolioOptions {
  /** The comparison's week, `YYYY-Www`. */
  week: string;
  /** Sparkline weeks, ending with `week` (default 12). */
  weeks?: number;
  locale: Locale;
  generatedBy: string;
}

/** First week the comparison needs from the store for these options. */
export function firstWeekNeeded(week: string, weeks = DEFAULT_COMPARE_WEEKS): string {
  return weekBefore(week, Math.max(weeks, CHANGE_WEEKS + 1) - 1);
}

export function buildPortfolio(histories: readonly ClientHistory[], o: BuildPortfolioOptions): Portfolio {
  const weeks = sparklineWeeks(o.week, o.weeks ?? DEFAULT_COMPARE_WEEKS);
  const changeWeek = weekBefore(o.week, CHANGE_WEEKS);
  const rows = histories.map((h) => clientRow(h, o.week, weeks, changeWeek));
  for (const signal of SIGNAL_IDS) {
    const ranks = percentileRanks(rows.map((r) => r.signals[signal].score));
    rows.forEach((r, i) => {
      r.signals[signal].percentile = ranks[i] ?? null;
    });
  }
  for (const r of rows) Object.assign(r, attention(r));
  rows.sort(byAttention);
  rows.forEach((r, i) => {
    r.rank = i + 1;
  });
  return {
    week: o.week,
    weeks,
    locale: o.locale,
    signals: [...SIGNAL_IDS],
    clients: rows,
    totals: {
      clients: rows.length,
      needAttention: rows.filter((r) => r.tier < 2).length,
      alerts: sum(rows, (r) => r.openAlerts.alert),
      watches: sum(rows, (r) => r.openAlerts.watch),
      stale: rows.filter((r) => r.freshness.stale).length,
    },
    generatedBy: o.generatedBy,
  };
}

function sparklineWeeks(week: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => weekBefore(week, n - 1 - i));
}

/** The week id `n` weeks before `week`. */
function weekBefore(week: string, n: number): string {
  const w = parseWeek(week, "UTC");
  if (!w) throw new Error(`Expected an ISO week like 2026-W47, got ${week}`);
  return shiftWeek(w, -n).id;
}

function clientRow(h: ClientHistory, week: string, weeks: readonly string[], changeWeek: string): ClientRow {
  const byWeek = new Map(h.weeks.filter((w) => w.week <= week).map((w) => [w.week, w]));
  const latest = [...byWeek.values()].sort((a, b) => b.week.localeCompare(a.week))[0] ?? null;
  const visible = latest ? visibleTeams(h, latest) : new Map<string, string>();
  const alerts = (h.alerts ?? deriveAlerts([...byWeek.values()])).filter((a) => isShown(a.scope, h, latest));
  const open = alerts.filter(
    (a) => a.openedWeek <= week && (a.resolvedWeek === null || a.resolvedWeek > week),
  );
  const scoreAt = (id: string) => byWeek.get(id)?.score ?? null;
  const now = scoreAt(week);
  const then = scoreAt(changeWeek);
  return {
    rank: 0,
    tenant: h.tenant.id,
    name: h.tenant.name,
    locale: h.tenant.locale,
    score: latest?.score ?? null,
    status: latest?.status ?? null,
    change: now !== null && then !== null ? now - then : null,
    sparkline: weeks.map(scoreAt),
    signals: signalCells(latest, open),
    openAlerts: countBySeverity(open),
    newAlerts: alerts.filter((a) => a.openedWeek === week).map((a) => change(a, visible)),
    resolvedAlerts: alerts.filter((a) => a.resolvedWeek === week).map((a) => change(a, visible)),
    freshness: freshness(h, week),
    teams: h.tenant.shareTeamFigures && latest ? teamRows(latest, visible) : null,
    tier: 2,
    reasons: [],
  };
}

/** Team scopes that may cross tenants this week, scope → team name. */
function visibleTeams(h: ClientHistory, w: StoredWeek): Map<string, string> {
  if (!h.tenant.shareTeamFigures) return new Map();
  const floor = Math.max(h.tenant.minGroupSize, MIN_GROUP_SIZE_FLOOR);
  return new Map(w.teams.filter((t) => t.size >= floor).map((t) => [t.scope, t.name]));
}

/**
 * Whether an alert counts at all: org-level and ritual scopes always (they describe the
 * organisation); a team only when it is known to be at or above the floor — a team under the
 * floor should never have had findings, and if an older configuration let some through, they stay home.
 */
function isShown(scope: string, h: ClientHistory, latest: StoredWeek | null): boolean {
  if (!scope.startsWith("team:")) return true;
  const floor = Math.max(h.tenant.minGroupSize, MIN_GROUP_SIZE_FLOOR);
  const size = latest?.teams.find((t) => t.scope === scope)?.size ?? 0;
  return size >= floor;
}

function change(a: StoredAlert, visible: Map<string, string>): AlertChange {
  return { signal: a.signal, severity: a.severity, team: visible.get(a.scope) ?? null };
}

function signalCells(latest: StoredWeek | null, open: readonly StoredAlert[]): Record<SignalId, SignalCell> {
  const { scores, measured } = signalFigures(latest);
  const cells = {} as Record<SignalId, SignalCell>;
  for (const signal of SIGNAL_IDS) {
    const mine = open.filter((a) => a.signal === signal);
    const counts = countBySeverity(mine);
    const status =
      counts.alert > 0 ? "alert" : counts.watch > 0 ? "watch" : measured.has(signal) ? "ok" : null;
    const since = mine.map((a) => a.openedWeek).sort()[0] ?? null;
    cells[signal] = { score: scores.get(signal) ?? null, status, since, percentile: null, open: counts };
  }
  return cells;
}

/** The latest week's score per signal, and which signals it measured. */
function signalFigures(latest: StoredWeek | null): {
  scores: Map<SignalId, number>;
  measured: Set<SignalId>;
} {
  if (!latest) return { scores: new Map(), measured: new Set() };
  if (!latest.signalScores) {
    const scores = signalScores(latest.findings.map(asFinding));
    return { scores, measured: new Set(latest.findings.map((f) => f.signal)) };
  }
  const kept = Object.entries(latest.signalScores) as [SignalId, number | null][];
  return {
    scores: new Map(kept.filter((e): e is [SignalId, number] => e[1] !== null)),
    measured: new Set(kept.map(([signal]) => signal)),
  };
}

function teamRows(latest: StoredWeek, visible: Map<string, string>): TeamRow[] {
  return latest.teams
    .filter((t) => visible.has(t.scope))
    .map((t) => {
      const own = latest.findings.filter((f) => f.scope === t.scope);
      const scored = own.filter((f) => !f.insufficientHistory);
      const flags: TeamRow["flags"] = {};
      for (const f of own) if (f.status !== "ok") flags[f.signal] = f.status;
      const score = scored.length ? Math.round(sum(scored, (f) => f.score) / scored.length) : null;
      return { name: t.name, size: t.size, score, flags };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function freshness(h: ClientHistory, week: string): Freshness {
  const runs = h.runs.filter((r) => r.week <= week).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const lastOk = runs.filter((r) => r.ok).sort((a, b) => b.week.localeCompare(a.week))[0] ?? null;
  const weeksSince = lastOk ? weeksBetween(lastOk.week, week) : null;
  return {
    lastWeek: lastOk?.week ?? null,
    weeksSince,
    stale: weeksSince === null || weeksSince >= STALE_AFTER_WEEKS,
    lastRunFailed: runs.at(-1)?.ok === false,
  };
}

function countBySeverity(alerts: readonly { severity: Severity }[]): Record<Severity, number> {
  return {
    alert: alerts.filter((a) => a.severity === "alert").length,
    watch: alerts.filter((a) => a.severity === "watch").length,
  };
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((a, t) => a + f(t), 0);
}
