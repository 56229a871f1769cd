import type { Scope, SignalId, Status } from "./signals/types.js";
import { ORG } from "./signals/types.js";
import { weeksBetween } from "./week.js";

/** A planted signal of a labelled scenario (`expected.json`). */
export interface Label {
  signal: SignalId;
  scope: Scope;
  from: string;
  to: string;
}

export interface Expected {
  /** First and last analysed weeks. */
  weeks: [string, string];
  signals: Label[];
}

export interface RaisedAlert {
  week: string;
  signal: SignalId;
  scope: Scope;
  severity: Exclude<Status, "ok">;
}

export interface ScenarioScore {
  labels: number;
  hits: number;
  misses: Label[];
  /** Weeks from a label's `from` to its first alert, for each hit label. */
  delays: number[];
  falseAlarms: RaisedAlert[];
}

/** A label is hit by a watch or alert of the same signal and scope, from `from` to two weeks after. */
export const HIT_WINDOW_WEEKS = 2;

/** Scores one scenario's alerts against its labels, exactly as SPEC "Labelled scenarios" says. */
export function scoreScenario(expected: Expected, raised: readonly RaisedAlert[]): ScenarioScore {
  const misses: Label[] = [];
  const delays: number[] = [];
  for (const label of expected.signals) {
    const delay = firstHitDelay(label, raised);
    if (delay === null) misses.push(label);
    else delays.push(delay);
  }
  const falseAlarms = raised.filter(
    (a) => a.severity === "alert" && !expected.signals.some((l) => covers(l, a)),
  );
  return { labels: expected.signals.length, hits: delays.length, misses, delays, falseAlarms };
}

function firstHitDelay(label: Label, raised: readonly RaisedAlert[]): number | null {
  let best: number | null = null;
  for (const a of raised) {
    if (a.signal !== label.signal || a.scope !== label.scope) continue;
    const d = weeksBetween(label.from, a.week);
    if (d >= 0 && d <= HIT_WINDOW_WEEKS && (best === null || d < best)) best = d;
  }
  return best;
}

/** Same signal, a week inside the label, and a compatible scope (same, or org ↔ team). */
function covers(label: Label, a: RaisedAlert): boolean {
  if (label.signal !== a.signal) return false;
  if (weeksBetween(label.from, a.week) < 0 || weeksBetween(a.week, label.to) < 0) return false;
  return label.scope === a.scope || a.scope === ORG || label.scope === ORG;
}

export interface EvalTotals {
  scenarios: number;
  labels: number;
  hits: number;
  recall: number;
  falseAlarms: number;
  /** Alerts raised in healthy scenarios (no labels): must be zero. */
  healthyAlerts: number;
  meanDelay: number | null;
  /** Share of raised `alert`s that a label covers (1 when none was raised). */
  precision: number;
  /** Watches shown per analysed week of the healthy scenarios: the page's noise (null without any). */
  healthyWatchesPerWeek: number | null;
}

export function totals(
  scores: readonly { expected: Expected; score: ScenarioScore; raised?: readonly RaisedAlert[] }[],
): EvalTotals {
  const labels = scores.reduce((a, s) => a + s.score.labels, 0);
  const hits = scores.reduce((a, s) => a + s.score.hits, 0);
  const delays = scores.flatMap((s) => s.score.delays);
  return {
    scenarios: scores.length,
    labels,
    hits,
    recall: labels ? hits / labels : 1,
    falseAlarms: scores.reduce((a, s) => a + s.score.falseAlarms.length, 0),
    healthyAlerts: scores
      .filter((s) => s.expected.signals.length === 0)
      .reduce((a, s) => a + s.score.falseAlarms.length, 0),
    meanDelay: delays.length ? delays.reduce((a, b) => a + b, 0) / delays.length : null,
    precision: precisionOf(scores),
    healthyWatchesPerWeek: healthyWatches(scores),
  };
}

function precisionOf(scores: readonly { score: ScenarioScore; raised?: readonly RaisedAlert[] }[]): number {
  const alerts = scores.reduce(
    (a, s) => a + (s.raised ?? []).filter((r) => r.severity === "alert").length,
    0,
  );
  const wrong = scores.reduce((a, s) => a + s.score.falseAlarms.length, 0);
  return alerts ? (alerts - wrong) / alerts : 1;
}

function healthyWatches(
  scores: readonly { expected: Expected; raised?: readonly RaisedAlert[] }[],
): number | null {
  const healthy = scores.filter((s) => s.expected.signals.length === 0 && s.raised);
  const weeks = healthy.reduce((a, s) => a + weeksBetween(s.expected.weeks[0], s.expected.weeks[1]) + 1, 0);
  const watches = healthy.reduce(
    (a, s) => a + (s.raised ?? []).filter((r) => r.severity === "watch").length,
    0,
  );
  return weeks ? watches / weeks : null;
}
