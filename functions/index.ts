/**
 * The Cloud Functions entries, registered with the Functions Framework. Each entry's module — and with
 * it the SDKs it needs — is imported on its first call only, so an instance of `health` never loads
 * Pub/Sub, and `config` never loads the analysis (cold start).
 */
import { type CloudEvent, cloudEvent, type HttpFunction, http } from "@google-cloud/functions-framework";

type HttpModule = { handler: HttpFunction };
type EventModule = { handler: (event: CloudEvent<unknown>) => Promise<void> };

function lazyHttp(load: () => Promise<HttpModule>): HttpFunction {
  let loaded: Promise<HttpModule> | null = null;
  return async (req, res) => {
    loaded ??= load();
    return (await loaded).handler(req, res);
  };
}

http(
  "config",
  lazyHttp(() => import("./config.js")),
);
http(
  "health",
  lazyHttp(() => import("./health.js")),
);
http(
  "dispatch",
  lazyHttp(() => import("./dispatch.js")),
);
http(
  "compare",
  lazyHttp(() => import("./compare.js")),
);
http(
  "oauthNotion",
  lazyHttp(() => import("./oauth-notion.js")),
);

let runModule: Promise<EventModule> | null = null;
cloudEvent("runTenant", async (event: CloudEvent<unknown>) => {
  runModule ??= import("./run-tenant.js");
  await (await runModule).handler(event);
});
