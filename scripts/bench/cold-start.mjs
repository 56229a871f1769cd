// Cold start of each Cloud Functions entry: the time a fresh `node` takes to import the entry's
// module (built, as deployed) — the Functions Framework plus what that entry loads — against a bare
// `node` doing nothing. Median of several runs, each in its own process. Goal: ≤ 300 ms above bare node.
//   npm run bench:cold-start [-- --runs 7]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string" } } });
const runs = Number(values.runs ?? 7);
const ENTRIES = {
  health: "./dist/functions/health.js",
  config: "./dist/functions/config.js",
  oauthNotion: "./dist/functions/oauth-notion.js",
  dispatch: "./dist/functions/dispatch.js",
  runTenant: "./dist/functions/run-tenant.js",
};
const GOAL_MS = 300;

if (!existsSync("dist/functions/index.js"))
  throw new Error("dist/functions/index.js: run npm run build first");

/** Wall time of one fresh process running `code`, in ms. */
function timeNode(code) {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, ["--input-type=module", "-e", code], { stdio: "ignore" });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const bare = median(Array.from({ length: runs }, () => timeNode("")));
console.log(`bare node: ${bare.toFixed(0)} ms (median of ${runs})`);
let over = 0;
for (const [entry, file] of Object.entries(ENTRIES)) {
  // The framework first, as it loads before the entry; then the entry's own module graph.
  const code = `await import("@google-cloud/functions-framework"); await import(${JSON.stringify(file)});`;
  const ms = median(Array.from({ length: runs }, () => timeNode(code)));
  const above = ms - bare;
  if (above > GOAL_MS) over++;
  console.log(
    `${entry.padEnd(12)} ${ms.toFixed(0).padStart(5)} ms  (+${above.toFixed(0)} ms above bare node${above > GOAL_MS ? `, over the ${GOAL_MS} ms goal` : ""})`,
  );
}
console.log(
  over === 0
    ? `every entry within ${GOAL_MS} ms of bare node`
    : `${over} entr${over === 1 ? "y" : "ies"} over the goal`,
);
