/**
 * The `config` function's routes (the add-on's one endpoint; see contract.ts): the configuration at
 * its root, "run now" at `/run`, "test access" to a Notion object at `/notion-access`. Routes rather
 * than new functions: the add-on already holds this URL, and one function keeps one deployment.
 */
import { type ConfigDeps, handleConfig } from "./config-handler.js";
import { HttpError, type ServiceRequest, type ServiceResponse } from "./http.js";
import type { NotionAccessDeps } from "./notion-access-handler.js";
import type { RunNowDeps } from "./run-now-handler.js";

export type ConfigRoutesDeps = ConfigDeps & RunNowDeps & NotionAccessDeps;

export async function routeConfig(req: ServiceRequest, deps: ConfigRoutesDeps): Promise<ServiceResponse> {
  const path = (req.path ?? "/").replace(/\/+$/, "") || "/";
  if (path === "/") return handleConfig(req, deps);
  // Each route's module loads on its first call: an instance serving GETs never pays for them.
  if (path === "/run") return (await import("./run-now-handler.js")).handleRunNow(req, deps);
  if (path === "/notion-access")
    return (await import("./notion-access-handler.js")).handleNotionAccess(req, deps);
  throw new HttpError(404, "not_found", `no route ${path}: expected /, /run or /notion-access`);
}
