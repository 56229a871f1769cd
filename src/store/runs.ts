/**
 * Runs and the per-tenant lease. A run first takes its tenant's lease (one run of a tenant at a time,
 * whatever the week), then the week's run row; a week whose row is `done` is never run again. A lease
 * has an end: a run that crashed stops renewing it and the next delivery takes over and finishes the
 * week. Lease times use the database's clock, the one clock all processes share.
 */
import { json, type Sql, type SqlExecutor } from "./sql.js";

export type RunStatus = "running" | "done" | "failed";

export interface RunRecord {
  week: string;
  status: RunStatus;
  configVersion: number | null;
  attempts: number;
  startedAt: string;
  finishedAt: string | null;
  timings: Record<string, number>;
  requests: Record<string, number>;
  /** What a finished run wrote (page and doc URLs, alert counts); null before it finished. */
  outputs: Record<string, unknown> | null;
  error: RunError | null;
}

/** What failed, without a body or a token: the error's kind and one line. */
export interface RunError {
  kind: string;
  message: string;
  retryable: boolean;
}

export type LeaseResult = { held: true } | { held: false; holder: string; week: string; until: string };

export type StartResult =
  | { started: true; attempt: number; resumed: RunStatus | null }
  | { started: false; run: RunRecord };

export class Runs {
  constructor(
    private readonly sql: Sql,
    readonly tenantId: string,
  ) {}

  /** Takes the tenant's lease for `leaseMs` unless another holder's lease is still running. */
  async acquireLease(holder: string, week: string, leaseMs: number): Promise<LeaseResult> {
    await this.sql.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [
      this.tenantId,
    ]);
    const rows = await this.sql.query<{ holder: string }>(
      `INSERT INTO tenant_leases (tenant_id, holder, week, lease_until)
       VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
       ON CONFLICT (tenant_id) DO UPDATE SET holder = excluded.holder, week = excluded.week,
         lease_until = excluded.lease_until
       WHERE tenant_leases.lease_until < now() OR tenant_leases.holder = excluded.holder
       RETURNING holder`,
      [this.tenantId, holder, week, leaseMs],
    );
    if (rows.length > 0) return { held: true };
    const other = await this.sql.query<{ holder: string; week: string; lease_until: Date | string }>(
      "SELECT holder, week, lease_until FROM tenant_leases WHERE tenant_id = $1",
      [this.tenantId],
    );
    const o = other[0];
    // The other lease ended between the two statements: try once more.
    if (!o) return this.acquireLease(holder, week, leaseMs);
    return { held: false, holder: o.holder, week: o.week, until: iso(o.lease_until) };
  }

  /** Extends the lease; false when it was lost (expired and taken by another run). */
  async renewLease(holder: string, leaseMs: number): Promise<boolean> {
    const rows = await this.sql.query(
      `UPDATE tenant_leases SET lease_until = now() + $3 * interval '1 millisecond'
       WHERE tenant_id = $1 AND holder = $2 RETURNING holder`,
      [this.tenantId, holder, leaseMs],
    );
    return rows.length > 0;
  }

  async releaseLease(holder: string): Promise<void> {
    await this.sql.query("DELETE FROM tenant_leases WHERE tenant_id = $1 AND holder = $2", [
      this.tenantId,
      holder,
    ]);
  }

  /**
   * Starts (or resumes) the week's run under the lease the caller holds. A `done` week is not started
   * again (unless `rerun`, a user's explicit request): the caller has nothing to do. A `running` row left by a crashed holder, or a `failed` one,
   * is taken over with one more attempt.
   */
  async start(
    week: string,
    holder: string,
    configVersion: number | null,
    o: { rerun?: boolean } = {},
  ): Promise<StartResult> {
    return this.sql.transaction(async (tx) => {
      const existing = await selectRun(tx, this.tenantId, week, true);
      if (existing?.status === "done" && !o.rerun) return { started: false, run: existing };
      await tx.query(
        `INSERT INTO runs (tenant_id, week, config_version, status, holder)
         VALUES ($1, $2, $3, 'running', $4)
         ON CONFLICT (tenant_id, week) DO UPDATE SET status = 'running', holder = excluded.holder,
           config_version = excluded.config_version, attempts = runs.attempts + 1,
           started_at = now(), finished_at = NULL, error = NULL`,
        [this.tenantId, week, configVersion, holder],
      );
      return { started: true, attempt: (existing?.attempts ?? 0) + 1, resumed: existing?.status ?? null };
    });
  }

  async finish(
    week: string,
    holder: string,
    o: {
      timings: Record<string, number>;
      requests: Record<string, number>;
      outputs: Record<string, unknown>;
    },
  ): Promise<void> {
    await this.end(week, holder, "done", { ...o, error: null });
  }

  async fail(
    week: string,
    holder: string,
    o: { timings: Record<string, number>; requests: Record<string, number>; error: RunError },
  ): Promise<void> {
    await this.end(week, holder, "failed", { ...o, outputs: null });
  }

  async get(week: string): Promise<RunRecord | null> {
    return selectRun(this.sql, this.tenantId, week, false);
  }

  /** The tenant's runs, latest week first. */
  async list(limit = 52): Promise<RunRecord[]> {
    const rows = await this.sql.query<RunRow>(
      `SELECT ${RUN_COLUMNS} FROM runs WHERE tenant_id = $1 ORDER BY week DESC LIMIT $2`,
      [this.tenantId, limit],
    );
    return rows.map(toRun);
  }

  private async end(
    week: string,
    holder: string,
    status: RunStatus,
    o: {
      timings: Record<string, number>;
      requests: Record<string, number>;
      outputs: Record<string, unknown> | null;
      error: RunError | null;
    },
  ): Promise<void> {
    const rows = await this.sql.query(
      `UPDATE runs SET status = $4, finished_at = now(), timings = $5::text::jsonb,
         requests = $6::text::jsonb, outputs = $7::text::jsonb, error = $8::text::jsonb
       WHERE tenant_id = $1 AND week = $2 AND holder = $3 RETURNING week`,
      [
        this.tenantId,
        week,
        holder,
        status,
        json(o.timings),
        json(o.requests),
        o.outputs ? json(o.outputs) : null,
        o.error ? json(o.error) : null,
      ],
    );
    if (rows.length === 0) throw new LeaseLostError(this.tenantId, week);
  }
}

/** The run's lease was taken by another run (it had expired): this one must stop writing. */
export class LeaseLostError extends Error {
  constructor(tenantId: string, week: string) {
    super(`${tenantId} ${week}: the run's lease was lost to another run; it stopped before writing more`);
    this.name = "LeaseLostError";
  }
}

const RUN_COLUMNS =
  "week, status, config_version, attempts, started_at, finished_at, timings, requests, outputs, error";

interface RunRow extends Record<string, unknown> {
  week: string;
  status: RunStatus;
  config_version: number | null;
  attempts: number;
  started_at: Date | string;
  finished_at: Date | string | null;
  timings: Record<string, number>;
  requests: Record<string, number>;
  outputs: Record<string, unknown> | null;
  error: RunError | null;
}

async function selectRun(q: SqlExecutor, tenantId: string, week: string, lock: boolean) {
  const rows = await q.query<RunRow>(
    `SELECT ${RUN_COLUMNS} FROM runs WHERE tenant_id = $1 AND week = $2${lock ? " FOR UPDATE" : ""}`,
    [tenantId, week],
  );
  return rows[0] ? toRun(rows[0]) : null;
}

function toRun(r: RunRow): RunRecord {
  return {
    week: r.week,
    status: r.status,
    configVersion: r.config_version === null ? null : Number(r.config_version),
    attempts: Number(r.attempts),
    startedAt: iso(r.started_at),
    finishedAt: r.finished_at === null ? null : iso(r.finished_at),
    timings: r.timings,
    requests: r.requests,
    outputs: r.outputs,
    error: r.error,
  };
}

export function iso(v: Date | string): string {
  return v instanceof Date ? v.toISOString() : new Date(v).toISOString();
}
