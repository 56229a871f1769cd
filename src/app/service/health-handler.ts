/**
 * `health`: the store answers, its schema is the code's latest, and which version runs. 200 when all
 * is well, 503 otherwise (an uptime check alerts on it). Nothing in it names a tenant or a person.
 */
import type { Store } from "../../store/store.js";
import type { Envelope } from "../../upstream/secrets/envelope.js";
import type { Env } from "../../upstream/secrets/secrets.js";
import { authenticate, authorize, type CallerPolicy } from "./caller.js";
import { Connections } from "./connections.js";
import { json, type ServiceRequest, type ServiceResponse } from "./http.js";
import type { ServiceTenant } from "./service-tenant.js";

export interface HealthDeps {
  /** Opens (or returns the open) store; a failure is reported, not thrown. */
  store: () => Promise<Store>;
  version: string;
}

/** What "test access" of one tenant needs besides the store. */
export interface AccessDeps {
  policy: CallerPolicy;
  env: Env;
  envelope: Envelope | null;
}

/** `health` (no query) or, with `?tenant=`, that tenant's "test access" for one of its editors. */
export async function handleHealthRequest(
  req: ServiceRequest,
  deps: HealthDeps & { access: () => Promise<AccessDeps> },
): Promise<ServiceResponse> {
  const tenantId = req.query.tenant?.trim();
  if (!tenantId) return handleHealth(deps);
  const access = await deps.access();
  const identity = await authenticate(req, access.policy);
  const store = await deps.store();
  const ts = await store.tenant(tenantId);
  const current = await ts.configs.latest();
  const tenant = (current?.tenant ?? null) as ServiceTenant | null;
  authorize(identity, tenantId, current?.roles ?? null, ts.pseudonym);
  const token = access.envelope
    ? await new Connections(store.sql, tenantId, access.envelope).token("notion")
    : null;
  // The workspace SDKs load only for "test access", never for the plain health check.
  const { checkGoogle, checkNotion } = await import("./access-check.js");
  const [google, notion] = await Promise.all([
    checkGoogle(access.env, tenant?.googleAdmin ?? access.env.VIGIE_GOOGLE_ADMIN),
    checkNotion(access.env, token, tenant?.output.notion?.parentPageId),
  ]);
  return json(200, { tenant: tenantId, google, notion });
}

export async function handleHealth(deps: HealthDeps): Promise<ServiceResponse> {
  const started = Date.now();
  try {
    const store = await deps.store();
    const status = await store.status();
    const ok = status.schema.upToDate;
    return json(ok ? 200 : 503, {
      status: ok ? "ok" : "migrations_pending",
      version: deps.version,
      store: { reachable: true, engine: status.engine, schema: status.schema, ms: Date.now() - started },
    });
  } catch (e) {
    const reason = e instanceof Error ? e.name : "unknown";
    return json(503, {
      status: "store_unreachable",
      version: deps.version,
      store: { reachable: false, reason },
    });
  }
}
