/** The `config` entry: the add-on's configuration (GET/PUT), "run now" and Notion "test access". */
import { serviceClock } from "../src/app/service/clock.js";
import { routeConfig } from "../src/app/service/config-routes.js";
import { createPubSubPublisher, type RunPublisher } from "../src/upstream/pubsub/publisher.js";
import { ENV_ENVELOPE_KEY, envelopeFromEnv } from "../src/upstream/secrets/envelope.js";
import { httpEntry } from "./adapt.js";
import { callerPolicy, entryEnv, log, once, serviceStore } from "./environment.js";

let publisher: Promise<RunPublisher> | null = null;

const deps = once(() =>
  entryEnv("config").then(async (env) => ({
    store: await serviceStore(env),
    policy: callerPolicy(env),
    envelope: env[ENV_ENVELOPE_KEY] ? envelopeFromEnv(env) : null,
    ...(env.VIGIE_NOTION_BASE_URL ? { notionBaseUrl: env.VIGIE_NOTION_BASE_URL } : {}),
    now: serviceClock(env),
    // Pub/Sub loads on the first "run now" only: a GET of the configuration never pays for it.
    publisher: () => {
      publisher ??= createPubSubPublisher({
        topic: env.VIGIE_RUNS_TOPIC?.trim() || "vigie-runs",
        ...(env.VIGIE_PUBSUB_ENDPOINT ? { endpoint: env.VIGIE_PUBSUB_ENDPOINT, projectId: "local" } : {}),
      });
      return publisher;
    },
  })),
);

export const handler = httpEntry("config", log, async (req) => routeConfig(req, await deps()));
