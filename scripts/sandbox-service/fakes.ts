/**
 * `npm run sandbox:fakes`: the demo company's Google and Notion fakes, kept running, with the demo tenant
 * saved in an embedded store, so that a function entry can be served locally against them:
 *
 *   npm run sandbox:fakes                      # terminal 1: prints the env file it wrote
 *   set -a; . out/sandbox-fakes.env; set +a    # terminal 2
 *   npm run build && npx functions-framework --target=runTenant --signature-type=cloudevent
 *   curl -X POST localhost:8080 -H 'ce-id: 1' -H 'ce-specversion: 1.0' -H 'content-type: application/json' \
 *     -H 'ce-type: google.cloud.pubsub.topic.v1.messagePublished' -H 'ce-source: //pubsub.googleapis.com/local' \
 *     -d "{\"message\":{\"data\":\"$(echo -n '{"tenant":"atelier-dupont","week":"2026-W47"}' | base64 -w0)\"}}"
 *
 * The env file holds a service-account key and tokens generated now for these fakes only (mode 600).
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { openStore } from "../../src/store/store.js";
import { startSandbox } from "../sandbox/environment.js";

const storeDir = resolve(".vigie/sandbox-fakes-store");
const sandbox = await startSandbox();
const tenant = JSON.parse(await readFile(sandbox.tenantFile, "utf8")) as Record<string, unknown>;
const env: Record<string, string> = {
  ...sandbox.env,
  VIGIE_STORE_DIR: storeDir,
  VIGIE_PSEUDONYM_KEY: randomBytes(32).toString("base64"),
  VIGIE_ENVELOPE_KEY: randomBytes(32).toString("base64"),
  VIGIE_WORK_DIR: resolve(".vigie/sandbox-fakes-work"),
  VIGIE_NOW: "2026-11-23T10:00:00Z",
};
const store = await openStore({ env, cwd: process.cwd() });
await (await store.tenant(String(tenant.id))).configs.save(tenant);
await store.close();
await mkdir("out", { recursive: true });
const file = join("out", "sandbox-fakes.env");
const quote = (v: string) => `'${v.replace(/'/g, "'\\''")}'`;
await writeFile(
  file,
  `${Object.entries(env)
    .map(([k, v]) => `${k}=${quote(v)}`)
    .join("\n")}\n`,
  { mode: 0o600 },
);
process.stdout.write(
  `fakes running (Google ${sandbox.google.url}, Notion ${sandbox.notion.url}); environment in ${file}\n`,
);
process.stdout.write("Ctrl-C to stop.\n");
const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
