/**
 * Benchmark of the consultant's comparison: a store holding 200 tenants × 52 judged weeks (ten
 * signals on the organisation and five teams each, team head counts, a run per week, alert
 * lives) and their week summaries (the rows a weekly run writes beside its findings), then
 * `compare` for a consultant granted all 200 — the store's reads, the portfolio and
 * the three files rendered — timed wall-clock, cold then warm.
 *   npx tsx scripts/bench/compare.ts [--tenants 200] [--weeks 52] [--runs 5]
 * The store is embedded PGlite in memory, or PostgreSQL when VIGIE_DATABASE_URL is set. Rows are
 * written with set-based SQL (a weekly run writes the same rows, one week at a time).
 */
import { createHmac, randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { comparePortfolio } from "../../src/app/compare.js";
import { StorePortfolioSource } from "../../src/app/compare-store.js";
import { openStore } from "../../src/store/store.js";
import { backfillSummaries } from "../../src/store/summaries.js";
import { renderCompareCsv } from "../../src/writers/compare/csv.js";
import { renderCompareHtml } from "../../src/writers/compare/html.js";
import { renderCompareJson } from "../../src/writers/compare/json.js";
import {
  BENCH_CONSULTANT as CONSULTANT,
  fillBenchStore as fill,
  BENCH_WEEK as WEEK,
  weekIds,
} from "./compare-fill.js";

const { values } = parseArgs({
  options: { tenants: { type: "string" }, weeks: { type: "string" }, runs: { type: "string" } },
});
const nTenants = Number(values.tenants ?? 200);
const nWeeks = Number(values.weeks ?? 52);
const nRuns = Number(values.runs ?? 5);

async function main(): Promise<void> {
  const secret = randomBytes(32);
  const keys = { keyFor: async (id: string) => createHmac("sha256", secret).update(id).digest() };
  const url = process.env.VIGIE_DATABASE_URL;
  const store = await openStore({
    env: url ? { VIGIE_DATABASE_URL: url, VIGIE_ENVELOPE_KEY: randomBytes(32).toString("base64") } : {},
    cwd: process.cwd(),
    keys,
    memory: !url,
    ...(url ? { schema: `bench_${randomBytes(4).toString("hex")}` } : {}),
  });
  try {
    const ids = Array.from({ length: nTenants }, (_, i) => `client-${String(i + 1).padStart(3, "0")}`);
    const weeks = weekIds(nWeeks);
    const t0 = performance.now();
    await fill(store, ids, weeks);
    const [{ n }] = (await store.sql.query<{ n: number }>("SELECT count(*)::integer AS n FROM findings")) as [
      { n: number },
    ];
    console.log(
      `store (${store.sql.engine}): ${nTenants} tenants × ${nWeeks} weeks, ${n} findings, filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    // The fill writes rows as the code before week summaries did; a weekly run now writes its week's
    // summary with its findings. The comparison's lazy path fills those of the compared weeks once.
    const b0 = performance.now();
    const filled = await backfillSummaries(store.sql, ids, weeks[0] ?? WEEK, WEEK);
    console.log(
      `week summaries: ${filled} written from the stored findings in ${((performance.now() - b0) / 1000).toFixed(1)} s (once, for weeks stored before them)`,
    );
    await store.sql.query("ANALYZE");
    const times: number[] = [];
    // CPU of this process per comparison (PGlite runs in it): what a shared machine inflates least.
    const cpu: number[] = [];
    for (let r = 0; r < nRuns; r++) {
      const c0 = process.cpuUsage();
      const start = performance.now();
      const p = await comparePortfolio(new StorePortfolioSource(store.sql), {
        scope: { consultant: CONSULTANT },
        week: WEEK,
        weeks: 12,
        now: new Date(),
        generatedBy: "bench",
      });
      const bytes = renderCompareHtml(p).length + renderCompareCsv(p).length + renderCompareJson(p).length;
      times.push(performance.now() - start);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (r === 0)
        console.log(
          `portfolio: ${p.clients.length} clients, ${(bytes / 1e6).toFixed(1)} MB of html+csv+json`,
        );
    }
    const sorted = [...times].sort((a, b) => a - b);
    const ms = (x: number | undefined) => `${Math.round(x ?? 0)} ms`;
    const load = loadavg()[0]?.toFixed(1);
    console.log(
      `compare: cold ${ms(times[0])}, median ${ms(sorted[Math.floor(sorted.length / 2)])}, best ${ms(sorted[0])} (${nRuns} runs; ${cpus().length} CPUs, load average ${load}, Node ${process.version})`,
    );
    const cpuSorted = [...cpu].sort((a, b) => a - b);
    console.log(
      `compare CPU (user+system of this process): cold ${ms(cpu[0])}, median ${ms(cpuSorted[Math.floor(cpuSorted.length / 2)])}, best ${ms(cpuSorted[0])}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
