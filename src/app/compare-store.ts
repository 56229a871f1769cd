/**
 * The comparison's reads from the store. The store's TenantStore serves one tenant at a time;
 * comparing 200 clients that way would be 200 round trips per table, so this source reads each
 * table once for the tenants the access rules selected — every query still names them
 * (`tenant_id = ANY($1)`) — and only what may cross tenants: scores, statuses, team head counts,
 * run outcomes and alert lives. No other measure figure, no evidence, no pseudonym is read.
 *
 * Rows are folded in SQL (one text per tenant) because turning rows into objects is what costs
 * most in the embedded engine: 200 tenants × 12 weeks × 60 findings would be 144 000 rows.
 */
import { overallScore, overallStatus } from "../core/scoring.js";
import type { SignalId, Status } from "../core/signals/types.js";
import { MIN_GROUP_SIZE_FLOOR, TENANT_DEFAULTS } from "../core/tenant.js";
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
/** ASCII unit and record separators: no score, week or team name holds them. */
const US = "\u001f";
const RS = "\u001e";

export interface StoreSourceOptions {
  /** Told about a tenant whose stored configuration cannot be read (it is left out). */
  onWarning?: (message: string) => void;
}

export class StorePortfolioSource implements PortfolioSource {
  constructor(
    private readonly sql: Sql,
    private readonly o: StoreSourceOptions = {},
  ) {}

  /**
   * Each tenant's configuration in force. It was validated as `tenant.json` when saved; the
   * comparison reads its five access and display fields, with their documented defaults.
   */
  async tenants(): Promise<ClientTenant[]> {
    const rows = await this.sql.query<TenantRow>(
      `SELECT DISTINCT ON (tenant_id) tenant_id, config->>'name' AS name, config->>'locale' AS locale,
              config->'consultants' AS consultants, config->'consultantTeamFigures' AS share,
              config->'privacy'->'minGroupSize' AS floor
       FROM tenant_configs WHERE version > 0 ORDER BY tenant_id, version DESC`,
    );
    const out: ClientTenant[] = [];
    for (const r of rows) {
      const t = toTenant(r);
      if (t) out.push(t);
      else
        this.o.onWarning?.(
          `stored config of ${r.tenant_id}: unexpected name, locale or consultants (tenant left out)`,
        );
    }
    return out;
  }

  async histories(
    tenants: readonly ClientTenant[],
    fromWeek: string,
    toWeek: string,
  ): Promise<ClientHistory[]> {
    const ids = tenants.map((t) => t.id);
    const p = [ids, fromWeek, toWeek];
    const [summaries, latest, heads, runs, alerts] = await Promise.all([
      this.folded(WEEK_SUMMARIES, p),
      this.folded(LATEST_FINDINGS, p),
      this.folded(LATEST_HEADCOUNTS, [...p, HEADCOUNT_SIGNAL]),
      this.folded(RUNS, p),
      this.alerts(p),
    ]);
    return tenants.map((tenant) => ({
      tenant,
      weeks: weeksOf(summaries.get(tenant.id), latest.get(tenant.id), heads.get(tenant.id)),
      runs: (runs.get(tenant.id) ?? []).map(toRun),
      alerts: alerts.get(tenant.id) ?? [],
    }));
  }

  /** A query answering `tenant_id, folded`: each tenant's records, split into fields. */
  private async folded(text: string, params: unknown[]): Promise<Map<string, string[][]>> {
    const rows = await this.sql.query<{ tenant_id: string; folded: string | null }>(text, params);
    return new Map(
      rows.map((r) => [
        r.tenant_id,
        (r.folded ?? "")
          .split(RS)
          .filter(Boolean)
          .map((x) => x.split(US)),
      ]),
    );
  }

  /** Alerts alive at some point of the range: opened by its end, not resolved before its start. */
  private async alerts(params: unknown[]): Promise<Map<string, StoredAlert[]>> {
    const rows = await this.sql.query<AlertRow>(
      `SELECT tenant_id, signal, scope, severity, first_week, resolved_week FROM alerts
       WHERE tenant_id = ANY($1::text[]) AND first_week <= $3 AND (resolved_week IS NULL OR resolved_week >= $2)`,
      params,
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

const f = (col: string) => `coalesce((${col})::text, '')`;
const fold = (cols: string[]) => `string_agg(concat_ws(E'\\x1f', ${cols.map(f).join(", ")}), E'\\x1e')`;

/**
 * Per tenant, week and signal: what the overall score and status need (SCORING in the core): the
 * org score and the worst other scope's score among those with history, an org-wide alert, any flag.
 */
const WEEK_SUMMARIES = `
  WITH s AS (
    SELECT tenant_id, week, signal,
      max(score) FILTER (WHERE scope = 'org' AND NOT insufficient) AS org,
      min(score) FILTER (WHERE scope <> 'org' AND NOT insufficient) AS worst,
      bool_or(scope = 'org' AND status = 'alert')::integer AS org_alert,
      bool_or(status <> 'ok')::integer AS flagged
    FROM findings WHERE tenant_id = ANY($1::text[]) AND week >= $2 AND week <= $3
    GROUP BY tenant_id, week, signal)
  SELECT tenant_id, ${fold(["week", "signal", "org", "worst", "org_alert", "flagged"])} AS folded
  FROM s GROUP BY tenant_id`;

const LATEST = `
  SELECT tenant_id, max(week) AS week FROM measured_weeks
  WHERE tenant_id = ANY($1::text[]) AND judged AND week >= $2 AND week <= $3 GROUP BY tenant_id`;

/** The latest judged week's findings in full: the heatmap's cells and the shared teams. */
const LATEST_FINDINGS = `
  SELECT f.tenant_id, ${fold(["f.week", "f.signal", "f.status", "f.score", "f.insufficient::integer", "f.scope"])} AS folded
  FROM findings f JOIN (${LATEST}) l ON l.tenant_id = f.tenant_id AND l.week = f.week
  GROUP BY f.tenant_id`;

const LATEST_HEADCOUNTS = `
  SELECT m.tenant_id, ${fold(["m.figures->>'people'", "m.scope"])} AS folded
  FROM measures m JOIN (${LATEST}) l ON l.tenant_id = m.tenant_id AND l.week = m.week
  WHERE m.signal = $4 AND m.scope LIKE 'team:%'
  GROUP BY m.tenant_id`;

/** Finished runs of the range, and each tenant's last successful run wherever it is. */
const RUNS = `
  WITH r AS (
    (SELECT tenant_id, week, status, finished_at FROM runs
     WHERE tenant_id = ANY($1::text[]) AND week >= $2 AND week <= $3 AND status <> 'running')
    UNION
    (SELECT DISTINCT ON (tenant_id) tenant_id, week, status, finished_at FROM runs
     WHERE tenant_id = ANY($1::text[]) AND week <= $3 AND status = 'done' ORDER BY tenant_id, week DESC))
  SELECT tenant_id, ${fold(["week", "status", "to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"])} AS folded
  FROM r GROUP BY tenant_id`;

function weeksOf(summary: string[][] = [], latest: string[][] = [], heads: string[][] = []): StoredWeek[] {
  const byWeek = new Map<string, StoredFinding[]>();
  for (const [week = "", signal, org, worst, orgAlert, flagged] of summary) {
    const list = byWeek.get(week) ?? [];
    // Two findings per signal stand for all its scopes: the core's scoring reads no more.
    const status: Status = orgAlert === "1" ? "alert" : flagged === "1" ? "watch" : "ok";
    list.push(finding(signal, "org", org, status));
    if (worst) list.push(finding(signal, "team:*", worst, "ok"));
    byWeek.set(week, list);
  }
  const latestWeek = latest[0]?.[0] ?? null;
  const latestFindings = latest.map(([, signal, status, score, insufficient, scope]) => ({
    ...finding(signal, scope ?? "", score, (status as Status) ?? "ok"),
    insufficientHistory: insufficient === "1",
  }));
  const teams = heads.map(([people, scope = ""]) => ({
    scope,
    name: scope.slice("team:".length),
    size: Number(people) || 0,
  }));
  return [...byWeek].map(([week, pseudo]) => {
    const score = overallScore(pseudo.map(asFinding));
    return {
      week,
      score,
      status: overallStatus(score, pseudo.map(asFinding)),
      findings: week === latestWeek ? latestFindings : [],
      teams: week === latestWeek ? teams : [],
    };
  });
}

function finding(
  signal: string | undefined,
  scope: string,
  score: string | undefined,
  status: Status,
): StoredFinding {
  const known = score !== undefined && score !== "";
  return {
    signal: signal as SignalId,
    scope,
    score: known ? Number(score) : 100,
    status,
    insufficientHistory: !known,
  };
}

function toRun([week = "", status, finishedAt = ""]: string[]): StoredRun {
  return { week, ok: status === "done", finishedAt };
}

function toTenant(r: TenantRow): ClientTenant | null {
  const consultants = r.consultants ?? TENANT_DEFAULTS.consultants;
  if (!r.name || (r.locale !== "fr" && r.locale !== "en") || !Array.isArray(consultants)) return null;
  if (!consultants.every((c) => typeof c === "string")) return null;
  const floor = typeof r.floor === "number" ? r.floor : TENANT_DEFAULTS.privacy.minGroupSize;
  return {
    id: r.tenant_id,
    name: r.name,
    locale: r.locale,
    consultants: consultants.map((c) => c.trim().toLowerCase()),
    shareTeamFigures: r.share === true,
    minGroupSize: Math.max(floor, MIN_GROUP_SIZE_FLOOR),
  };
}

interface TenantRow extends Row {
  tenant_id: string;
  name: string | null;
  locale: string | null;
  consultants: unknown[] | null;
  share: unknown;
  floor: unknown;
}

interface AlertRow extends Row {
  tenant_id: string;
  signal: SignalId;
  scope: string;
  severity: Exclude<Status, "ok">;
  first_week: string;
  resolved_week: string | null;
}
