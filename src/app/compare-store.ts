/**
 * The comparison's reads from the store. The store's TenantStore serves one tenant at a time;
 * comparing 200 clients that way would be 200 round trips per table, so this source reads each
 * table once for the tenants the access rules selected — every query still names them
 * (`tenant_id = ANY($1)`) — and only what may cross tenants: the week summaries a run writes
 * (overall score, signal scores and statuses, teams at or above the floor), run outcomes and alert
 * lives. No measure, no evidence, no pseudonym is read.
 */
import type { SignalId, Status } from "../core/signals/types.js";
import { MIN_GROUP_SIZE_FLOOR, TENANT_DEFAULTS } from "../core/tenant.js";
import type { KeyProvider } from "../store/pseudonyms.js";
import type { Row, Sql } from "../store/sql.js";
import { backfillSummaries } from "../store/summaries.js";
import type {
  ClientHistory,
  ClientTenant,
  PortfolioSource,
  StoredAlert,
  StoredRun,
  StoredWeek,
} from "./compare-input.js";

/** Comparisons read no pseudonym: a store opened for them needs no key. */
export const NO_KEYS: KeyProvider = {
  keyFor: async () => {
    throw new Error("the comparison reads no pseudonym");
  },
};

/** ASCII unit and record separators (the runs' fold): no week or status holds them. */
const US = "\u001f";
const RS = "\u001e";

export interface StoreSourceOptions {
  /** Told about a tenant whose stored configuration cannot be read (it is left out). */
  onWarning?: (message: string) => void;
  /**
   * The consultant asking. Stored configurations name consultants by pseudonym under each tenant's
   * key (the store holds no address): the asker's pseudonym is computed per tenant and, where it is
   * listed, stands for the asker's account in `consultants`. Default: none (operator use, no grant).
   */
  asker?: { email: string; pseudonym: (tenantId: string, email: string) => Promise<string> };
}

/** The consultant `email` asking, as a store opened with its pseudonym keys sees them. */
export function storeAsker(
  store: { tenant(id: string): Promise<{ pseudonym(email: string): string }> },
  email: string,
): NonNullable<StoreSourceOptions["asker"]> {
  return { email, pseudonym: async (id, e) => (await store.tenant(id)).pseudonym(e) };
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
      if (t) out.push(await this.asAsker(t));
      else
        this.o.onWarning?.(
          `stored config of ${r.tenant_id}: unexpected name, locale or consultants (tenant left out)`,
        );
    }
    return out;
  }

  private async asAsker(t: ClientTenant): Promise<ClientTenant> {
    const asker = this.o.asker;
    if (!asker) return t;
    const mine = await asker.pseudonym(t.id, asker.email);
    const me = asker.email.trim().toLowerCase();
    return { ...t, consultants: t.consultants.map((c) => (c === mine ? me : c)) };
  }

  async histories(
    tenants: readonly ClientTenant[],
    fromWeek: string,
    toWeek: string,
  ): Promise<ClientHistory[]> {
    const ids = tenants.map((t) => t.id);
    const p = [ids, fromWeek, toWeek];
    // Weeks stored before summaries existed get theirs now, once; afterwards this finds none.
    await backfillSummaries(this.sql, ids, fromWeek, toWeek);
    const [weeks, runs, alerts] = await Promise.all([this.weeks(p), this.folded(RUNS, p), this.alerts(p)]);
    return tenants.map((tenant) => ({
      tenant,
      weeks: weeks.get(tenant.id) ?? [],
      runs: (runs.get(tenant.id) ?? []).map(toRun),
      alerts: alerts.get(tenant.id) ?? [],
    }));
  }

  /** Every week's overall score; the latest week's findings and teams in full. One indexed query. */
  private async weeks(params: unknown[]): Promise<Map<string, StoredWeek[]>> {
    const rows = await this.sql.query<SummaryRow>(SUMMARIES, params);
    const out = new Map<string, StoredWeek[]>();
    for (const r of rows) {
      const week: StoredWeek = {
        week: r.week,
        score: r.score === null ? null : Number(r.score),
        status: r.status,
        findings: (r.findings ?? []).map(([signal, scope, score, status, insufficient]) => ({
          signal,
          scope,
          score: Number(score),
          status,
          insufficientHistory: insufficient,
        })),
        ...(r.signals ? { signalScores: signalScoresOf(r.signals) } : {}),
        teams: (r.teams ?? []).map(([scope, people]) => ({
          scope,
          name: scope.slice("team:".length),
          size: Number(people),
        })),
      };
      out.set(r.tenant_id, [...(out.get(r.tenant_id) ?? []), week]);
    }
    return out;
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
 * The range's summaries (migration 004, primary key tenant_id, week): the findings and teams of the
 * latest summarised week only, which the heatmap and team rows need.
 */
const SUMMARIES = `
  WITH l AS (
    SELECT tenant_id, max(week) AS week FROM week_summaries
    WHERE tenant_id = ANY($1::text[]) AND week >= $2 AND week <= $3 GROUP BY tenant_id)
  SELECT s.tenant_id, s.week, s.score, s.status,
    CASE WHEN s.week = l.week THEN s.findings END AS findings,
    CASE WHEN s.week = l.week THEN s.teams END AS teams,
    CASE WHEN s.week = l.week THEN s.signals END AS signals
  FROM week_summaries s JOIN l ON l.tenant_id = s.tenant_id
  WHERE s.tenant_id = ANY($1::text[]) AND s.week >= $2 AND s.week <= $3`;

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

function signalScoresOf(signals: NonNullable<SummaryRow["signals"]>): StoredWeek["signalScores"] {
  const out: StoredWeek["signalScores"] = {};
  for (const [signal, s] of Object.entries(signals)) out[signal as SignalId] = s?.score ?? null;
  return out;
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

interface SummaryRow extends Row {
  tenant_id: string;
  week: string;
  score: number | null;
  status: Status;
  findings: [SignalId, string, number, Status, boolean][] | null;
  teams: [string, number][] | null;
  signals: Partial<Record<SignalId, { score: number | null }>> | null;
}

interface AlertRow extends Row {
  tenant_id: string;
  signal: SignalId;
  scope: string;
  severity: Exclude<Status, "ok">;
  first_week: string;
  resolved_week: string | null;
}
