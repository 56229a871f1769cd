/**
 * `config`: the add-on reads (GET) and saves (PUT) a tenant's `tenant.json`, `?tenant=<id>`. The caller
 * is checked against the configuration in force — never against the body, or anyone could add
 * themselves. A body is validated exactly as `tenant.json` is, every issue reported with its field
 * path, and saved as a new version only when all of it is valid.
 */
import type { Localised } from "../../core/i18n.js";
import type { RunRecord } from "../../store/runs.js";
import type { Store } from "../../store/store.js";
import { NOTION_UNAUTHORIZED } from "../run-error.js";
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
    const lastRun = await lastRunWithProblem(await scoped.runs.list(RECENT_RUNS));
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
  const issues = [...(await validationIssues(req.body, tenantId)), ...(first ? [first] : [])];
  if (issues.length > 0) {
    return json(400, { error: "invalid_config", message: `tenant.json: ${issues.length} issue(s)`, issues });
  }
  const saved = await scoped.configs.save(req.body, {
    savedBy: scoped.pseudonym(identity.email),
    source: "tenant.json",
  });
  return json(200, { tenant: tenantId, version: saved.version, savedAt: saved.savedAt, role });
}

/** Runs looked at for the tenant's current problem: a redelivered older week may have ended last. */
const RECENT_RUNS = 8;

/**
 * The last run with `problem`: what the caller must do, in French and English, when the run that
 * ended last says so (a revoked Notion access, whatever week that run was for).
 */
async function lastRunWithProblem(runs: RunRecord[]): Promise<LastRun | null> {
  const last = lastRunOf(runs[0] ?? null);
  if (!last) return null;
  const latest = [...runs].sort((a, b) => (b.finishedAt ?? "").localeCompare(a.finishedAt ?? ""))[0];
  const problem =
    latest?.status === "failed" && latest.error?.kind === NOTION_UNAUTHORIZED
      ? { code: NOTION_UNAUTHORIZED, message: await localised("notion.revokedRun", { week: latest.week }) }
      : null;
  return { ...last, problem };
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

/** The catalogues (and their formatter) load only when a run has something to say (cold start). */
async function localised(key: "notion.revokedRun", vars: Record<string, string>): Promise<Localised> {
  const { t } = await import("../../writers/labels.js");
  return { fr: t("fr", key, vars), en: t("en", key, vars) };
}

export interface ConfigIssue {
  /** The field path as `tenant.json` errors name it (`rituals[0].cadence`); "" for the whole object. */
  path: string;
  /** In English and French, as the add-on shows it beside the field. */
  message: Localised;
}

/**
 * Every issue of the body as `tenant.json`, plus an id that names another tenant. The schema (zod)
 * loads with the first body validated, not with the entry (cold start).
 */
export async function validationIssues(body: unknown, tenantId: string): Promise<ConfigIssue[]> {
  const { validateTenant } = await import("../../core/tenant.js");
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
