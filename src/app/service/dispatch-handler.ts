/**
 * `dispatch`: called hourly by Cloud Scheduler with an OIDC token. Publishes one run message per tenant
 * whose scheduled time has come in its own zone and whose week is not done. A week whose run failed
 * for a permanent reason (revoked token, bad configuration) is not sent again every hour: saving a
 * new configuration version sends it again.
 */
import type { Store } from "../../store/store.js";
import type { IdTokenVerifier } from "../../upstream/google/id-token.js";
import { IdTokenError } from "../../upstream/google/id-token.js";
import type { RunMessage, RunPublisher } from "../../upstream/pubsub/publisher.js";
import { bearer, HttpError, json, type ServiceRequest, type ServiceResponse } from "./http.js";
import { dueWeek } from "./schedule.js";
import type { ServiceTenant } from "./service-tenant.js";
import { listTenantIds } from "./tenant-ids.js";

export interface DispatchDeps {
  store: Store;
  verify: IdTokenVerifier;
  /** The Scheduler's service account: the only caller accepted. Null accepts any verified token (fakes). */
  schedulerEmail: string | null;
  publisher: () => Promise<RunPublisher>;
  now: () => Date;
}

export type SkipReason = "no_config" | "not_yet" | "done" | "failed_permanently";

export interface DispatchResult {
  published: RunMessage[];
  skipped: Record<SkipReason, number>;
}

export async function handleDispatch(req: ServiceRequest, deps: DispatchDeps): Promise<ServiceResponse> {
  await checkScheduler(req, deps);
  const result = await dispatchDue(deps);
  return json(200, { published: result.published.length, skipped: result.skipped });
}

async function checkScheduler(req: ServiceRequest, deps: DispatchDeps): Promise<void> {
  const token = bearer(req.headers);
  if (!token) throw new HttpError(401, "unauthenticated", "expected the Scheduler's OIDC token");
  try {
    const identity = await deps.verify(token);
    if (deps.schedulerEmail && identity.email !== deps.schedulerEmail.toLowerCase()) {
      throw new HttpError(403, "forbidden", "only the scheduler's service account may dispatch");
    }
  } catch (e) {
    if (e instanceof IdTokenError) throw new HttpError(401, "unauthenticated", e.message);
    throw e;
  }
}

export async function dispatchDue(
  deps: Omit<DispatchDeps, "verify" | "schedulerEmail">,
): Promise<DispatchResult> {
  const now = deps.now();
  const skipped: Record<SkipReason, number> = { no_config: 0, not_yet: 0, done: 0, failed_permanently: 0 };
  const messages: RunMessage[] = [];
  for (const id of await listTenantIds(deps.store)) {
    const decision = await decide(deps.store, id, now);
    if (typeof decision === "string") skipped[decision]++;
    else messages.push(decision);
  }
  if (messages.length > 0) {
    const publisher = await deps.publisher();
    await publisher.publish(messages);
  }
  return { published: messages, skipped };
}

async function decide(store: Store, tenantId: string, now: Date): Promise<RunMessage | SkipReason> {
  const scoped = await store.tenant(tenantId);
  const config = await scoped.configs.latest();
  if (!config) return "no_config";
  const week = dueWeek(config.tenant as ServiceTenant, now);
  if (!week) return "not_yet";
  const run = await scoped.runs.get(week.id);
  if (run?.status === "done") return "done";
  if (run?.status === "failed" && run.error && !run.error.retryable && run.configVersion === config.version) {
    return "failed_permanently";
  }
  return { tenant: tenantId, week: week.id };
}
