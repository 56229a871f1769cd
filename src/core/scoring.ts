import type { Finding, SignalId, Status } from "./signals/types.js";
import { ORG } from "./signals/types.js";

/** Weight of the worst team in a signal's score: a team in trouble must show in the total. */
export const WORST_TEAM_WEIGHT = 0.4;

/**
 * The one rule that links a score, its status, its colour and the legend, everywhere (signal,
 * team cell, overall score): 71–100 `ok` (green), 41–70 `watch` (amber), 0–40 `alert` (red).
 */
export const STATUS_BANDS: Record<Status, { min: number; max: number }> = {
  alert: { min: 0, max: 40 },
  watch: { min: 41, max: 70 },
  ok: { min: 71, max: 100 },
};

/** The status a score means under STATUS_BANDS. */
export function statusOfScore(score: number): Status {
  if (score <= STATUS_BANDS.alert.max) return "alert";
  if (score <= STATUS_BANDS.watch.max) return "watch";
  return "ok";
}

/**
 * Maps a degree of badness (the change over the alert threshold: 0 = no change, 1 = at the
 * threshold) to 0–100: 100 at no change, 40 at the alert threshold, then decaying smoothly
 * (16 at twice the threshold, 6 at three times) instead of flattening at 0 — two alerts of
 * different strength keep different scores. The status then places the score in its band.
 */
export function scoreFrom(change: number, alertAt: number, status: Status): number {
  const s = Math.max(0, change) / (alertAt || 1);
  return bandScore(Math.round(100 * 2.5 ** -s), status);
}

/**
 * Places a score inside its status band. A score already in the band is kept. One outside it
 * (a first-week alert shown as a watch, a big relative change on too small a volume) is not
 * clamped to the band's edge — which made every such watch exactly 41 or 70 — but rescaled
 * into the band, so that its order among the others is kept.
 */
export function bandScore(score: number, status: Status): number {
  const band = STATUS_BANDS[status];
  const raw = Math.max(0, Math.min(100, score));
  if (raw >= band.min && raw <= band.max) return Math.round(raw);
  const span = band.max - band.min;
  // Below the band: 0..min-1 maps onto the lower half; above it: max+1..100 onto the upper half.
  if (raw < band.min) return Math.round(band.min + (raw / Math.max(1, band.min)) * (span / 2));
  return Math.round(band.max - span / 2 + ((raw - band.max) / Math.max(1, 100 - band.max)) * (span / 2));
}

/** A finding whose score agrees with its status (detectors that skip bandScore included). */
export function coherentFinding(f: Finding): Finding {
  const score = bandScore(f.score, f.status);
  return score === f.score ? f : { ...f, score };
}

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

/** The mean of the signal scores, before ORG_ALERT_CAPS; null when no signal has history. */
export function meanScore(findings: readonly Finding[]): number | null {
  const scores = [...signalScores(findings).values()];
  if (scores.length === 0) return null;
  return Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}

/**
 * Alerts judged for the organisation as a whole (scope `org` or one of its rituals), not for one
 * team. A team's alert already weighs on its signal's score (WORST_TEAM_WEIGHT) and is shown in
 * the grid; an organisation-wide one says the company itself is not healthy this week.
 */
export function orgAlerts(findings: readonly Finding[]): number {
  return findings.filter(
    (f) => f.status === "alert" && !f.insufficientHistory && !f.scope.startsWith("team:"),
  ).length;
}

/**
 * The overall score never reads healthier than the organisation's own alerts: one open
 * organisation-wide alert caps it at the top of the watch band, three (a third of the signals
 * at once) at the top of the alert band. The mean of ten signals could otherwise stay green
 * beside a red card, because nine healthy signals outweigh one in alert.
 */
export const ORG_ALERT_CAPS: readonly { orgAlerts: number; max: number }[] = [
  { orgAlerts: 3, max: STATUS_BANDS.alert.max },
  { orgAlerts: 1, max: STATUS_BANDS.watch.max },
];

/** The highest overall score `n` organisation-wide alerts allow (100 when none). */
export function scoreCap(n: number): number {
  return ORG_ALERT_CAPS.find((c) => n >= c.orgAlerts)?.max ?? 100;
}

/** The alignment-health score: meanScore capped by ORG_ALERT_CAPS; null when no signal has history. */
export function overallScore(findings: readonly Finding[]): number | null {
  const mean = meanScore(findings);
  return mean === null ? null : Math.min(mean, scoreCap(orgAlerts(findings)));
}

/**
 * The page's status is the status of its score (STATUS_BANDS), so the number, its colour and
 * its word never disagree; the cap of overallScore keeps it from contradicting an alert.
 * Without a score (no history yet) the page is `ok`: nothing could be judged.
 */
export function overallStatus(score: number | null, _findings: readonly Finding[] = []): Status {
  return score === null ? "ok" : statusOfScore(score);
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
