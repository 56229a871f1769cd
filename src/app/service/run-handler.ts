/**
 * `runTenant`: one Pub/Sub message, one tenant-week, through the same `runTenant` pipeline as `vigie
 * run`. What Pub/Sub should do next is the function's answer:
 * - done, or already done (a duplicate delivery): acknowledged, nothing written twice;
 * - another delivery holds the tenant, or a transient upstream error (429, 5xx, timeouts), or the time
 *   budget ran out: rethrown, so Pub/Sub redelivers with back-off and the next attempt resumes;
 * - a permanent error (revoked token, unshared page, invalid configuration, unusable message): recorded
 *   on the run in plain words and acknowledged — retrying cannot help until someone acts.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import {
  BadInputError,
  ConfigError,
  isNotionUnauthorized,
  NotFoundError,
  UpstreamError,
} from "../../core/errors.js";
import type { Store, TenantStore } from "../../store/store.js";
import type { Envelope } from "../../upstream/secrets/envelope.js";
import type { Env } from "../../upstream/secrets/secrets.js";
import { NOTION_UNAUTHORIZED, runError } from "../run-error.js";
import type { RunTenantResult } from "../run-tenant.js";
import type { NotionTarget } from "../write-outputs.js";
import { Connections } from "./connections.js";
import type { LogFields, ServiceLog } from "./log.js";
import type { ServiceTenant } from "./service-tenant.js";

/** Cloud Run functions stop an event-driven call at 540 s; stop earlier so the run is recorded. */
export const RUN_BUDGET_MS = 500_000;
const TENANT_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const WEEK = /^\d{4}-W\d{2}$/;

export interface RunDeps {
  store: Store;
  /** The environment, secrets resolved; per-tenant values (admin, Notion token) are layered on it. */
  env: Env;
  /** Opens the tenant's sealed Notion token; null when the service has no envelope key. */
  envelope: Envelope | null;
  workDir: string;
  now: () => Date;
  log: ServiceLog;
  generatedBy: string;
  budgetMs?: number;
  /**
   * Fakes only: environment layered for one tenant, when each synthetic tenant of the service sandbox
   * has fakes of its own (their endpoints and keys). Never set by the function entries.
   */
  tenantOverlay?: (tenantId: string) => Record<string, string> | undefined;
}

export type RunLine = {
  tenant: string;
  week: string;
  outcome: "done" | "already-done" | "failed-permanently" | "rejected";
  page: string | null;
  alerts: number;
  requests: { notion: number; google: number };
  wallMs: number;
  error?: string;
};

/** Thrown to make Pub/Sub deliver again later: the message is fine, the moment was not. */
export class RetryLaterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLaterError";
  }
}

/** Decodes a Pub/Sub message's data: `{tenant, week}` JSON, base64 (as the CloudEvent carries it). */
export function decodeRunMessage(data: unknown): { tenant: string; week: string } | string {
  const b64 = (data as { message?: { data?: unknown } } | null)?.message?.data;
  if (typeof b64 !== "string") return "the event carries no Pub/Sub message data";
  let parsed: { tenant?: unknown; week?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(b64, "base64").toString("utf8"));
  } catch {
    return "the message data is not JSON";
  }
  if (typeof parsed.tenant !== "string" || !TENANT_ID.test(parsed.tenant)) return "expected a tenant slug";
  if (typeof parsed.week !== "string" || !WEEK.test(parsed.week)) return "expected an ISO week like 2026-W47";
  return { tenant: parsed.tenant, week: parsed.week };
}

export async function handleRunMessage(data: unknown, deps: RunDeps): Promise<RunLine> {
  const started = Date.now();
  const message = decodeRunMessage(data);
  if (typeof message === "string") {
    deps.log("ERROR", `runTenant: message dropped: ${message}`);
    return line({ tenant: "", week: "" }, "rejected", started, { error: message });
  }
  const ts = await deps.store.tenant(message.tenant);
  try {
    const result = await withBudget(runOne(message, ts, deps), deps.budgetMs ?? RUN_BUDGET_MS);
    const out = summarise(message, result, started);
    deps.log("INFO", `runTenant ${out.outcome}`, fields(out));
    return out;
  } catch (e) {
    if (isTransient(e)) {
      deps.log("WARNING", `runTenant will be retried: ${describe(e)}`, {
        tenant: message.tenant,
        week: message.week,
        wallMs: Date.now() - started,
      });
      throw e;
    }
    if (!isPermanent(e)) throw e;
    const error = plainWords(e);
    await recordPermanent(ts, message.week, error, runError(e).kind).catch(() => {});
    const out = line(message, "failed-permanently", started, { error });
    deps.log("ERROR", "runTenant failed permanently", fields(out));
    return out;
  }
}

async function runOne(message: { tenant: string; week: string }, ts: TenantStore, deps: RunDeps) {
  const config = await ts.configs.latest();
  if (!config) throw new NotFoundError("configuration of tenant", message.tenant);
  const tenant = config.tenant as ServiceTenant;
  const env = await tenantEnv(ts, tenant, deps);
  const target = notionTarget(tenant);
  // The pipeline (analysis, SDKs) loads on the first message, not when the entry is imported (cold start).
  const [{ runTenant }, { buildLiveServices }] = await Promise.all([
    import("../run-tenant.js"),
    import("../live-services.js"),
  ]);
  return runTenant({
    tenant,
    tenantJson: config.config,
    tenantSource: `configuration v${config.version}`,
    store: deps.store,
    services: (plan) =>
      buildLiveServices(tenant, {
        env,
        writeNotion: target !== null,
        writeGoogleDoc: Boolean(tenant.output.googleDoc?.folderId),
        calendarWeeksBack: plan.calendarWeeksBack,
        now: deps.now,
        log: (text) => deps.log("WARNING", text, { tenant: tenant.id }),
      }),
    workspace: join(deps.workDir, tenant.id, "workspace"),
    week: message.week,
    now: deps.now,
    out: null,
    target,
    generatedBy: deps.generatedBy,
  });
}

/** The tenant's own admin to impersonate and its own Notion token, over the service's defaults. */
async function tenantEnv(ts: TenantStore, tenant: ServiceTenant, deps: RunDeps): Promise<Env> {
  const env: Record<string, string | undefined> = { ...deps.env, ...deps.tenantOverlay?.(ts.tenantId) };
  if (tenant.googleAdmin) env.VIGIE_GOOGLE_ADMIN = tenant.googleAdmin;
  if (deps.envelope) {
    const token = await new Connections(deps.store.sql, ts.tenantId, deps.envelope).token("notion");
    if (token) env.VIGIE_NOTION_TOKEN = token;
  }
  return env;
}

function notionTarget(tenant: ServiceTenant): NotionTarget | null {
  const n = tenant.output.notion;
  if (!n?.parentPageId) return null;
  return { parentPageId: n.parentPageId, alertsDataSourceId: n.alertsDataSourceId ?? null };
}

function summarise(
  message: { tenant: string; week: string },
  result: RunTenantResult,
  started: number,
): RunLine {
  if (result.outcome === "busy") {
    throw new RetryLaterError(`another delivery of ${message.tenant} holds its lease until ${result.until}`);
  }
  if (result.outcome === "already-done") {
    const outputs = result.run.outputs ?? {};
    return line(message, "already-done", started, {
      page: typeof outputs.page === "string" ? outputs.page : null,
    });
  }
  const a = result.outputs.alerts;
  return line(message, "done", started, {
    page: result.outputs.page,
    alerts: result.report.alerts.length,
    requests: result.requests,
    created: a.created,
  });
}

function line(
  m: { tenant: string; week: string },
  outcome: RunLine["outcome"],
  started: number,
  o: {
    page?: string | null;
    alerts?: number;
    requests?: RunLine["requests"];
    error?: string;
    created?: number;
  } = {},
): RunLine {
  return {
    tenant: m.tenant,
    week: m.week,
    outcome,
    page: o.page ?? null,
    alerts: o.alerts ?? 0,
    requests: o.requests ?? { notion: 0, google: 0 },
    wallMs: Date.now() - started,
    ...(o.error ? { error: o.error } : {}),
  };
}

function fields(l: RunLine): LogFields {
  return {
    tenant: l.tenant,
    week: l.week,
    outcome: l.outcome,
    alerts: l.alerts,
    notionRequests: l.requests.notion,
    googleRequests: l.requests.google,
    wallMs: l.wallMs,
    ...(l.error ? { error: l.error } : {}),
  };
}

function isTransient(e: unknown): boolean {
  return (
    e instanceof RetryLaterError ||
    (e instanceof UpstreamError && e.retryable) ||
    (e instanceof Error && e.name === "LeaseLostError")
  );
}

function isPermanent(e: unknown): boolean {
  return (
    e instanceof ConfigError ||
    e instanceof BadInputError ||
    e instanceof NotFoundError ||
    (e instanceof UpstreamError && !e.retryable)
  );
}

/** What the admin must do, in plain words; the error's own line follows (never a body or token). */
function plainWords(e: unknown): string {
  const message = runError(e).message;
  if (isNotionUnauthorized(e)) {
    return `Notion access was revoked or the token is no longer valid: reconnect Notion from the add-on (${message})`;
  }
  if (e instanceof UpstreamError && e.service === "notion" && e.status === 404) {
    return `A Notion page or database Vigie writes to is no longer shared with it: share it again with the integration (${message})`;
  }
  return message;
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message.split("\n")[0] ?? ""}` : String(e);
}

/** Records a permanent failure on the week's run, even when it happened before the run row existed. */
async function recordPermanent(ts: TenantStore, week: string, message: string, kind: string): Promise<void> {
  const holder = `permanent-${randomUUID()}`;
  const lease = await ts.runs.acquireLease(holder, week, 30_000);
  if (!lease.held) return;
  try {
    const version = (await ts.configs.latest())?.version ?? null;
    const started = await ts.runs.start(week, holder, version);
    if (!started.started) return;
    await ts.runs.fail(week, holder, {
      timings: {},
      requests: {},
      error: {
        kind: kind === NOTION_UNAUTHORIZED ? kind : "permanent",
        message: message.slice(0, 300),
        retryable: false,
      },
    });
  } finally {
    await ts.runs.releaseLease(holder);
  }
}

async function withBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RetryLaterError(
            `the run passed its ${Math.round(ms / 1000)} s budget; the next delivery resumes it`,
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, budget]);
  } finally {
    clearTimeout(timer);
  }
}
