/**
 * What the comparison reads of one client tenant: figures the store keeps, nothing else. No
 * person, note text or event title can be expressed here, so none can reach a comparison.
 */
import type { Locale } from "../core/model.js";
import type { Scope, SignalId, Status } from "../core/signals/types.js";

/** The tenant's own settings that govern what a consultant may see of it. */
export interface ClientTenant {
  id: string;
  name: string;
  locale: Locale;
  /** Google accounts (lower-cased emails) the tenant's administrator granted access. */
  consultants: string[];
  /** The tenant lets consultants see team-level figures (default false). */
  shareTeamFigures: boolean;
  /** The tenant's privacy floor (`privacy.minGroupSize`). */
  minGroupSize: number;
}

/** One signal for one scope in one analysed week. */
export interface StoredFinding {
  signal: SignalId;
  scope: Scope;
  score: number;
  status: Status;
  insufficientHistory: boolean;
}

/** One analysed week of one tenant, as the store keeps it. */
/**
 * A week's `findings` are read for the latest week a run judged only (the heatmap, the teams);
 * a source may leave the other weeks' empty, their `score` and `status` said already.
 */
export interface StoredWeek {
  /** ISO week id, `YYYY-Www`. */
  week: string;
  /** Overall score, null when no signal had enough history. */
  score: number | null;
  status: Status;
  findings: StoredFinding[];
  /**
   * Each measured signal's score as the leader's page computed it (null without history), when the
   * source keeps it (the store's week summaries); otherwise the builder computes it from `findings`.
   */
  signalScores?: Partial<Record<SignalId, number | null>>;
  /** Team scopes of the week and their head counts (team figures need the size). */
  teams: { scope: Scope; name: string; size: number }[];
}

/** One run of the weekly pipeline. */
export interface StoredRun {
  /** The analysed week. */
  week: string;
  ok: boolean;
  /** ISO instant the run ended. */
  finishedAt: string;
}

/** An alert's life: opened the week it was first flagged, resolved the week it cleared. */
export interface StoredAlert {
  signal: SignalId;
  scope: Scope;
  /** Latest severity. */
  severity: Exclude<Status, "ok">;
  openedWeek: string;
  /** Null while open. */
  resolvedWeek: string | null;
}

export interface ClientHistory {
  tenant: ClientTenant;
  /** Analysed weeks in the requested range, any order. */
  weeks: StoredWeek[];
  /** The latest runs (at least the last successful one and any failed after it). */
  runs: StoredRun[];
  /** Alerts open at some point of the range; derived from `weeks` when the store keeps none. */
  alerts: StoredAlert[] | null;
}

/** Where the comparison reads from: the store, or an in-memory portfolio in tests. */
export interface PortfolioSource {
  /** Every tenant's access settings, read fresh on each call (a revoked grant acts at once). */
  tenants(): Promise<ClientTenant[]>;
  /** The history of the given tenants (as `tenants()` gave them) between two ISO weeks, inclusive. */
  histories(tenants: readonly ClientTenant[], fromWeek: string, toWeek: string): Promise<ClientHistory[]>;
}
