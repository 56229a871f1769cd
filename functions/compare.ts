/** The `compare` entry: a consultant's portfolio of client tenants, aggregates only. */
import { handleCompare } from "../src/app/service/compare.js";
import { VERSION } from "../src/cli/version.js";
import { httpEntry } from "./adapt.js";
import { callerPolicy, entryEnv, log, serviceStore } from "./environment.js";

const deps = entryEnv("compare").then(async (env) => ({
  store: await serviceStore(env),
  policy: callerPolicy(env),
  now: () => new Date(),
  generatedBy: `vigie ${VERSION}`,
}));

export const handler = httpEntry("compare", log, async (req) => handleCompare(req, await deps));
