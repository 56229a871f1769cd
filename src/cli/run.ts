import { join, resolve } from "node:path";
import { checkWeekId } from "../app/choose-week.js";
import { buildLiveServices, clockFromEnv, type LiveServices } from "../app/live-services.js";
import { type RunTenantResult, runTenant } from "../app/run-tenant.js";
import type { NotionTarget } from "../app/write-outputs.js";
import { BadInputError } from "../core/errors.js";
import type { Locale, Tenant } from "../core/model.js";
import type { Report } from "../core/report.js";
import { loadTenantFile } from "../sources/sync/tenant-file.js";
import { openStore } from "../store/store.js";
import { statusLabel, t, weekLabel } from "../writers/labels.js";
import { type AlertsResult, noAlertsWritten } from "../writers/notion/alerts-writer.js";
import { weeklyPageTitle } from "../writers/notion/page-writer.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./io.js";
import { phaseLabel } from "./phases.js";
import { Progress } from "./progress.js";
import { formatSyncSummary, retryCounter, showProgress, TENANT_EXPECTED } from "./sync.js";
import { VERSION } from "./version.js";

export { chooseWeek } from "../app/choose-week.js";

const OPTIONS = {
  tenant: { type: "string" },
  workspace: { type: "string" },
  week: { type: "string" },
  out: { type: "string" },
  "dry-run": { type: "boolean" },
  rerun: { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

/** The one line `--json` prints. `dryRun` only on a dry run: what would have been written. */
export interface RunSummary {
  page: string | null;
  /** The weekly Google Doc's URL when `tenant.output.googleDoc.folderId` is set, else null. */
  doc: string | null;
  alerts: AlertsResult;
  requests: { notion: number; google: number };
  warnings: string[];
  dryRun?: { page: string; alerts: number } | null;
  /** Only when the week was already done: nothing was written by this run. */
  alreadyDone?: { week: string; finishedAt: string | null };
}

type Options = ReturnType<typeof parseOptions<typeof OPTIONS>>;

/** What a run is made of once its options and environment are read, before any request. */
interface RunSetup {
  tenant: Tenant;
  tenantJson: unknown;
  tenantFile: string;
  target: NotionTarget | null;
  dryRun: boolean;
  now: () => Date;
  progress: Progress;
  retries: ReturnType<typeof retryCounter>;
  workspace: string;
}

/**
 * `vigie run`: the pipeline (`runTenant`: sync → analyse against the store's history → store → write)
 * around parsing and formatting. The clock is a parameter (and `VIGIE_NOW` for fakes): it places the
 * calendar window and picks the default week. A week already done is not written again (`--rerun`).
 */
export async function runCommand(argv: string[], io: CliIo, clock = () => new Date()): Promise<number> {
  const o = parseOptions(argv, OPTIONS);
  const run = await setUp(o, io, clock);
  const store = await openStore({ env: io.env, cwd: io.cwd, onWait: (m) => io.stderr(`vigie: ${m}\n`) });
  try {
    const result = await runTenant({
      tenant: run.tenant,
      tenantJson: run.tenantJson,
      tenantSource: run.tenantFile,
      store,
      services: (plan) => buildServices(run, io, plan.calendarWeeksBack),
      workspace: run.workspace,
      ...(o.week ? { week: o.week } : {}),
      now: run.now,
      out: (week) => resolve(io.cwd, o.out ?? join("out", run.tenant.id, week)),
      target: run.dryRun ? null : run.target,
      rerun: o.rerun ?? false,
      dryRun: run.dryRun,
      lease: { waitMs: LEASE_WAIT_MS, onWait: (h) => io.stderr(waitingLine(run.tenant, h)) },
      generatedBy: `vigie ${VERSION}`,
      progress: (what, done, total) => {
        const { phase, detail } = phaseLabel(run.tenant.locale, what);
        run.progress.update(phase, done, total, detail);
      },
    });
    run.progress.done();
    return report(result, run, o, io);
  } finally {
    await store.close();
  }
}

/** `vigie run` waits this long for another run of the same tenant to finish. */
const LEASE_WAIT_MS = 15 * 60_000;

function waitingLine(tenant: Tenant, h: { week: string; until: string }): string {
  return `vigie: another run of ${tenant.id} (${h.week}) is in progress; waiting for it to end (lease until ${h.until})\n`;
}

function buildServices(run: RunSetup, io: CliIo, calendarWeeksBack: number): LiveServices {
  return buildLiveServices(run.tenant, {
    env: io.env,
    writeNotion: run.target !== null && !run.dryRun,
    writeGoogleDoc: Boolean(run.tenant.output.googleDoc?.folderId) && !run.dryRun,
    now: run.now,
    log: io.stderr,
    onRetry: run.retries.onRetry,
    calendarWeeksBack,
  });
}

function report(result: RunTenantResult, run: RunSetup, o: Options, io: CliIo): number {
  if (result.outcome === "busy") {
    throw new Error(
      `another run of ${run.tenant.id} (${result.week}) still holds it (lease until ${result.until}); try again later`,
    );
  }
  if (result.outcome === "already-done") {
    const outputs = result.run.outputs ?? {};
    const summary: RunSummary = {
      page: typeof outputs.page === "string" ? outputs.page : null,
      doc: typeof outputs.doc === "string" ? outputs.doc : null,
      alerts: noAlertsWritten(),
      requests: { notion: 0, google: 0 },
      warnings: [],
      alreadyDone: { week: result.week, finishedAt: result.run.finishedAt },
    };
    if (o.json) io.stdout(`${JSON.stringify(summary)}\n`);
    else if (!o.quiet)
      io.stdout(alreadyDoneText(run.tenant.locale, summary, result.week, result.run.finishedAt));
    return 0;
  }
  const summary: RunSummary = {
    page: result.outputs.page,
    doc: result.outputs.doc,
    alerts: result.outputs.alerts,
    requests: result.requests,
    warnings: result.warnings,
    ...(run.dryRun
      ? {
          dryRun: run.target
            ? { page: pageTitle(run.tenant, result.report), alerts: result.report.alerts.length }
            : null,
        }
      : {}),
  };
  if (o.json) io.stdout(`${JSON.stringify(summary)}\n`);
  else if (o.quiet)
    io.stdout(
      [...result.files, summary.page, summary.doc]
        .filter((x) => x)
        .map((x) => `${x}\n`)
        .join(""),
    );
  else {
    const sync = formatSyncSummary(run.tenant.locale, result.sync, run.retries.counts);
    const out = resolve(io.cwd, o.out ?? join("out", run.tenant.id, result.week));
    io.stdout(humanSummary(summary, result.report, result.files, out, run.target, sync));
  }
  return 0;
}

function alreadyDoneText(l: Locale, s: RunSummary, week: string, finishedAt: string | null): string {
  const lines = [t(l, "cli.alreadyDone", { week, at: finishedAt ?? t(l, "cli.finished") })];
  if (s.page) lines.push(t(l, "cli.notionPage", { url: s.page }));
  if (s.doc) lines.push(t(l, "cli.googleDoc", { url: s.doc }));
  return `${lines.join("\n")}\n`;
}

/** Everything that can fail on bad input fails here, before the first request. */
async function setUp(o: Options, io: CliIo, clock: () => Date): Promise<RunSetup> {
  if (!o.tenant) throw new BadInputError("command line", "--tenant", TENANT_EXPECTED);
  checkWeekId(o.week);
  const { tenant, raw, file } = await loadTenantFile(resolve(io.cwd, o.tenant));
  const target = notionTarget(tenant, file);
  const dryRun = o["dry-run"] ?? false;
  const now = clockFromEnv(io.env, clock);
  const retries = retryCounter();
  // Credentials are checked before the store is opened or any request made.
  buildLiveServices(tenant, {
    env: io.env,
    writeNotion: target !== null && !dryRun,
    writeGoogleDoc: Boolean(tenant.output.googleDoc?.folderId) && !dryRun,
    now,
    log: io.stderr,
  });
  const workspace = resolve(io.cwd, o.workspace ?? join(".vigie", tenant.id, "workspace"));
  const progress = new Progress(io, showProgress(io, o));
  return { tenant, tenantJson: raw, tenantFile: file, target, dryRun, now, progress, retries, workspace };
}

/** `output.notion` as a target, or null when the tenant writes nothing to Notion. */
function notionTarget(tenant: Tenant, file: string): NotionTarget | null {
  const notion = tenant.output.notion;
  if (!notion) return null;
  if (!notion.parentPageId) {
    throw new BadInputError(file, "output.notion.parentPageId", "required when output.notion is set");
  }
  return { parentPageId: notion.parentPageId, alertsDataSourceId: notion.alertsDataSourceId ?? null };
}

function pageTitle(tenant: Tenant, report: Report): string {
  return weeklyPageTitle(tenant.name, report.week);
}

function alertCounts(report: Report): { alerts: number; watches: number } {
  const watches = report.alerts.filter((a) => a.severity === "watch").length;
  return { alerts: report.alerts.length - watches, watches };
}

/** The run in the tenant's language: the week's score, what was written where, the local files. */
function humanSummary(
  s: RunSummary,
  report: Report,
  files: string[],
  out: string,
  target: NotionTarget | null,
  sync: string,
): string {
  const l = report.locale;
  const status = statusLabel(l, report.insufficientHistory ? "none" : report.status);
  const alerts = t(l, "cli.alertsLine", alertCounts(report));
  const lines = [
    sync.trimEnd(),
    t(l, "cli.runHeadline", { week: weekLabel(l, report.week), score: report.score, status, alerts }),
  ];
  if (s.dryRun && target) {
    const rows = target.alertsDataSourceId
      ? t(l, "cli.dryRunRows", { n: s.dryRun.alerts, source: target.alertsDataSourceId })
      : t(l, "cli.dryRunNewDatabase");
    lines.push(t(l, "cli.dryRun", { page: s.dryRun.page, parent: target.parentPageId, rows }));
  }
  if (s.page) lines.push(t(l, "cli.notionPage", { url: s.page }), t(l, "cli.alertRows", { ...s.alerts }));
  if (s.doc) lines.push(t(l, "cli.googleDoc", { url: s.doc }));
  lines.push(t(l, "cli.requests", { ...s.requests }));
  lines.push(t(l, "cli.written", { dir: `${out}/` }), ...files.map((f) => `  ${f}`));
  return `${lines.join("\n")}\n`;
}
