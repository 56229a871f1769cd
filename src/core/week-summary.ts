/**
 * A judged week as it may cross tenants: what a consultant's comparison reads of it. Computed once,
 * when the week is stored, by the same scoring as the leader's page, so the comparison's overall
 * score is the page's. Team scopes below the privacy floor never enter it: not their findings, not
 * their head count, not their alerts.
 */
import { overallScore, overallStatus, signalScores } from "./scoring.js";
import type { Finding, SignalId, Status } from "./signals/types.js";
import { ORG } from "./signals/types.js";
import { MIN_GROUP_SIZE_FLOOR } from "./tenant-schema.js";

/** The fields of a finding a summary keeps. */
export type SummaryFinding = Pick<Finding, "signal" | "scope" | "score" | "status" | "insufficientHistory">;

export interface WeekSummary {
  score: number | null;
  status: Status;
  /** Per measured signal: its score (null without history) and its org-level status. */
  signals: Partial<Record<SignalId, { score: number | null; status: Status }>>;
  /** Per signal with a flagged scope: how many scopes are flagged, by severity. */
  alerts: Partial<Record<SignalId, { alert: number; watch: number }>>;
  /** Findings of the organisation, the rituals and the teams at or above the floor. */
  findings: SummaryFinding[];
  /** Teams at or above the floor and their head counts. */
  teams: { scope: string; people: number }[];
  /** The floor applied (never below MIN_GROUP_SIZE_FLOOR). */
  minGroupSize: number;
}

/**
 * `teamSizes`: each team scope's head count that week; a team scope without one is treated as
 * under the floor (nothing says it is large enough).
 */
export function summariseWeek(
  findings: readonly SummaryFinding[],
  teamSizes: ReadonlyMap<string, number>,
  minGroupSize: number,
): WeekSummary {
  const floor = Math.max(minGroupSize, MIN_GROUP_SIZE_FLOOR);
  const shown = (scope: string) => !scope.startsWith("team:") || (teamSizes.get(scope) ?? 0) >= floor;
  const full = findings.map(asFinding);
  // The score is the page's: every finding counts, as it did on the leader's own page.
  const score = overallScore(full);
  const scores = signalScores(full);
  const signals: WeekSummary["signals"] = {};
  const alerts: WeekSummary["alerts"] = {};
  for (const f of findings) {
    const s = signals[f.signal];
    if (!s || f.scope === ORG)
      signals[f.signal] = { score: scores.get(f.signal) ?? null, status: orgStatus(f, s) };
    if (f.status === "ok" || !shown(f.scope)) continue;
    const a = alerts[f.signal] ?? { alert: 0, watch: 0 };
    a[f.status] += 1;
    alerts[f.signal] = a;
  }
  return {
    score,
    status: overallStatus(score),
    signals,
    alerts,
    findings: findings.filter((f) => shown(f.scope)).map(pick),
    teams: [...teamSizes]
      .filter(([scope, people]) => scope.startsWith("team:") && people >= floor)
      .map(([scope, people]) => ({ scope, people }))
      .sort((a, b) => a.scope.localeCompare(b.scope)),
    minGroupSize: floor,
  };
}

/** The org finding's status; until it is seen, ok. */
function orgStatus(f: SummaryFinding, current: { status: Status } | undefined): Status {
  return f.scope === ORG ? f.status : (current?.status ?? "ok");
}

function pick(f: SummaryFinding): SummaryFinding {
  return {
    signal: f.signal,
    scope: f.scope,
    score: f.score,
    status: f.status,
    insufficientHistory: f.insufficientHistory,
  };
}

const NO_EVIDENCE: Finding["evidence"] = [];
const NO_DETAILS: Finding["details"] = {};

/** The scoring reads these fields only; one literal shape (no spread: this runs for every finding). */
export function asFinding(f: SummaryFinding): Finding {
  return {
    signal: f.signal,
    scope: f.scope,
    score: f.score,
    status: f.status,
    insufficientHistory: f.insufficientHistory,
    value: null,
    baseline: null,
    unit: "",
    summary: "",
    action: "",
    evidence: NO_EVIDENCE,
    details: NO_DETAILS,
  };
}
