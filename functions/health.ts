/** The `health` entry: store reachable, migrations current, version; `?tenant=` tests that tenant's access. */
import { handleHealthRequest } from "../src/app/service/health-handler.js";
import { VERSION } from "../src/cli/version.js";
import { ENV_ENVELOPE_KEY, envelopeFromEnv } from "../src/upstream/secrets/envelope.js";
import { httpEntry } from "./adapt.js";
import { callerPolicy, entryEnv, log, once, serviceStore } from "./environment.js";

const access = once(async () => {
  const env = await entryEnv("health");
  return { policy: callerPolicy(env), env, envelope: env[ENV_ENVELOPE_KEY] ? envelopeFromEnv(env) : null };
});

export const handler = httpEntry("health", log, async (req) =>
  handleHealthRequest(req, {
    store: async () => serviceStore(await entryEnv("health")),
    version: VERSION,
    access,
  }),
);
