/**
 * The consultant's portfolio: what may cross tenants. Aggregates only — scores, statuses,
 * counts, weeks, percentiles and, where a client allows it, figures of teams of at least its
 * privacy floor. `compare.json` is this object; the HTML and CSV writers render it.
 */
import type { Locale } from "../core/model.js";
import type { SignalId, Status } from "../core/signals/types.js";

export type Severity = Exclude<Status, "ok">;

/** One client × signal cell of the heatmap. */
export interface SignalCell {
  /** The signal's org-level score (pulled down by a struggling team, as on the leader's page). */
  score: number | null;
  /** The most severe open alert of the signal (any scope), else ok; null when not measured. */
  status: Status | null;
  /** Week the oldest open alert of this signal was opened: "since when". */
  since: string | null;
  /** Share of the portfolio's clients this client does as well as or better than, 0–100. */
  percentile: number | null;
  open: Record<Severity, number>;
}

export interface AlertChange {
  signal: SignalId;
  severity: Severity;
  /** Team name, only where the client shares team figures and the team is above the floor. */
  team: string | null;
}

export interface TeamRow {
  name: string;
  size: number;
  /** Mean of the team's signal scores, null without history. */
  score: number | null;
  /** The team's flagged signals. */
  flags: Partial<Record<SignalId, Severity>>;
}

export interface Freshness {
  /** Week analysed by the last successful run, null if none. */
  lastWeek: string | null;
  /** Weeks between that week and the comparison's week; null if never run. */
  weeksSince: number | null;
  /** No successful run for `STALE_AFTER_WEEKS` weeks or more, or never. */
  stale: boolean;
  /** The latest run failed. */
  lastRunFailed: boolean;
}

/** Why a client sits where it does in the ordering, as stable codes the writers translate. */
export type AttentionReason =
  | "alerts"
  | "very_low_score"
  | "low_score"
  | "watches"
  | "new_alerts"
  | "falling"
  | "stale"
  | "failed_run"
  | "no_data";

export interface ClientRow {
  /** 1 = needs attention first. */
  rank: number;
  tenant: string;
  name: string;
  locale: Locale;
  score: number | null;
  status: Status | null;
  /** Score change over `CHANGE_WEEKS` weeks, null when either end is missing. */
  change: number | null;
  /** Overall score per week of `Portfolio.weeks`, null where no run analysed the week. */
  sparkline: (number | null)[];
  signals: Record<SignalId, SignalCell>;
  openAlerts: Record<Severity, number>;
  newAlerts: AlertChange[];
  resolvedAlerts: AlertChange[];
  freshness: Freshness;
  /** Null: the client does not share team figures. */
  teams: TeamRow[] | null;
  /** 0 = first, 1 = then, 2 = healthy and fresh. */
  tier: 0 | 1 | 2;
  reasons: AttentionReason[];
}

export interface Portfolio {
  /** The comparison's week (ISO id): "this week" for changes and freshness. */
  week: string;
  /** The sparkline's weeks, oldest first, ending with `week`. */
  weeks: string[];
  locale: Locale;
  signals: SignalId[];
  clients: ClientRow[];
  totals: { clients: number; needAttention: number; alerts: number; watches: number; stale: number };
  generatedBy: string;
}
