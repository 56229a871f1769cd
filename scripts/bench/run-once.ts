/**
 * One timed `analyze` of a workspace folder, in its own process so that its peak memory is its
 * own: what `vigie analyze` does (read, prepare, the analysed week with its trend, the three
 * report files), phase by phase. Prints one JSON line. Used by scripts/bench.ts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractNotesInParallel } from "../../src/app/extract-pool.js";
import { Analysis } from "../../src/core/analysis.js";
import { DETECTORS } from "../../src/core/catalogue.js";
import { analyseNote, ceoNamesOf, prepareSnapshot } from "../../src/core/context.js";
import { buildReport } from "../../src/core/report-builder.js";
import type { Detector } from "../../src/core/signals/types.js";
import { weekOf } from "../../src/core/week.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";
import { writeReport } from "../../src/writers/write-report.js";

export interface RunFigures {
  people: number;
  events: number;
  entries: number;
  notes: number;
  week: string;
  wallMs: number;
  userMs: number;
  peakRssMb: number;
  phases: Record<string, number>;
}

/** Each detector's measure and evaluate, timed into `phases`. */
function timed(detectors: readonly Detector[], phases: Record<string, number>): Detector[] {
  const add = (key: string, ms: number) => {
    phases[key] = (phases[key] ?? 0) + ms;
  };
  return detectors.map((d) => ({
    ...d,
    measure: (ctx, params) => {
      const t = performance.now();
      const out = d.measure(ctx, params);
      add(`measure ${d.id}`, performance.now() - t);
      return out;
    },
    evaluate: (input) => {
      const t = performance.now();
      const out = d.evaluate(input);
      add(`evaluate ${d.id}`, performance.now() - t);
      return out;
    },
  }));
}

async function main(dir: string): Promise<RunFigures> {
  const phases: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const timings = { normaliseMs: 0 };
  const snapshot = await readWorkspace(dir, { timings });
  const t1 = performance.now();
  phases["read and parse"] = t1 - t0 - timings.normaliseMs;
  phases["normalise and deduplicate"] = timings.normaliseMs;
  // The extraction cache is filled here (as `vigie analyze` does, on two threads when the
  // workspace is large), so prepareSnapshot below times the rest of it.
  // VIGIE_BENCH_THREADS=1 times the single-thread path.
  const threads = process.env.VIGIE_BENCH_THREADS;
  await extractNotesInParallel(snapshot, threads ? { threads: Number(threads) } : {});
  const people = new Map(snapshot.people.filter((p) => !p.suspended).map((p) => [p.email, p]));
  const ceoNames = ceoNamesOf(snapshot.tenant, people);
  for (const n of snapshot.notes) analyseNote(n, ceoNames);
  const t2 = performance.now();
  phases["note extraction"] = t2 - t1;
  const prepared = prepareSnapshot(snapshot);
  const t3 = performance.now();
  phases["prepare (timeline, teams)"] = t3 - t2;
  if (!prepared.dataEnd) throw new Error(`${dir}: no calendar data`);
  const week = weekOf(prepared.dataEnd, prepared.tenant.timezone);
  const analysis = new Analysis(prepared, timed(DETECTORS, phases));
  let last = performance.now();
  const report = buildReport(analysis, week, {
    generatedBy: "bench",
    onWeek: (done, total) => {
      const now = performance.now();
      const key = done === total ? "analysed week" : "trend weeks";
      phases[key] = (phases[key] ?? 0) + now - last;
      last = now;
    },
  });
  const t4 = performance.now();
  const out = await mkdtemp(join(tmpdir(), "vigie-bench-"));
  await writeReport(out, report);
  const t5 = performance.now();
  phases.render = t5 - t4;
  await rm(out, { recursive: true, force: true });
  return {
    people: prepared.people.size,
    events: snapshot.meetings.length,
    entries: snapshot.meetings.reduce((a, m) => a + m.calendars.length, 0),
    notes: snapshot.notes.length,
    week: week.id,
    wallMs: t5 - t0,
    userMs: process.cpuUsage(cpu0).user / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    phases,
  };
}

const dir = process.argv[2];
if (!dir) throw new Error("Expected a workspace folder");
console.log(JSON.stringify(await main(dir)));
