/**
 * `health`: the store answers, its schema is the code's latest, and which version runs. 200 when all
 * is well, 503 otherwise (an uptime check alerts on it). Nothing in it names a tenant or a person.
 */
import type { Store } from "../../store/store.js";
import { json, type ServiceResponse } from "./http.js";

export interface HealthDeps {
  /** Opens (or returns the open) store; a failure is reported, not thrown. */
  store: () => Promise<Store>;
  version: string;
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
