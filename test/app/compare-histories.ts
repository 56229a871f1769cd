/** Small client histories for the comparison's tests, and an in-memory PortfolioSource. */

import type {
  ClientHistory,
  ClientTenant,
  PortfolioSource,
  StoredFinding,
  StoredWeek,
} from "../../src/app/compare-input.js";
import { overallScore, overallStatus } from "../../src/core/scoring.js";
import { SIGNAL_IDS, type SignalId, type Status } from "../../src/core/signals/types.js";
import { parseWeek, shiftWeek } from "../../src/core/week.js";
import { asFinding } from "../../src/core/week-summary.js";

export const WEEK = "2026-W47";

export function weekBefore(n: number, week = WEEK): string {
  const w = parseWeek(week, "UTC");
  if (!w) throw new Error(week);
  return shiftWeek(w, -n).id;
}

export interface WeekSpec {
  /** Weeks before WEEK (0 = WEEK). */
  ago: number;
  /** Score of the unflagged findings; the overall score follows from them, as the core computes it. */
  score: number;
  /** Flagged findings, `signal` or `signal@team:Name`. */
  flags?: Record<string, Exclude<Status, "ok">>;
  /** Team scores, by team name. */
  teamScores?: Record<string, number>;
}

export interface HistorySpec {
  id: string;
  name?: string;
  locale?: "fr" | "en";
  consultants?: string[];
  share?: boolean;
  minGroupSize?: number;
  teams?: Record<string, number>;
  weeks: WeekSpec[];
  /** Weeks before WEEK of failed runs. */
  failed?: number[];
}

function findings(spec: HistorySpec, w: WeekSpec): StoredFinding[] {
  const out: StoredFinding[] = [];
  for (const signal of SIGNAL_IDS) {
    const status = w.flags?.[signal] ?? "ok";
    out.push({ signal, scope: "org", score: scoreFor(w.score, status), status, insufficientHistory: false });
    for (const team of Object.keys(spec.teams ?? {})) {
      const st = w.flags?.[`${signal}@team:${team}`] ?? "ok";
      const base = w.teamScores?.[team] ?? w.score;
      out.push({
        signal,
        scope: `team:${team}`,
        score: scoreFor(base, st),
        status: st,
        insufficientHistory: false,
      });
    }
  }
  return out;
}

const scoreFor = (base: number, status: Status): number =>
  status === "alert" ? Math.min(base, 35) : status === "watch" ? Math.min(base, 60) : base;

export function tenantOf(spec: HistorySpec): ClientTenant {
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    locale: spec.locale ?? "fr",
    consultants: spec.consultants ?? [],
    shareTeamFigures: spec.share ?? false,
    minGroupSize: spec.minGroupSize ?? 5,
  };
}

export function history(spec: HistorySpec): ClientHistory {
  // Overall score and status as the store gives them: computed from the findings by the core.
  const weeks: StoredWeek[] = spec.weeks.map((w) => {
    const fs = findings(spec, w);
    const score = overallScore(fs.map(asFinding));
    return {
      week: weekBefore(w.ago),
      score,
      status: overallStatus(score, fs.map(asFinding)),
      findings: fs,
      teams: Object.entries(spec.teams ?? {}).map(([name, size]) => ({ scope: `team:${name}`, name, size })),
    };
  });
  const runs = [
    ...spec.weeks.map((w) => ({ week: weekBefore(w.ago), ok: true, finishedAt: `${weekBefore(w.ago)}-ok` })),
    ...(spec.failed ?? []).map((ago) => ({
      week: weekBefore(ago),
      ok: false,
      finishedAt: `${weekBefore(ago)}-zz`,
    })),
  ];
  return { tenant: tenantOf(spec), weeks, runs, alerts: null };
}

/** Twelve calm weeks at `score`, optionally with flags on the last ones. */
export function calm(score: number, last: Partial<WeekSpec>[] = []): WeekSpec[] {
  return Array.from({ length: 12 }, (_, i) => {
    const ago = 11 - i;
    const override = last[last.length - 1 - ago];
    return { ago, score, ...(override ?? {}) };
  });
}

/** An in-memory source over histories; `tenants` can be changed between calls. */
export class MemorySource implements PortfolioSource {
  constructor(readonly all: ClientHistory[]) {}
  calls: string[][] = [];
  async tenants(): Promise<ClientTenant[]> {
    return this.all.map((h) => ({ ...h.tenant, consultants: [...h.tenant.consultants] }));
  }
  async histories(tenants: readonly ClientTenant[]): Promise<ClientHistory[]> {
    const ids = tenants.map((t) => t.id);
    this.calls.push(ids);
    return this.all.filter((h) => ids.includes(h.tenant.id));
  }
}

export type { SignalId };
