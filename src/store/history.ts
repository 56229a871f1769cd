/**
 * Past weeks as the analysis needs them: each detector's measures per scope (figures and token sets,
 * never evidence or text) and each week's findings (status and score before and after the persistence
 * rule). A weekly run reads them instead of measuring its baseline weeks again.
 */
import type { Finding, Measure, SignalId, Status } from "../core/signals/types.js";
import { json, type Sql } from "./sql.js";
import { writeWeekSummary } from "./summaries.js";

/** One week's judgement of a signal and scope, as stored: what the trend and persistence rule read. */
export interface StoredFinding {
  signal: SignalId;
  scope: string;
  rawStatus: Status;
  rawScore: number;
  status: Status;
  score: number;
  value: number | null;
  baseline: number | null;
  unit: string;
  insufficientHistory: boolean;
  details: Record<string, number>;
}

export interface StoredWeek {
  week: string;
  measures: Measure[];
  /** Null for a week stored as a baseline only (measured, never judged). */
  findings: StoredFinding[] | null;
}

export class History {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
  ) {}

  /**
   * Replaces the week's measures and findings (null: a baseline-only week, measured but not judged)
   * in one transaction, so a re-run writes the same rows and a reader never sees half a week. A judged
   * week also gets its summary (summaries.ts), the row a consultant's comparison reads.
   */
  async saveWeek(
    week: string,
    measures: readonly Measure[],
    findings: readonly StoredFinding[] | null,
  ): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [this.tenantId]);
      await tx.query("DELETE FROM measured_weeks WHERE tenant_id = $1 AND week = $2", [this.tenantId, week]);
      await tx.query("INSERT INTO measured_weeks (tenant_id, week, judged) VALUES ($1, $2, $3)", [
        this.tenantId,
        week,
        findings !== null,
      ]);
      if (measures.length > 0) {
        await tx.query(
          `INSERT INTO measures (tenant_id, week, signal, scope, value, unit, figures, sets)
           SELECT $1, $2, m->>'signal', m->>'scope', (m->>'value')::double precision, m->>'unit',
                  m->'figures', m->'sets'
           FROM jsonb_array_elements($3::text::jsonb) AS m`,
          [this.tenantId, week, json(measures.map(storedMeasure))],
        );
      }
      if (findings && findings.length > 0) {
        await tx.query(
          `INSERT INTO findings (tenant_id, week, signal, scope, raw_status, raw_score, status, score,
                                 value, baseline, unit, insufficient, details)
           SELECT $1, $2, f->>'signal', f->>'scope', f->>'rawStatus', (f->>'rawScore')::integer,
                  f->>'status', (f->>'score')::integer, (f->>'value')::double precision,
                  (f->>'baseline')::double precision, f->>'unit', (f->>'insufficientHistory')::boolean,
                  f->'details'
           FROM jsonb_array_elements($3::text::jsonb) AS f`,
          [this.tenantId, week, json(findings)],
        );
      }
      // The comparison's row of the week, in the same transaction: never a week without it.
      if (findings) await writeWeekSummary(tx, this.tenantId, week, findings, measures);
    });
  }

  /** The stored weeks among `weeks` (ISO week ids), each with its measures and findings. */
  async loadWeeks(weeks: readonly string[]): Promise<Map<string, StoredWeek>> {
    const out = new Map<string, StoredWeek>();
    if (weeks.length === 0) return out;
    const measured = await this.sql.query<{ week: string; judged: boolean }>(
      "SELECT week, judged FROM measured_weeks WHERE tenant_id = $1 AND week = ANY($2::text[])",
      [this.tenantId, [...weeks]],
    );
    for (const { week, judged } of measured)
      out.set(week, { week, measures: [], findings: judged ? [] : null });
    const measures = await this.sql.query<MeasureRow>(
      `SELECT week, signal, scope, value, unit, figures, sets FROM measures
       WHERE tenant_id = $1 AND week = ANY($2::text[]) ORDER BY week, signal, scope`,
      [this.tenantId, [...weeks]],
    );
    for (const r of measures) out.get(r.week)?.measures.push(toMeasure(r));
    const findings = await this.sql.query<FindingRow>(
      `SELECT week, signal, scope, raw_status, raw_score, status, score, value, baseline, unit,
              insufficient, details FROM findings
       WHERE tenant_id = $1 AND week = ANY($2::text[]) ORDER BY week, signal, scope`,
      [this.tenantId, [...weeks]],
    );
    for (const r of findings) out.get(r.week)?.findings?.push(toFinding(r));
    return out;
  }

  /** Every stored week id, oldest first. */
  async weeks(): Promise<string[]> {
    const rows = await this.sql.query<{ week: string }>(
      "SELECT week FROM measured_weeks WHERE tenant_id = $1 ORDER BY week",
      [this.tenantId],
    );
    return rows.map((r) => r.week);
  }
}

/** A finding as stored: its raw judgement (before the persistence rule) and the final one. */
export function storedFinding(raw: Finding, final: Finding): StoredFinding {
  return {
    signal: final.signal,
    scope: final.scope,
    rawStatus: raw.status,
    rawScore: raw.score,
    status: final.status,
    score: final.score,
    value: final.value,
    baseline: final.baseline,
    unit: final.unit,
    insufficientHistory: final.insufficientHistory,
    details: final.details,
  };
}

function storedMeasure(m: Measure) {
  return {
    signal: m.signal,
    scope: m.scope,
    value: m.value,
    unit: m.unit,
    figures: m.figures,
    sets: m.sets ?? null,
  };
}

interface MeasureRow extends Record<string, unknown> {
  week: string;
  signal: SignalId;
  scope: string;
  value: number | null;
  unit: string;
  figures: Record<string, number>;
  sets: Record<string, string[]> | null;
}

function toMeasure(r: MeasureRow): Measure {
  return {
    signal: r.signal,
    scope: r.scope,
    value: r.value === null ? null : Number(r.value),
    unit: r.unit,
    figures: r.figures,
    ...(r.sets ? { sets: r.sets } : {}),
    evidence: [],
  };
}

interface FindingRow extends Record<string, unknown> {
  week: string;
  signal: SignalId;
  scope: string;
  raw_status: Status;
  raw_score: number;
  status: Status;
  score: number;
  value: number | null;
  baseline: number | null;
  unit: string;
  insufficient: boolean;
  details: Record<string, number>;
}

function toFinding(r: FindingRow): StoredFinding {
  return {
    signal: r.signal,
    scope: r.scope,
    rawStatus: r.raw_status,
    rawScore: Number(r.raw_score),
    status: r.status,
    score: Number(r.score),
    value: r.value === null ? null : Number(r.value),
    baseline: r.baseline === null ? null : Number(r.baseline),
    unit: r.unit,
    insufficientHistory: r.insufficient,
    details: r.details,
  };
}
