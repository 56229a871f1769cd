/** The `health` entry: store reachable, migrations current, version. */
import { handleHealth } from "../src/app/service/health-handler.js";
import { VERSION } from "../src/cli/version.js";
import { httpEntry } from "./adapt.js";
import { entryEnv, log, serviceStore } from "./environment.js";

export const handler = httpEntry("health", log, async () =>
  handleHealth({ store: async () => serviceStore(await entryEnv("health")), version: VERSION }),
);
