/**
 * `npm run store:size`: the store's size per tenant-year. Analyses the demo company, writes 52 weeks of
 * its measures and findings (its 16 weeks, cycled) and a year of runs and alerts into a fresh store —
 * PGlite in memory, or PostgreSQL in a new schema when VIGIE_DATABASE_URL is set — and prints the
 * bytes its tables and indexes take.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Analysis } from "../../src/core/analysis.js";
import { DETECTORS } from "../../src/core/catalogue.js";
import { prepareSnapshot, weekHasData } from "../../src/core/context.js";
import { shiftWeek, weekOf, weekRange } from "../../src/core/week.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";
import { storedFinding } from "../../src/store/history.js";
import { openStore } from "../../src/store/store.js";

const DEMO = join(import.meta.dirname, "../../fixtures/demo");
const TABLES = [
  "tenants",
  "tenant_configs",
  "runs",
  "measured_weeks",
  "measures",
  "findings",
  "alerts",
  "sync_cursors",
];

async function main(): Promise<void> {
  const prepared = prepareSnapshot(await readWorkspace(DEMO));
  const zone = prepared.tenant.timezone;
  if (!prepared.dataStart || !prepared.dataEnd) throw new Error("the demo has no calendar data");
  const weeks = weekRange(weekOf(prepared.dataStart, zone), weekOf(prepared.dataEnd, zone)).filter((w) =>
    weekHasData(prepared, w),
  );
  const analysis = new Analysis(prepared, DETECTORS);
  const perWeek = weeks.map((w) => ({
    measures: DETECTORS.flatMap((d) => analysis.measures(d, w)),
    findings: DETECTORS.flatMap((d) => {
      const raw = analysis.rawFindings(d, w);
      return analysis.runDetector(d, w).map((f, k) => storedFinding(raw[k] ?? f, f));
    }),
  }));
  const env = {
    ...process.env,
    VIGIE_PSEUDONYM_KEY: randomBytes(32).toString("base64"),
    VIGIE_ENVELOPE_KEY: randomBytes(32).toString("base64"),
  };
  const schema = `size_${randomBytes(4).toString("hex")}`;
  const store = await openStore({ env, cwd: process.cwd(), memory: true, schema });
  try {
    const t = await store.tenant(prepared.tenant.id);
    await t.configs.save(JSON.parse(JSON.stringify(prepared.tenant)));
    const first = weekOf(prepared.dataEnd, zone);
    for (let i = 0; i < 52; i++) {
      const week = shiftWeek(first, i).id;
      const data = perWeek[i % perWeek.length];
      if (!data) continue;
      await t.history.saveWeek(week, data.measures, data.findings);
      const alerts = data.findings
        .filter((f) => f.status !== "ok")
        .map((f) => ({ signal: f.signal, scope: f.scope, severity: f.status as "watch" | "alert" }));
      await t.alerts.applyWeek(week, alerts, "00000000-0000-4000-8000-000000000000");
      await t.runs.acquireLease("size", week, 60_000);
      await t.runs.start(week, "size", 1);
      await t.runs.finish(week, "size", {
        timings: { sync: 1, analyse: 1, store: 1, write: 1, total: 4 },
        requests: { google: 62, notion: 40 },
        outputs: {
          page: "https://www.notion.so/x",
          doc: null,
          alerts: { created: 1, updated: 0, unchanged: 0, resolved: 0 },
        },
      });
      await t.runs.releaseLease("size");
    }
    if (store.sql.engine === "postgres") await store.sql.query("VACUUM ANALYZE");
    const sizes: Record<string, number> = {};
    for (const table of TABLES) {
      const rows = await store.sql.query<{ bytes: string | number }>(
        "SELECT pg_total_relation_size($1::regclass) AS bytes",
        [table],
      );
      sizes[table] = Number(rows[0]?.bytes ?? 0);
    }
    const counts = await store.sql.query<{ m: string | number; f: string | number }>(
      "SELECT (SELECT count(*) FROM measures) AS m, (SELECT count(*) FROM findings) AS f",
    );
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const payload = await store.sql.query<{ b: string | number }>(
      "SELECT (SELECT coalesce(sum(pg_column_size(m.*)), 0) FROM measures m) + (SELECT coalesce(sum(pg_column_size(f.*)), 0) FROM findings f) AS b",
    );
    console.log(
      JSON.stringify({
        engine: store.sql.engine,
        weeks: 52,
        measures: Number(counts[0]?.m),
        findings: Number(counts[0]?.f),
        rowBytes: Number(payload[0]?.b),
        tableBytes: sizes,
        totalBytes: total,
        totalMiB: Math.round((total / 1048576) * 100) / 100,
      }),
    );
  } finally {
    await store.close();
  }
}

await main();
