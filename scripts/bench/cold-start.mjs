// Cold start of each Cloud Functions entry: the time a fresh `node` takes to import the entry's
// module (built, as deployed) — the Functions Framework plus what that entry loads — against a bare
// `node` doing nothing. Median of several runs, each in its own process: the wall time seen from
// outside, and the CPU (user + system) the process used, which a loaded machine inflates less.
// Goal: ≤ 300 ms above bare node (wall).
//   npm run bench:cold-start [-- --runs 7]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
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

/** One fresh process running `code`: its wall time (ms, from outside) and its CPU time (ms). */
function timeNode(code) {
  const report = `const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));`;
  const started = process.hrtime.bigint();
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", `${code}\n${report}`], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: Number(String(out).trim()) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(code) {
  const samples = Array.from({ length: runs }, () => timeNode(code));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(", ");
const bare = measure("");
console.log(`load average ${load}; median of ${runs} fresh processes each`);
console.log(
  `bare node    ${bare.wall.toFixed(0).padStart(5)} ms wall, ${bare.cpu.toFixed(0).padStart(4)} ms CPU`,
);
let over = 0;
for (const [entry, file] of Object.entries(ENTRIES)) {
  // The framework first, as it loads before the entry; then the entry's own module graph.
  const code = `await import("@google-cloud/functions-framework"); await import(${JSON.stringify(file)});`;
  const { wall, cpu } = measure(code);
  const above = wall - bare.wall;
  if (above > GOAL_MS) over++;
  console.log(
    `${entry.padEnd(12)} ${wall.toFixed(0).padStart(5)} ms wall, ${cpu.toFixed(0).padStart(4)} ms CPU  (+${above.toFixed(0)} ms wall, +${(cpu - bare.cpu).toFixed(0)} ms CPU above bare node${above > GOAL_MS ? `, over the ${GOAL_MS} ms goal` : ""})`,
  );
}
console.log(
  over === 0
    ? `every entry within ${GOAL_MS} ms of bare node`
    : `${over} entr${over === 1 ? "y" : "ies"} over the goal`,
);
