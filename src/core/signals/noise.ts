/**
 * Weekly figures are lumpy: the rules that keep ordinary swings from raising alerts, shared
 * by the detectors that read notes and meeting time.
 */
import type { Measure, Status } from "./types.js";

/**
 * Whether the week before the analysed one (the most recent baseline measure) already stood
 * out against the weeks before it. Weekly figures from notes and calendars are lumpy: these
 * detectors raise an `alert` only for a change that holds two weeks running, a single odd week
 * stays a `watch`.
 */
export function previousWeekFlagged(
  baseline: readonly Measure[],
  flagged: (previous: Measure, before: Measure[]) => boolean,
): boolean {
  const [previous, ...before] = baseline;
  return previous !== undefined && flagged(previous, before);
}

/**
 * Weekly counts and shares move by chance: a count of n by about √n (Poisson), a share p of n
 * items by about √(p(1−p)/n) (binomial). A change smaller than `watchSd` of these standard
 * deviations is not flagged, an alert needs `alertSd` of them (both scaled by sensitivity), so
 * that big scopes with large figures do not alert on their ordinary weekly swing.
 */
export const NOISE = { watchSd: 2, alertSd: 3 };

export function countNoise(base: number): number {
  return Math.sqrt(Math.max(base, 1));
}

/** `n` items; the variance is floored so that a usual share of 0 still allows some noise. */
export function shareNoise(base: number, n: number): number {
  return Math.sqrt(Math.max(base * (1 - base), 0.05) / Math.max(n, 1));
}

export function beyondNoise(status: Status, delta: number, sd: number, factor: number): Status {
  if (status === "alert" && delta < (NOISE.alertSd * sd) / factor) status = "watch";
  if (status === "watch" && delta < (NOISE.watchSd * sd) / factor) status = "ok";
  return status;
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
