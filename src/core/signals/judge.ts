import type { Sensitivity } from "../model.js";
import type { Status } from "./types.js";

/** Minimum baseline weeks before a signal may watch or alert. */
export const MIN_BASELINE_WEEKS = 3;

/** Thresholds are divided by this: high sensitivity alerts earlier. */
export const SENSITIVITY_FACTOR: Record<Sensitivity, number> = { low: 0.75, normal: 1, high: 1.35 };

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export interface ChangeOptions {
  value: number;
  /** Baseline weeks' values (nulls already removed). */
  baseline: readonly number[];
  /** Which way is unhealthy. */
  direction: "up" | "down";
  /** Relative change (vs the baseline median) that makes a `watch`, e.g. 0.25 = +25 %. */
  watch: number;
  /** Relative change that makes an `alert`. */
  alert: number;
  /** Absolute change below which nothing is flagged, whatever the ratio (noise floor). */
  minDelta: number;
  /** Lower bound of the denominator, so that a tiny baseline does not explode ratios. */
  floor?: number;
  sensitivity?: Sensitivity;
}

export interface Judgement {
  status: Status;
  /** 0–100, higher is healthier. */
  score: number;
  baseline: number | null;
  /** Signed relative change in the unhealthy direction (positive = worse). */
  change: number;
  insufficientHistory: boolean;
}

/**
 * Compares a week's value with the median of its baseline. Median, not mean: one odd week
 * (a seminar, holidays) must not move the reference. Both a relative and an absolute change
 * are required, so a small team going from 1 to 2 of something does not alert.
 */
export function judgeChange(o: ChangeOptions): Judgement {
  const base = median(o.baseline);
  if (base === null || o.baseline.length < MIN_BASELINE_WEEKS) {
    return { status: "ok", score: 100, baseline: base, change: 0, insufficientHistory: true };
  }
  const f = SENSITIVITY_FACTOR[o.sensitivity ?? "normal"];
  const delta = o.direction === "up" ? o.value - base : base - o.value;
  const change = delta / Math.max(Math.abs(base), o.floor ?? 1e-9);
  const bigEnough = delta >= o.minDelta / f;
  const status: Status =
    bigEnough && change >= o.alert / f ? "alert" : bigEnough && change >= o.watch / f ? "watch" : "ok";
  return {
    status,
    score: scoreFrom(change, o.alert / f, status),
    baseline: base,
    change,
    insufficientHistory: false,
  };
}

export interface LevelOptions {
  value: number;
  direction: "up" | "down";
  watch: number;
  alert: number;
  sensitivity?: Sensitivity;
}

/** Judges an absolute level (a share, a rate) against fixed thresholds. */
export function judgeLevel(o: LevelOptions): Omit<Judgement, "baseline" | "insufficientHistory"> {
  const f = SENSITIVITY_FACTOR[o.sensitivity ?? "normal"];
  const bad = (x: number) => (o.direction === "up" ? o.value >= x : o.value <= x);
  const alertAt = o.direction === "up" ? o.alert / f : o.alert * f;
  const watchAt = o.direction === "up" ? o.watch / f : o.watch * f;
  const status: Status = bad(alertAt) ? "alert" : bad(watchAt) ? "watch" : "ok";
  const span = Math.abs(alertAt - (o.direction === "up" ? 0 : 1)) || 1;
  const worse = o.direction === "up" ? o.value : 1 - o.value;
  return { status, score: scoreFrom(worse / span, 1, status), change: worse };
}

// The score scale lives with the one score/status/colour rule in scoring.ts.
import { bandScore, scoreFrom } from "../scoring.js";

export { bandScore, scoreFrom };

export function worst(a: Status, b: Status): Status {
  const rank: Record<Status, number> = { ok: 0, watch: 1, alert: 2 };
  return rank[a] >= rank[b] ? a : b;
}
