/** The `runTenant` entry: one Pub/Sub message (CloudEvent), one tenant-week. */
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CloudEvent } from "@google-cloud/functions-framework";
import { serviceClock } from "../src/app/service/clock.js";
import { handleRunMessage } from "../src/app/service/run-handler.js";
import { VERSION } from "../src/cli/version.js";
import { ENV_ENVELOPE_KEY, envelopeFromEnv } from "../src/upstream/secrets/envelope.js";
import { entryEnv, log, once, serviceStore } from "./environment.js";

const deps = once(() =>
  entryEnv("runTenant").then(async (env) => ({
    store: await serviceStore(env),
    env,
    envelope: env[ENV_ENVELOPE_KEY] ? envelopeFromEnv(env) : null,
    workDir: env.VIGIE_WORK_DIR?.trim() || join(tmpdir(), "vigie"),
    now: serviceClock(env),
    log,
    generatedBy: `vigie ${VERSION}`,
  })),
);

export async function handler(event: CloudEvent<unknown>): Promise<void> {
  await handleRunMessage(event.data, await deps());
}
