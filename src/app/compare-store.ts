/**
 * The comparison's reads from the store. The store's TenantStore serves one tenant at a time;
 * comparing 200 clients that way would be 200 round trips per table, so this source reads each
 * table once for the tenants the access rules selected — every query still names them
 * (`tenant_id = ANY($1)`), and reads only the columns that may cross tenants: scores, statuses,
 * team head counts, run outcomes and alert lives. No measure figure but the head count, no
 * evidence, no pseudonym is read.
 */

import { overallScore, overallStatus } from "../core/scoring.js";
import type { SignalId, Status } from "../core/signals/types.js";
import { parseTenant } from "../core/tenant.js";
import type { KeyProvider } from "../store/pseudonyms.js";
import type { Row, Sql } from "../store/sql.js";
import { asFinding } from "./compare-build.js";
import type {
  ClientHistory,
  ClientTenant,
  PortfolioSource,
  StoredAlert,
  StoredFinding,
  StoredRun,
  StoredWeek,
} from "./compare-input.js";

/** Comparisons read no pseudonym: a store opened for them needs no key. */
export const NO_KEYS: KeyProvider = {
  keyFor: async () => {
    throw new Error("the comparison reads no pseudonym");
  },
};

/**
 * Team head counts come from the meeting-inflation measure of each team scope (`figures.people`,
 * the team's active members that week): the one stored figure that says how many people a
 * team scope had. A team without it counts as under the privacy floor.
 */
const HEADCOUNT_SIGNAL: SignalId = "meeting_inflation";

export interface StoreSourceOptions {
  /** Told about a tenant whose stored configuration no longer validates (it is left out). */
  onWarning?: (message: string) => void;
}

export class StorePortfolioSource implements PortfolioSource {
  constructor(
    private readonly sql: Sql,
    private readonly o: StoreSourceOptions = {},
  ) {}

  async tenants(): Promise<ClientTenant[]> {
    const rows = await this.sql.query<{ tenant_id: string; config: unknown }>(
      `SELECT DISTINCT ON (tenant_id) tenant_id, config FROM tenant_configs
       ORDER BY tenant_id, version DESC`,
    );
    const out: ClientTenant[] = [];
    for (const r of rows) {
      try {
        const t = parseTenant(r.config, `stored config of ${r.tenant_id}`);
        out.push({
          id: r.tenant_id,
          name: t.name,
          locale: t.locale,
          consultants: t.consultants ?? [],
          shareTeamFigures: t.consultantTeamFigures ?? false,
          minGroupSize: t.privacy.minGroupSize,
        });
      } catch (e) {
        this.o.onWarning?.(`${(e as Error).message} (tenant left out of the comparison)`);
      }
    }
    return out;
  }

  async histories(ids: readonly string[], fromWeek: string, toWeek: string): Promise<ClientHistory[]> {
    const tenants = new Map((await this.tenants()).filter((t) => ids.includes(t.id)).map((t) => [t.id, t]));
    const list = [...tenants.keys()];
    const [findings, heads, runs, alerts] = await Promise.all([
      this.findings(list, fromWeek, toWeek),
      this.headcounts(list, fromWeek, toWeek),
      this.runs(list, fromWeek, toWeek),
      this.alerts(list, fromWeek, toWeek),
    ]);
    return list.map((id) => ({
      tenant: tenants.get(id) as ClientTenant,
      weeks: weeksOf(findings.get(id), heads.get(id)),
      runs: runs.get(id) ?? [],
      alerts: alerts.get(id) ?? [],
    }));
  }

  private async findings(ids: string[], from: string, to: string) {
    const rows = await this.sql.query<FindingRow>(
      `SELECT f.tenant_id, f.week, f.signal, f.scope, f.status, f.score, f.insufficient
       FROM findings f JOIN measured_weeks w USING (tenant_id, week)
       WHERE f.tenant_id = ANY($1::text[]) AND f.week >= $2 AND f.week <= $3 AND w.judged`,
      [ids, from, to],
    );
    return group(rows, (r) => r.tenant_id);
  }

  private async headcounts(ids: string[], from: string, to: string) {
    const rows = await this.sql.query<{
      tenant_id: string;
      week: string;
      scope: string;
      people: number | null;
    }>(
      `SELECT tenant_id, week, scope, (figures->>'people')::integer AS people FROM measures
       WHERE tenant_id = ANY($1::text[]) AND week >= $2 AND week <= $3 AND signal = $4
         AND scope LIKE 'team:%'`,
      [ids, from, to, HEADCOUNT_SIGNAL],
    );
    return group(rows, (r) => r.tenant_id);
  }

  /** Runs of the range, plus each tenant's last successful run wherever it is. */
  private async runs(ids: string[], from: string, to: string): Promise<Map<string, StoredRun[]>> {
    const rows = await this.sql.query<RunRow>(
      `(SELECT tenant_id, week, status, finished_at FROM runs
        WHERE tenant_id = ANY($1::text[]) AND week >= $2 AND week <= $3 AND status <> 'running')
       UNION
       (SELECT DISTINCT ON (tenant_id) tenant_id, week, status, finished_at FROM runs
        WHERE tenant_id = ANY($1::text[]) AND week <= $3 AND status = 'done'
        ORDER BY tenant_id, week DESC)`,
      [ids, from, to],
    );
    const out = new Map<string, StoredRun[]>();
    for (const r of rows) {
      const run = { week: r.week, ok: r.status === "done", finishedAt: instant(r.finished_at) };
      out.set(r.tenant_id, [...(out.get(r.tenant_id) ?? []), run]);
    }
    return out;
  }

  /** Alerts alive at some point of the range: opened by its end, not resolved before its start. */
  private async alerts(ids: string[], from: string, to: string): Promise<Map<string, StoredAlert[]>> {
    const rows = await this.sql.query<AlertRow>(
      `SELECT tenant_id, signal, scope, severity, first_week, resolved_week FROM alerts
       WHERE tenant_id = ANY($1::text[]) AND first_week <= $3
         AND (resolved_week IS NULL OR resolved_week >= $2)`,
      [ids, from, to],
    );
    const out = new Map<string, StoredAlert[]>();
    for (const r of rows) {
      const a: StoredAlert = {
        signal: r.signal,
        scope: r.scope,
        severity: r.severity,
        openedWeek: r.first_week,
        resolvedWeek: r.resolved_week,
      };
      out.set(r.tenant_id, [...(out.get(r.tenant_id) ?? []), a]);
    }
    return out;
  }
}

function weeksOf(
  findings: FindingRow[] = [],
  heads: { week: string; scope: string; people: number | null }[] = [],
) {
  const byWeek = group(findings, (f) => f.week);
  const headsByWeek = group(heads, (h) => h.week);
  const out: StoredWeek[] = [];
  for (const [week, rows] of byWeek) {
    const fs: StoredFinding[] = rows.map((r) => ({
      signal: r.signal,
      scope: r.scope,
      score: Number(r.score),
      status: r.status,
      insufficientHistory: r.insufficient,
    }));
    const asFindings = fs.map(asFinding);
    const score = overallScore(asFindings);
    const teams = (headsByWeek.get(week) ?? []).map((h) => ({
      scope: h.scope,
      name: h.scope.slice("team:".length),
      size: h.people ?? 0,
    }));
    out.push({ week, score, status: overallStatus(score, asFindings), findings: fs, teams });
  }
  return out;
}

function group<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function instant(v: Date | string | null): string {
  if (v === null) return "";
  return v instanceof Date ? v.toISOString() : new Date(v).toISOString();
}

interface FindingRow extends Row {
  tenant_id: string;
  week: string;
  signal: SignalId;
  scope: string;
  status: Status;
  score: number;
  insufficient: boolean;
}

interface RunRow extends Row {
  tenant_id: string;
  week: string;
  status: string;
  finished_at: Date | string | null;
}

interface AlertRow extends Row {
  tenant_id: string;
  signal: SignalId;
  scope: string;
  severity: Exclude<Status, "ok">;
  first_week: string;
  resolved_week: string | null;
}
