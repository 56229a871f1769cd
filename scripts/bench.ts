/**
 * Times `analyze` (the last week with its trend) on the demo company or on generated companies
 * of given sizes, each run in its own process, and prints the medians: folder size, calendar
 * entries, notes, wall, user CPU, peak memory, events per second, the phase breakdown, and how
 * time grows with size. Timing goals live here, not in tests.
 *
 *   npm run bench                                  # the demo company
 *   npm run bench -- --people 250,500,1000,2000    # generated into out/large/<n> when missing
 *   npm run bench -- --workspace DIR --runs 5
 *   npm run bench -- --no-cold-start               # skip the function entries' import times
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { TREND_WEEKS } from "../src/core/report-builder.js";
import type { RunFigures } from "./bench/run-once.js";
import { growth, phaseTable, sizeTable } from "./bench/tables.js";
import { largeCompany, largeDir } from "./fixtures/large.js";
import { writeWorkspace } from "./fixtures/workspace.js";

const { values } = parseArgs({
  options: {
    people: { type: "string" },
    runs: { type: "string" },
    workspace: { type: "string" },
    weeks: { type: "string" },
    out: { type: "string" },
    "cold-start": { type: "boolean", default: true },
  },
  allowNegative: true,
});
const runs = Number(values.runs ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`Expected --runs N ≥ 1, got ${values.runs}`);

/** One run in a fresh process: `node --import tsx scripts/bench/run-once.ts DIR`. */
function runOnce(dir: string): Promise<RunFigures> {
  const script = join(import.meta.dirname, "bench/run-once.ts");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--stack-size=4000", script, dir],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${dir}: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as RunFigures);
      },
    );
  });
}

async function folderMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return bytes / 1e6;
}

async function workspaces(): Promise<{ label: string; dir: string; size: number }[]> {
  if (!values.people) {
    const dir = values.workspace ?? "fixtures/demo";
    return [{ label: dir, dir, size: 0 }];
  }
  const sizes = values.people.split(",").map((x) => Number(x.trim()));
  const root = values.out ?? "out/large";
  const weeks = values.weeks ? Number(values.weeks) : undefined;
  return sizes.map((n) => {
    const dir = largeDir(root, n);
    if (!existsSync(join(dir, "tenant.json"))) {
      console.error(`generating ${dir} (${n} people)…`);
      writeWorkspace(largeCompany(n, weeks), dir);
    }
    return { label: String(n), dir, size: n };
  });
}

const rows = [];
for (const w of await workspaces()) {
  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    console.error(`${w.label}: run ${i + 1}/${runs}…`);
    figures.push(await runOnce(w.dir));
  }
  rows.push({
    label: w.label,
    size: w.size || (figures[0]?.people ?? 0),
    mb: await folderMb(w.dir),
    figures,
  });
}
console.log(
  `analyze (last week + ${TREND_WEEKS}-week trend), median of ${runs} run(s) each, one process per run\n`,
);
console.log(sizeTable(rows));
console.log(`\nphases (median ms)\n${phaseTable(rows)}`);
if (rows.length > 1) console.log(`\n${growth(rows)}`);
// The Cloud Functions entries' import times, from the build `npm run bench` made first.
if (values["cold-start"]) {
  console.log("\ncold start of each function entry");
  execFileSync(process.execPath, [join(import.meta.dirname, "bench/cold-start.mjs")], {
    stdio: "inherit",
  });
}
