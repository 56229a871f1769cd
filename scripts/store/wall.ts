/**
 * `npm run store:wall`: the wall of one run of the demo through the pipeline, against the Google and
 * Notion fakes: a first run (2026-W46: full sync and backfill of the history) then the weekly run
 * (2026-W47: cursors from the store, only the new week measured). Prints one JSON line per run with
 * the run's own step timings as recorded in the store. State in PGlite under the sandbox folder, or in
 * PostgreSQL (a new schema) when VIGIE_DATABASE_URL is set.
 */
import { randomBytes } from "node:crypto";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/store.js";
import { startSandbox } from "../sandbox/environment.js";

const sandbox = await startSandbox();
const env: Record<string, string> = { ...sandbox.env };
if (process.env.VIGIE_DATABASE_URL) {
  env.VIGIE_DATABASE_URL = process.env.VIGIE_DATABASE_URL;
  env.VIGIE_DATABASE_SCHEMA = `wall_${randomBytes(4).toString("hex")}`;
  env.VIGIE_PSEUDONYM_KEY = randomBytes(32).toString("base64");
  env.VIGIE_ENVELOPE_KEY = randomBytes(32).toString("base64");
}
try {
  for (const [label, week] of [
    ["first run (backfill)", "2026-W46"],
    ["weekly run", "2026-W47"],
  ] as const) {
    const io = memoryIo({ cwd: sandbox.dir, env });
    const argv = [
      "run",
      "--tenant",
      "tenant.json",
      "--workspace",
      "ws",
      "--out",
      "out",
      "--week",
      week,
      "--json",
    ];
    const start = performance.now();
    const code = await main(argv, io);
    const wallMs = Math.round(performance.now() - start);
    const store = await openStore({ env, cwd: sandbox.dir });
    const run = await (await store.tenant("atelier-dupont")).runs.get(week);
    await store.close();
    const summary =
      code === 0 ? JSON.parse(io.out.trim().split("\n").pop() ?? "{}") : { error: io.err.trim() };
    console.log(
      JSON.stringify({
        run: label,
        week,
        exit: code,
        wallMs,
        steps: run?.timings,
        requests: summary.requests,
      }),
    );
  }
} finally {
  await sandbox.close();
}
