/**
 * Times the analysis of the demo company, phase by phase, over a few runs, and prints the
 * figures. Timing goals live here, not in tests. Usage: npm run bench [-- --runs 5 --workspace DIR]
 */
import { parseArgs } from "node:util";
import { Analysis } from "../src/core/analysis.js";
import { DETECTORS } from "../src/core/catalogue.js";
import { prepareSnapshot } from "../src/core/context.js";
import { buildReport } from "../src/core/report-builder.js";
import { weekOf } from "../src/core/week.js";
import { readWorkspace } from "../src/sources/workspace-folder.js";
import { renderHtml } from "../src/writers/html.js";

const { values } = parseArgs({
  options: { runs: { type: "string" }, workspace: { type: "string" } },
});
const runs = Number(values.runs ?? 3);
const dir = values.workspace ?? "fixtures/demo";

const phases = {
  read: [] as number[],
  prepare: [] as number[],
  analyse: [] as number[],
  render: [] as number[],
  total: [] as number[],
};
let summary = "";
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const snapshot = await readWorkspace(dir);
  const t1 = performance.now();
  const prepared = prepareSnapshot(snapshot);
  const t2 = performance.now();
  if (!prepared.dataEnd) throw new Error(`${dir}: no calendar data`);
  const week = weekOf(prepared.dataEnd, prepared.tenant.timezone);
  const report = buildReport(new Analysis(prepared, DETECTORS), week, { generatedBy: "bench" });
  const t3 = performance.now();
  renderHtml(report);
  const t4 = performance.now();
  phases.read.push(t1 - t0);
  phases.prepare.push(t2 - t1);
  phases.analyse.push(t3 - t2);
  phases.render.push(t4 - t3);
  phases.total.push(t4 - t0);
  summary = `${snapshot.people.length} people, ${snapshot.meetings.length} distinct events, ${snapshot.notes.length} notes, week ${week.id}`;
}
console.log(`analyze on ${dir}: ${summary}; ${runs} runs`);
for (const [name, xs] of Object.entries(phases)) {
  const s = [...xs].sort((a, b) => a - b);
  const med = s[Math.floor(s.length / 2)] ?? 0;
  console.log(
    `${name.padEnd(8)} median ${med.toFixed(0).padStart(6)} ms   min ${(s[0] ?? 0).toFixed(0).padStart(6)} ms   max ${(s.at(-1) ?? 0).toFixed(0).padStart(6)} ms`,
  );
}
