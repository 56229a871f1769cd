/**
 * `config`: the add-on reads (GET) and saves (PUT) a tenant's `tenant.json`, `?tenant=<id>`. The caller
 * is checked against the configuration in force — never against the body, or anyone could add
 * themselves. A body is validated exactly as `tenant.json` is, every issue reported with its field
 * path, and saved as a new version only when all of it is valid.
 */
import type { Localised } from "../../core/i18n.js";
import { validateTenant } from "../../core/tenant.js";
import type { RunRecord } from "../../store/runs.js";
import type { Store } from "../../store/store.js";
import type { CallerPolicy } from "./caller.js";
import type { LastRun } from "./contract.js";
import { editorOf, firstSaveIssue } from "./editor.js";
import { HttpError, json, type ServiceRequest, type ServiceResponse } from "./http.js";

export interface ConfigDeps {
  store: Store;
  policy: CallerPolicy;
}

export async function handleConfig(req: ServiceRequest, deps: ConfigDeps): Promise<ServiceResponse> {
  if (req.method !== "GET" && req.method !== "PUT") {
    throw new HttpError(405, "method_not_allowed", `expected GET or PUT, got ${req.method}`, {});
  }
  const editor = await editorOf(req, deps);
  const { identity, scoped, current, role } = editor;
  const tenantId = scoped.tenantId;
  if (req.method === "GET") {
    const lastRun = lastRunOf((await scoped.runs.list(1))[0] ?? null);
    return json(200, {
      tenant: tenantId,
      version: current?.version,
      savedAt: current?.savedAt,
      role,
      config: current?.config,
      lastRun,
    });
  }
  const first = firstSaveIssue(editor, req.body);
  const issues = [...validationIssues(req.body, tenantId), ...(first ? [first] : [])];
  if (issues.length > 0) {
    return json(400, { error: "invalid_config", message: `tenant.json: ${issues.length} issue(s)`, issues });
  }
  const saved = await scoped.configs.save(req.body, {
    savedBy: scoped.pseudonym(identity.email),
    source: "tenant.json",
  });
  return json(200, { tenant: tenantId, version: saved.version, savedAt: saved.savedAt, role });
}

/** The last run as the sidebar shows it; `error` is the run's plain-words reason when it failed. */
export function lastRunOf(run: RunRecord | null): LastRun | null {
  if (!run) return null;
  const outputs = run.outputs ?? {};
  return {
    week: run.week,
    status: run.status === "done" ? "ok" : run.status,
    score: typeof outputs.score === "number" ? outputs.score : null,
    pageUrl: typeof outputs.page === "string" ? outputs.page : null,
    finishedAt: run.finishedAt,
    error: run.error?.message ?? null,
  };
}

export interface ConfigIssue {
  /** The field path as `tenant.json` errors name it (`rituals[0].cadence`); "" for the whole object. */
  path: string;
  /** In English and French, as the add-on shows it beside the field. */
  message: Localised;
}

/** Every issue of the body as `tenant.json`, plus an id that names another tenant. */
export function validationIssues(body: unknown, tenantId: string): ConfigIssue[] {
  const result = validateTenant(body);
  if (!result.ok) return result.issues;
  if (result.tenant.id === tenantId) return [];
  const got = JSON.stringify(result.tenant.id);
  return [
    {
      path: "id",
      message: { en: `expected "${tenantId}", got ${got}`, fr: `« ${tenantId} » attendu, reçu ${got}` },
    },
  ];
}
