/**
 * Week summaries (`week_summaries`, migration 004): one row per judged tenant-week holding what may
 * cross tenants (see core/week-summary.ts). `History.saveWeek` writes the week's row in the same
 * transaction as its measures and findings; `backfillSummaries` fills the rows of weeks stored before
 * the table existed, the first time a comparison needs them, so an old store compares the same.
 */
import type { Measure, SignalId, Status } from "../core/signals/types.js";
import { TENANT_DEFAULTS } from "../core/tenant.js";
import { type SummaryFinding, summariseWeek, type WeekSummary } from "../core/week-summary.js";
import { json, type Sql, type SqlExecutor } from "./sql.js";

/**
 * Team head counts come from the meeting-inflation measure of each team scope (`figures.people`,
 * the team's active members that week): the one stored figure that says how many people a team had.
 */
export const HEADCOUNT_SIGNAL: SignalId = "meeting_inflation";

/** The privacy floor in force: the tenant's latest saved configuration, else the default. */
const FLOOR = `coalesce((SELECT (config->'privacy'->>'minGroupSize')::integer FROM tenant_configs c
  WHERE c.tenant_id = t.tenant_id ORDER BY version DESC LIMIT 1), ${TENANT_DEFAULTS.privacy.minGroupSize})`;

/** Team scope → head count, from the week's measures. */
export function headcounts(
  measures: readonly Pick<Measure, "signal" | "scope" | "figures">[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of measures) {
    const people = m.figures.people;
    if (m.signal === HEADCOUNT_SIGNAL && m.scope.startsWith("team:") && typeof people === "number")
      out.set(m.scope, people);
  }
  return out;
}

/** Writes (or replaces) one week's summary inside the caller's transaction. */
export async function writeWeekSummary(
  tx: SqlExecutor,
  tenantId: string,
  week: string,
  findings: readonly SummaryFinding[],
  measures: readonly Pick<Measure, "signal" | "scope" | "figures">[],
): Promise<void> {
  const rows = await tx.query<{ floor: number }>(
    `SELECT ${FLOOR} AS floor FROM (SELECT $1::text AS tenant_id) t`,
    [tenantId],
  );
  const summary = summariseWeek(findings, headcounts(measures), Number(rows[0]?.floor));
  await insertSummaries(tx, [{ tenantId, week, summary }]);
}

/**
 * Fills the missing summaries of the judged weeks of these tenants between two ISO weeks (inclusive)
 * from their stored findings and head counts. Returns how many it wrote (0 once filled).
 */
export async function backfillSummaries(
  sql: Sql,
  tenantIds: readonly string[],
  fromWeek: string,
  toWeek: string,
): Promise<number> {
  const missing = await sql.query<MissingRow>(
    `WITH w AS (
       SELECT mw.tenant_id, mw.week FROM measured_weeks mw
       WHERE mw.tenant_id = ANY($1::text[]) AND mw.judged AND mw.week >= $2 AND mw.week <= $3
         AND NOT EXISTS (SELECT 1 FROM week_summaries s WHERE s.tenant_id = mw.tenant_id AND s.week = mw.week))
     SELECT w.tenant_id, w.week,
       (SELECT ${FLOOR} FROM (SELECT w.tenant_id) t) AS floor,
       (SELECT coalesce(jsonb_agg(jsonb_build_array(f.signal, f.scope, f.score, f.status, f.insufficient)), '[]')
        FROM findings f WHERE f.tenant_id = w.tenant_id AND f.week = w.week) AS findings,
       (SELECT coalesce(jsonb_agg(jsonb_build_array(m.scope, m.figures->'people')), '[]')
        FROM measures m WHERE m.tenant_id = w.tenant_id AND m.week = w.week AND m.signal = $4
          AND m.scope LIKE 'team:%') AS heads
     FROM w`,
    [[...tenantIds], fromWeek, toWeek, HEADCOUNT_SIGNAL],
  );
  if (missing.length === 0) return 0;
  const rows = missing.map((r) => ({
    tenantId: r.tenant_id,
    week: r.week,
    summary: summariseWeek(
      r.findings.map(([signal, scope, score, status, insufficient]) => ({
        signal,
        scope,
        score: Number(score),
        status,
        insufficientHistory: insufficient,
      })),
      new Map(r.heads.filter(([, p]) => typeof p === "number").map(([scope, p]) => [scope, Number(p)])),
      Number(r.floor),
    ),
  }));
  await sql.transaction((tx) => insertSummaries(tx, rows));
  return rows.length;
}

interface SummaryRow {
  tenantId: string;
  week: string;
  summary: WeekSummary;
}

/**
 * One statement for any number of rows. A week deleted meanwhile (a re-run replacing it) is skipped:
 * its own transaction writes its new summary.
 */
async function insertSummaries(tx: SqlExecutor, rows: readonly SummaryRow[]): Promise<void> {
  const payload = rows.map(({ tenantId, week, summary: s }) => ({
    t: tenantId,
    w: week,
    score: s.score,
    status: s.status,
    signals: s.signals,
    alerts: s.alerts,
    findings: s.findings.map((f) => [f.signal, f.scope, f.score, f.status, f.insufficientHistory]),
    teams: s.teams.map((t) => [t.scope, t.people]),
    floor: s.minGroupSize,
  }));
  await tx.query(
    `INSERT INTO week_summaries (tenant_id, week, score, status, signals, alerts, findings, teams, min_group_size)
     SELECT r->>'t', r->>'w', (r->>'score')::integer, r->>'status', r->'signals', r->'alerts', r->'findings',
            r->'teams', (r->>'floor')::integer
     FROM jsonb_array_elements($1::text::jsonb) AS r
     WHERE EXISTS (SELECT 1 FROM measured_weeks mw WHERE mw.tenant_id = r->>'t' AND mw.week = r->>'w')
     ON CONFLICT (tenant_id, week) DO UPDATE SET score = excluded.score, status = excluded.status,
       signals = excluded.signals, alerts = excluded.alerts, findings = excluded.findings,
       teams = excluded.teams, min_group_size = excluded.min_group_size`,
    [json(payload)],
  );
}

interface MissingRow extends Record<string, unknown> {
  tenant_id: string;
  week: string;
  floor: number;
  findings: [SignalId, string, number, Status, boolean][];
  heads: [string, unknown][];
}
