/**
 * Runs one synthetic company's weeks into the store the way the weekly service leaves them:
 * a configuration version (with the consultant's grant), then for each week the run row, the
 * measures and findings (past weeks read back from the store, as a live run does), the alert
 * lifecycle, and the run's end. A week whose run is already done is skipped: re-running is safe.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPastWeeks, lookbackWeeks, weeksToStore } from "../../src/app/history-bridge.js";
import { Analysis } from "../../src/core/analysis.js";
import { DETECTORS } from "../../src/core/catalogue.js";
import { prepareSnapshot } from "../../src/core/context.js";
import { buildReport, TREND_WEEKS } from "../../src/core/report-builder.js";
import { type IsoWeek, parseWeek, shiftWeek } from "../../src/core/week.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";
import type { Store } from "../../src/store/store.js";

export interface RecordOptions {
  /** The last week to run (the comparison's week, or earlier for a client whose runs stopped). */
  lastWeek: string;
  /** How many weeks to run, ending with `lastWeek`. */
  weeks: number;
  consultants: string[];
  shareTeamFigures: boolean;
  /** Record a failed run for the week after `lastWeek` (a client whose last run broke). */
  failAfter?: boolean;
  onWeek?: (week: string) => void;
}

export async function recordCompany(
  store: Store,
  dir: string,
  o: RecordOptions,
): Promise<{ tenant: string }> {
  const prepared = prepareSnapshot(await readWorkspace(dir));
  const tenantJson = JSON.parse(await readFile(join(dir, "tenant.json"), "utf8")) as Record<string, unknown>;
  const tenant = await store.tenant(prepared.tenant.id);
  const config = { ...tenantJson, consultants: o.consultants, consultantTeamFigures: o.shareTeamFigures };
  const { version } = await tenant.configs.save(config, { source: join(dir, "tenant.json") });
  const last = parseWeek(o.lastWeek, prepared.tenant.timezone);
  if (!last) throw new Error(`Expected an ISO week, got ${o.lastWeek}`);
  const span = lookbackWeeks(TREND_WEEKS, prepared.tenant.baselineWeeks);
  const holder = `demo-portfolio-${process.pid}`;
  for (let i = o.weeks - 1; i >= 0; i--) {
    const week = shiftWeek(last, -i);
    await runWeek(store, prepared, week, { holder, version, span });
    o.onWeek?.(week.id);
  }
  if (o.failAfter) await failWeek(store, prepared.tenant.id, shiftWeek(last, 1).id, holder, version);
  return { tenant: prepared.tenant.id };
}

async function runWeek(
  store: Store,
  prepared: ReturnType<typeof prepareSnapshot>,
  week: IsoWeek,
  o: { holder: string; version: number; span: number },
): Promise<void> {
  const tenant = await store.tenant(prepared.tenant.id);
  const lease = await tenant.runs.acquireLease(o.holder, week.id, 10 * 60_000);
  if (!lease.held) throw new Error(`${prepared.tenant.id}: another run holds the lease (${lease.holder})`);
  try {
    const started = await tenant.runs.start(week.id, o.holder, o.version);
    if (!started.started) return;
    const t0 = Date.now();
    const past = await loadPastWeeks(tenant.history, week, o.span);
    const analysis = new Analysis(prepared, DETECTORS, { history: past });
    const report = buildReport(analysis, week, { generatedBy: "vigie demo-portfolio" });
    for (const w of weeksToStore(analysis, past, week, { span: o.span, trendWeeks: TREND_WEEKS })) {
      await tenant.history.saveWeek(w.week, w.measures, w.findings);
    }
    const alerts = report.alerts.map((a) => ({ signal: a.signal, scope: a.scope, severity: a.severity }));
    await tenant.alerts.applyWeek(week.id, alerts, null);
    await tenant.runs.finish(week.id, o.holder, {
      timings: { analyseMs: Date.now() - t0 },
      requests: {},
      outputs: {},
    });
  } finally {
    await tenant.runs.releaseLease(o.holder);
  }
}

async function failWeek(store: Store, tenantId: string, week: string, holder: string, version: number) {
  const tenant = await store.tenant(tenantId);
  await tenant.runs.acquireLease(holder, week, 60_000);
  try {
    const started = await tenant.runs.start(week, holder, version);
    if (!started.started) return;
    const error = { kind: "upstream", message: "Google Calendar answered 503 (demo)", retryable: true };
    await tenant.runs.fail(week, holder, { timings: {}, requests: {}, error });
  } finally {
    await tenant.runs.releaseLease(holder);
  }
}
