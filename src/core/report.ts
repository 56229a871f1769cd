import type { Cadence, Locale } from "./model.js";
import type { Evidence, Scope, SignalId, Status } from "./signals/types.js";

/** One signal for one scope in `report.json` `signals`. */
export interface SignalEntry {
  id: SignalId;
  scope: Scope;
  score: number;
  status: Status;
  value: number | null;
  baseline: number | null;
  unit: string;
  insufficientHistory: boolean;
  summary: string;
  details: Record<string, number>;
}

export interface AlertEntry {
  signal: SignalId;
  scope: Scope;
  severity: Exclude<Status, "ok">;
  score: number;
  summary: string;
  action: string;
  evidence: Evidence[];
}

export interface TeamEntry {
  scope: Scope;
  name: string;
  size: number;
  /** Mean of the team's signal scores (those with enough history). */
  score: number | null;
  signals: Partial<Record<SignalId, { status: Status; score: number }>>;
}

export interface RitualEntry {
  id: string;
  name: string;
  cadence: Cadence;
  /** Occurrences expected in the analysed week (may be fractional for monthly/quarterly: 0 or 1 in practice). */
  expected: number;
  held: number;
  cancelled: number;
  withNotes: number;
  withDecisions: number;
  withoutAgenda: number;
}

export interface TrendPoint {
  week: string;
  score: number | null;
}

/** The `report.json` contract (SPEC "Report"). Fields may be added, never removed. */
export interface Report {
  tenant: string;
  tenantName: string;
  week: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD`, in the tenant's zone. */
  period: { start: string; end: string };
  locale: Locale;
  timezone: string;
  score: number;
  status: Status;
  /** True when no signal had enough history: `score` is then 100 by convention, not a judgement. */
  insufficientHistory?: boolean;
  /**
   * The mean of the signal scores, only when organisation-wide alerts capped `score` below it
   * (ORG_ALERT_CAPS: one caps it at 70, three at 40).
   */
  meanScore?: number;
  /** Weeks each figure is compared with (the tenant's `baselineWeeks`). */
  baselineWeeks?: number;
  /** Overall score of recent weeks, oldest first, ending with this week. */
  trend: TrendPoint[];
  signals: SignalEntry[];
  alerts: AlertEntry[];
  teams: TeamEntry[];
  rituals: RitualEntry[];
  warnings: { file: string; message: string }[];
  stats: { people: number; teams: number; meetings: number; notes: number };
  generatedBy: string;
}
