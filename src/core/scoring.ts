import type { Finding, SignalId, Status } from "./signals/types.js";
import { ORG } from "./signals/types.js";

/** Weight of the worst team in a signal's score: a team in trouble must show in the total. */
export const WORST_TEAM_WEIGHT = 0.4;

/** Overall score below which the page says "alert" / "watch". */
export const OVERALL_ALERT_BELOW = 50;
export const OVERALL_WATCH_BELOW = 75;

/**
 * One score per signal: the org score, pulled down by the worst team when a team does
 * worse than the organisation as a whole. Signals without enough history are left out.
 */
export function signalScores(findings: readonly Finding[]): Map<SignalId, number> {
  const bySignal = new Map<SignalId, Finding[]>();
  for (const f of findings) {
    if (f.insufficientHistory) continue;
    bySignal.set(f.signal, [...(bySignal.get(f.signal) ?? []), f]);
  }
  const out = new Map<SignalId, number>();
  for (const [signal, fs] of bySignal) {
    const org = fs.find((f) => f.scope === ORG)?.score;
    const teams = fs.filter((f) => f.scope !== ORG).map((f) => f.score);
    const worstTeam = teams.length ? Math.min(...teams) : undefined;
    if (org === undefined) out.set(signal, worstTeam ?? 100);
    else if (worstTeam === undefined || worstTeam >= org) out.set(signal, org);
    else out.set(signal, Math.round((1 - WORST_TEAM_WEIGHT) * org + WORST_TEAM_WEIGHT * worstTeam));
  }
  return out;
}

/** The alignment-health score: mean of the signal scores; null when no signal has history. */
export function overallScore(findings: readonly Finding[]): number | null {
  const scores = [...signalScores(findings).values()];
  if (scores.length === 0) return null;
  return Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}

/** An org-wide alert, or a low score, makes the page "alert"; any alert or watch makes it "watch". */
export function overallStatus(score: number | null, findings: readonly Finding[]): Status {
  const orgAlert = findings.some((f) => f.scope === ORG && f.status === "alert");
  if (orgAlert || (score !== null && score < OVERALL_ALERT_BELOW)) return "alert";
  const anyFlag = findings.some((f) => f.status !== "ok");
  if (anyFlag || (score !== null && score < OVERALL_WATCH_BELOW)) return "watch";
  return "ok";
}

const SEVERITY_RANK: Record<Status, number> = { alert: 0, watch: 1, ok: 2 };

/** Alerts first, then watches; org before teams; then the lowest score. */
export function byUrgency(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.status] - SEVERITY_RANK[b.status] ||
    Number(a.scope !== ORG) - Number(b.scope !== ORG) ||
    a.score - b.score ||
    a.signal.localeCompare(b.signal)
  );
}
