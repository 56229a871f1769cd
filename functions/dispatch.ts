/** The `dispatch` entry: Cloud Scheduler's hourly call; one Pub/Sub message per due tenant. */
import { serviceClock } from "../src/app/service/clock.js";
import { handleDispatch } from "../src/app/service/dispatch-handler.js";
import { createIdTokenVerifier } from "../src/upstream/google/id-token.js";
import { createPubSubPublisher, type RunPublisher } from "../src/upstream/pubsub/publisher.js";
import { httpEntry } from "./adapt.js";
import { entryEnv, jwks, list, log, once, serviceStore } from "./environment.js";

let publisher: Promise<RunPublisher> | null = null;

const deps = once(() =>
  entryEnv("dispatch").then(async (env) => ({
    store: await serviceStore(env),
    verify: createIdTokenVerifier({ audiences: list(env.VIGIE_DISPATCH_AUDIENCE), ...jwks(env) }),
    schedulerEmail: env.VIGIE_SCHEDULER_SA?.trim() || null,
    now: serviceClock(env),
    publisher: () => {
      publisher ??= createPubSubPublisher({
        topic: env.VIGIE_RUNS_TOPIC?.trim() || "vigie-runs",
        ...(env.VIGIE_PUBSUB_ENDPOINT ? { endpoint: env.VIGIE_PUBSUB_ENDPOINT, projectId: "local" } : {}),
      });
      return publisher;
    },
  })),
);

export const handler = httpEntry("dispatch", log, async (req) => handleDispatch(req, await deps()));
