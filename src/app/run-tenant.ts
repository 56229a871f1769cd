/**
 * One run of one tenant, the same for `vigie run` and the `runTenant` cloud function:
 * lease → sync → analyse against the stored history → store → write → record the run.
 *
 * Exactly one effect per tenant-week: the run takes its tenant's lease, and a week whose run is `done`
 * is not run again (the result says `already-done` and what that run wrote). A run that failed or
 * crashed leaves its week unfinished; the next delivery resumes it, and the writers' upserts make the
 * finished state the same as if the first run had not stopped.
 */
import { randomUUID } from "node:crypto";
import { Analysis } from "../core/analysis.js";
import { DETECTORS } from "../core/catalogue.js";
import { prepareSnapshot } from "../core/context.js";
import { isNotionUnauthorized } from "../core/errors.js";
import type { Tenant } from "../core/model.js";
import type { Report } from "../core/report.js";
import { buildReport, TREND_WEEKS } from "../core/report-builder.js";
import { type RunSyncResult, runSync } from "../sources/sync/run-sync.js";
import { FileWorkspaceWriter } from "../sources/sync/workspace-writer.js";
import { readWorkspace } from "../sources/workspace-folder.js";
import { alertKey } from "../store/alerts.js";
import type { RunRecord } from "../store/runs.js";
import type { Store, TenantStore } from "../store/store.js";
import { t } from "../writers/labels.js";
import type { AlertsResult } from "../writers/notion/alerts-writer.js";
import { writeReport } from "../writers/write-report.js";
import { chooseWeek } from "./choose-week.js";
import { extractNotesInParallel } from "./extract-pool.js";
import { loadPastWeeks, lookbackWeeks, weeksToStore } from "./history-bridge.js";
import type { LiveServices } from "./live-services.js";
import { runError } from "./run-error.js";
import { syncPlan } from "./sync-plan.js";
import { type HeldLease, type LeaseOptions, takeLease } from "./tenant-lease.js";
import { mirrorId } from "./workspace-mirror.js";
import { type NotionTarget, writeOutputs } from "./write-outputs.js";

export interface RunTenantInput {
  tenant: Tenant;
  /** `tenant.json` as read: saved as a new config version when it changed. */
  tenantJson: unknown;
  /** Where `tenantJson` came from, for validation messages. */
  tenantSource: string;
  store: Store;
  /** Builds the live services once the run knows how far back a full listing must reach. */
  services: (plan: { calendarWeeksBack: number }) => LiveServices;
  /** The workspace folder the sync mirrors the APIs into (kept between runs by the CLI). */
  workspace: string;
  /** ISO week to run; default the last complete week before `now` (or the last week with data). */
  week?: string;
  now: () => Date;
  /** The folder of the local report (report.json/.md/.html) for a week; null writes none. */
  out: ((week: string) => string) | null;
  /** Where the weekly page and alert rows go; null writes nothing to Notion. */
  target: NotionTarget | null;
  /** Run a week already done again (its page and rows are updated). Default false. */
  rerun?: boolean;
  /** Analyse and write the local report, write nothing to the workspace, record no run. */
  dryRun?: boolean;
  /** Every syncer lists everything again. Default false. */
  full?: boolean;
  lease?: LeaseOptions;
  generatedBy: string;
  /** Progress of the long steps, for a progress bar. */
  progress?: (what: string, done: number, total: number) => void;
}

export interface RunOutputs {
  page: string | null;
  pageId: string | null;
  doc: string | null;
  alerts: AlertsResult;
}

export type RunTenantResult =
  | ({ outcome: "done"; week: string; attempt: number; report: Report; files: string[] } & RunDetails)
  | { outcome: "already-done"; week: string; run: RunRecord }
  | { outcome: "busy"; week: string; until: string };

interface RunDetails {
  outputs: RunOutputs;
  sync: RunSyncResult;
  requests: { notion: number; google: number };
  /** Milliseconds per step and in total. */
  timings: Record<string, number>;
  warnings: string[];
}

export async function runTenant(input: RunTenantInput): Promise<RunTenantResult> {
  const ts = await input.store.tenant(input.tenant.id);
  const config = await ts.configs.save(input.tenantJson, { source: input.tenantSource });
  const holder = randomUUID();
  const pending = input.week ?? "next";
  const got = await takeLease(ts.runs, holder, pending, input.lease ?? {});
  if ("busy" in got) return { outcome: "busy", week: got.busy.week, until: got.busy.until };
  try {
    const done = input.week ? await doneRun(ts, input.week, input) : null;
    if (done) return { outcome: "already-done", week: done.week, run: done };
    return await syncAndRun(input, ts, got.held, holder, config.version);
  } finally {
    await got.held.release();
  }
}

async function doneRun(ts: TenantStore, week: string, input: RunTenantInput): Promise<RunRecord | null> {
  if (input.rerun || input.dryRun) return null;
  const run = await ts.runs.get(week);
  return run?.status === "done" ? run : null;
}

async function syncAndRun(
  input: RunTenantInput,
  ts: TenantStore,
  lease: HeldLease,
  holder: string,
  configVersion: number,
): Promise<RunTenantResult> {
  const clock = stopwatch();
  const out = new FileWorkspaceWriter(input.workspace);
  const mirror = await mirrorId(out);
  const plan = await syncPlan(ts, input, mirror.fresh);
  const services = input.services(plan);
  const sync = await runSync({
    tenant: input.tenant,
    tenantJson: input.tenantJson,
    out,
    syncers: services.syncers,
    full: input.full ?? false,
    cursors: {
      load: () => ts.cursors.load(mirror.id, plan.calendars),
      save: (state) => (input.dryRun ? Promise.resolve() : ts.cursors.save(mirror.id, state)),
    },
    progress: (done, total, what) => input.progress?.(what, done, total),
    // A revoked Notion access does not stop the week: the page is written without Notion and says so.
    skippable: isNotionUnauthorized,
  });
  clock.lap("sync");
  let revoked = (sync.skipped.find((s) => isNotionUnauthorized(s.error))?.error ?? null) as Error | null;
  const snapshot = await readWorkspace(input.workspace, {
    onProgress: (done, total) => input.progress?.("reading the workspace", done, total),
  });
  await extractNotesInParallel(snapshot);
  const prepared = prepareSnapshot(snapshot);
  const week = chooseWeek(prepared, input.week, input.now(), input.workspace);
  const done = input.week ? null : await doneRun(ts, week.id, input);
  if (done) return { outcome: "already-done", week: done.week, run: done };
  const started = input.dryRun
    ? null
    : await ts.runs.start(week.id, holder, configVersion, { rerun: input.rerun ?? false });
  if (started && !started.started) return { outcome: "already-done", week: week.id, run: started.run };
  try {
    const span = lookbackWeeks(TREND_WEEKS, prepared.tenant.baselineWeeks);
    const past = await loadPastWeeks(ts.history, week, span);
    const analysis = new Analysis(prepared, DETECTORS, { history: past });
    const report = buildReport(analysis, week, {
      generatedBy: input.generatedBy,
      onWeek: (d, t) => input.progress?.("analysing", d, t),
    });
    clock.lap("analyse");
    if (revoked) warnNotionRevoked(report);
    // Weeks measured without their Notion notes are not history: the run after reconnecting stores them.
    for (const w of revoked ? [] : weeksToStore(analysis, past, week, { span, trendWeeks: TREND_WEEKS })) {
      await ts.history.saveWeek(w.week, w.measures, w.findings);
    }
    clock.lap("store");
    const written = await writeWeek({ input, ts, lease, services, report, week: week.id, revoked });
    const { files, outputs } = written;
    revoked = written.revoked;
    clock.lap("write");
    // What could be written is; the run is then recorded as failed for good until Notion is reconnected.
    if (revoked && !input.dryRun) throw revoked;
    const requests = countRequests(sync, services);
    const timings = clock.total();
    if (!input.dryRun) {
      // The score too: the add-on shows the last run's score without reading the history.
      await ts.runs.finish(week.id, holder, {
        timings,
        requests,
        outputs: { ...outputs, score: report.score },
      });
    }
    const warnings = [...sync.warnings, ...report.warnings.map((w) => `${w.file}: ${w.message}`)];
    const attempt = started?.started ? started.attempt : 0;
    return {
      outcome: "done",
      week: week.id,
      attempt,
      report,
      files,
      outputs,
      sync,
      requests,
      timings,
      warnings,
    };
  } catch (error) {
    if (!input.dryRun) {
      await ts.runs
        .fail(week.id, holder, {
          timings: clock.total(),
          requests: countRequests(sync, services),
          error: runError(error),
        })
        .catch(() => {});
    }
    throw error;
  }
}

interface WriteWeek {
  input: RunTenantInput;
  ts: TenantStore;
  lease: HeldLease;
  services: LiveServices;
  report: Report;
  week: string;
  /** Notion refused the token during the sync: nothing is written there. */
  revoked: Error | null;
}

/**
 * The local report, then (unless a dry run) the workspace outputs and the alert lifecycle. A Notion
 * access revoked between the sync and the write is found here: the local report and the Doc are then
 * written again, saying so, and the revocation is returned for the run to record.
 */
async function writeWeek(
  w: WriteWeek,
): Promise<{ files: string[]; outputs: RunOutputs; revoked: Error | null }> {
  const { input, ts, report } = w;
  let revoked = w.revoked;
  const local = () => (input.out ? writeReport(input.out(w.week), report) : Promise.resolve({ files: [] }));
  let { files } = await local();
  if (input.dryRun) return { files, outputs: noOutputs(), revoked };
  await w.lease.check();
  const target = input.target && { ...input.target, knownRows: await ts.alerts.notionRows(w.week) };
  const write = (to: NotionTarget | null) =>
    writeOutputs(w.services, to, input.tenant, report, (what) => input.progress?.(what, 0, 1));
  let written: Awaited<ReturnType<typeof writeOutputs>>;
  try {
    written = await write(revoked ? null : target);
  } catch (error) {
    if (revoked || !isNotionUnauthorized(error)) throw error;
    revoked = error;
    warnNotionRevoked(report);
    files = (await local()).files;
    written = await write(null);
  }
  const outputs: RunOutputs = {
    page: written.page?.url ?? null,
    pageId: written.page?.id ?? null,
    doc: written.doc,
    alerts: written.alerts,
  };
  if (!revoked) {
    await ts.alerts.applyWeek(w.week, report.alerts.map(weekAlert), outputs.pageId);
    const rows = written.alertRows.map((r) => ({ key: alertKey(r.signal, r.scope), rowId: r.rowId }));
    await ts.alerts.setNotionRows(w.week, rows);
  }
  return { files, outputs, revoked };
}

function noOutputs(): RunOutputs {
  return { page: null, pageId: null, doc: null, alerts: emptyAlerts() };
}

/** The page's first warning, in the tenant's language: Notion access was revoked, and how to reconnect. */
function warnNotionRevoked(report: Report): void {
  report.warnings.unshift({ file: "Notion", message: t(report.locale, "notion.revokedPage") });
}

function weekAlert(a: Report["alerts"][number]) {
  return { signal: a.signal, scope: a.scope, severity: a.severity };
}

function emptyAlerts(): AlertsResult {
  return { created: 0, updated: 0, unchanged: 0, resolved: 0 };
}

function countRequests(sync: RunSyncResult, services: LiveServices): { notion: number; google: number } {
  return {
    notion: services.notion?.upstream.requests ?? 0,
    google: (sync.requests.google ?? 0) + (services.googleDoc?.upstream.requests ?? 0),
  };
}

function stopwatch() {
  const start = performance.now();
  let last = start;
  const laps: Record<string, number> = {};
  return {
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round(now - last);
      last = now;
    },
    total: () => ({ ...laps, total: Math.round(performance.now() - start) }),
  };
}
