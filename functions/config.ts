/** The `config` entry: the add-on's GET/PUT of a tenant's configuration. */
import { handleConfig } from "../src/app/service/config-handler.js";
import { httpEntry } from "./adapt.js";
import { callerPolicy, entryEnv, log, once, serviceStore } from "./environment.js";

const deps = once(() =>
  entryEnv("config").then(async (env) => ({
    store: await serviceStore(env),
    policy: callerPolicy(env),
  })),
);

export const handler = httpEntry("config", log, async (req) => handleConfig(req, await deps()));
