import { join, resolve } from "node:path";
import { DateTime } from "luxon";
import { buildLiveServices, clockFromEnv, type LiveServices } from "../app/live-services.js";
import { Analysis } from "../core/analysis.js";
import { DETECTORS } from "../core/catalogue.js";
import { type PreparedSnapshot, prepareSnapshot, weekHasData } from "../core/context.js";
import { BadInputError } from "../core/errors.js";
import { formatMessage } from "../core/i18n.js";
import type { Tenant } from "../core/model.js";
import type { Report } from "../core/report.js";
import { buildReport } from "../core/report-builder.js";
import { type IsoWeek, parseWeek, shiftWeek, weekOf } from "../core/week.js";
import { runSync } from "../sources/sync/run-sync.js";
import { loadTenantFile } from "../sources/sync/tenant-file.js";
import { FileWorkspaceWriter } from "../sources/sync/workspace-writer.js";
import { readWorkspace } from "../sources/workspace-folder.js";
import { t } from "../writers/labels.js";
import { alertsTarget } from "../writers/notion/alerts-database.js";
import { type AlertsResult, noAlertsWritten, upsertAlerts } from "../writers/notion/alerts-writer.js";
import { weeklyPageTitle, writeWeeklyPage } from "../writers/notion/page-writer.js";
import { writeReport } from "../writers/write-report.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./io.js";
import { Progress } from "./progress.js";
import { formatSyncSummary, retryCounter, showProgress, syncProgress, TENANT_EXPECTED } from "./sync.js";
import { VERSION } from "./version.js";

const OPTIONS = {
  tenant: { type: "string" },
  workspace: { type: "string" },
  week: { type: "string" },
  out: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

/** Where the weekly page and the alert rows go (`tenant.output.notion`). */
interface NotionTarget {
  parentPageId: string;
  alertsDataSourceId: string | null;
}

/** The one line `--json` prints. `dryRun` only on a dry run: what would have been written. */
export interface RunSummary {
  page: string | null;
  /** The weekly Google Doc's URL when `tenant.output.googleDoc.folderId` is set, else null. */
  doc: string | null;
  alerts: AlertsResult;
  requests: { notion: number; google: number };
  warnings: string[];
  dryRun?: { page: string; alerts: number } | null;
}

type Options = ReturnType<typeof parseOptions<typeof OPTIONS>>;

/** What a run is made of once its options and environment are read, before any request. */
interface RunSetup {
  tenant: Tenant;
  tenantJson: unknown;
  target: NotionTarget | null;
  dryRun: boolean;
  now: () => Date;
  progress: Progress;
  retries: ReturnType<typeof retryCounter>;
  services: LiveServices;
  workspace: string;
}

/**
 * `vigie run`: sync → analyse → write. The clock is a parameter (and `VIGIE_NOW` for fakes): it places
 * the calendar window and picks the default week.
 */
export async function runCommand(argv: string[], io: CliIo, clock = () => new Date()): Promise<number> {
  const o = parseOptions(argv, OPTIONS);
  const run = await setUp(o, io, clock);
  const synced = await runSync({
    tenant: run.tenant,
    tenantJson: run.tenantJson,
    out: new FileWorkspaceWriter(run.workspace),
    syncers: run.services.syncers,
    progress: syncProgress(
      run.progress,
      run.services.syncers.map((s) => s.name),
    ),
  });
  const report = await analyseWorkspace(run.workspace, o.week, run.now(), run.progress);
  const out = resolve(io.cwd, o.out ?? join("out", report.tenant, report.week));
  run.progress.update("writing report", 0, 1);
  const { files } = await writeReport(out, report);
  const notion = run.target && !run.dryRun ? run.services.notion : null;
  const written =
    notion && run.target ? await writeNotion(notion, run.target, run.tenant, report, run.progress) : null;
  const doc = await writeDoc(run, report);
  run.progress.done();
  const googleRequests = (synced.requests.google ?? 0) + (run.services.googleDoc?.upstream.requests ?? 0);
  const summary: RunSummary = {
    page: written?.page ?? null,
    doc,
    alerts: written?.alerts ?? noAlertsWritten(),
    requests: { notion: run.services.notion?.upstream.requests ?? 0, google: googleRequests },
    warnings: [...synced.warnings, ...report.warnings.map((w) => `${w.file}: ${w.message}`)],
    ...(run.dryRun
      ? { dryRun: run.target ? { page: pageTitle(run.tenant, report), alerts: report.alerts.length } : null }
      : {}),
  };
  if (o.json) io.stdout(`${JSON.stringify(summary)}\n`);
  else if (o.quiet)
    io.stdout(
      [...files, summary.page, summary.doc]
        .filter((x) => x)
        .map((x) => `${x}\n`)
        .join(""),
    );
  else {
    const sync = formatSyncSummary(synced, run.retries.counts);
    io.stdout(humanSummary(summary, report, files, out, run.target, sync));
  }
  return 0;
}

/** Everything that can fail on bad input fails here, before the first request. */
async function setUp(o: Options, io: CliIo, clock: () => Date): Promise<RunSetup> {
  if (!o.tenant) throw new BadInputError("command line", "--tenant", TENANT_EXPECTED);
  if (o.week !== undefined && !WEEK_ID.test(o.week)) {
    throw new BadInputError("command line", "--week", `expected an ISO week like 2026-W47, got "${o.week}"`);
  }
  const { tenant, raw, file } = await loadTenantFile(resolve(io.cwd, o.tenant));
  const target = notionTarget(tenant, file);
  const dryRun = o["dry-run"] ?? false;
  const now = clockFromEnv(io.env, clock);
  const retries = retryCounter();
  const services = buildLiveServices(tenant, {
    env: io.env,
    writeNotion: target !== null && !dryRun,
    writeGoogleDoc: Boolean(tenant.output.googleDoc?.folderId) && !dryRun,
    now,
    log: io.stderr,
    onRetry: retries.onRetry,
  });
  const workspace = resolve(io.cwd, o.workspace ?? join(".vigie", tenant.id, "workspace"));
  const progress = new Progress(io, showProgress(io, o));
  return { tenant, tenantJson: raw, target, dryRun, now, progress, retries, services, workspace };
}

const WEEK_ID = /^\d{4}-W\d{2}$/;

/** `output.notion` as a target, or null when the tenant writes nothing to Notion. */
function notionTarget(tenant: Tenant, file: string): NotionTarget | null {
  const notion = tenant.output.notion;
  if (!notion) return null;
  if (!notion.parentPageId) {
    throw new BadInputError(file, "output.notion.parentPageId", "required when output.notion is set");
  }
  return { parentPageId: notion.parentPageId, alertsDataSourceId: notion.alertsDataSourceId ?? null };
}

async function analyseWorkspace(
  dir: string,
  requested: string | undefined,
  now: Date,
  progress: Progress,
): Promise<Report> {
  const snapshot = await readWorkspace(dir, {
    onProgress: (done, total) => progress.update("reading the workspace", done, total),
  });
  const prepared = prepareSnapshot(snapshot);
  const week = chooseWeek(prepared, requested, now, dir);
  return buildReport(new Analysis(prepared, DETECTORS), week, {
    generatedBy: `vigie ${VERSION}`,
    onWeek: (done, total) => progress.update("analysing", done, total),
  });
}

/**
 * `--week`, else the last complete ISO week before `now` in the tenant's zone — or the last week with
 * calendar data when that is earlier (a workspace whose data stops before last week).
 */
export function chooseWeek(
  p: PreparedSnapshot,
  requested: string | undefined,
  now: Date,
  dir: string,
): IsoWeek {
  const zone = p.tenant.timezone;
  if (!p.dataEnd)
    throw new BadInputError(
      join(dir, "google/calendar"),
      null,
      "no calendar event found: nothing to analyse",
    );
  if (requested !== undefined) {
    const week = parseWeek(requested, zone);
    if (!week)
      throw new BadInputError(
        "command line",
        "--week",
        `expected an ISO week like 2026-W47, got "${requested}"`,
      );
    if (!weekHasData(p, week))
      throw new BadInputError("command line", "--week", `${week.id} is outside the calendar data`);
    return week;
  }
  const lastComplete = shiftWeek(weekOf(DateTime.fromJSDate(now), zone), -1);
  const lastData = weekOf(p.dataEnd, zone);
  return lastData.start < lastComplete.start ? lastData : lastComplete;
}

/** The weekly Google Doc, when the tenant asks for one: its URL, or null. */
async function writeDoc(run: RunSetup, report: Report): Promise<string | null> {
  const writer = run.services.googleDoc;
  const folderId = run.tenant.output.googleDoc?.folderId;
  if (!writer || !folderId) return null;
  run.progress.update("writing the Google Doc", 0, 1);
  const doc = await writer.write({ folderId, tenant: run.tenant, week: report.week, report });
  return doc.url;
}

/** The weekly page first (the alert rows link to it), then the rows. */
async function writeNotion(
  notion: NonNullable<LiveServices["notion"]>,
  target: NotionTarget,
  tenant: Tenant,
  report: Report,
  progress: Progress,
): Promise<{ page: string; alerts: AlertsResult }> {
  progress.update("writing the Notion page", 0, 2);
  // The alerts database first (created under the parent page when the tenant names none): the page links to it.
  const rows = await alertsTarget(notion.client, notion.upstream, {
    parentPageId: target.parentPageId,
    dataSourceId: target.alertsDataSourceId,
    locale: report.locale,
  });
  const page = await writeWeeklyPage(notion.client, notion.upstream, {
    parentPageId: target.parentPageId,
    tenant,
    week: report.week,
    report,
    alertsUrl: rows.url,
  });
  progress.update("writing the Notion alerts", 1, 2);
  const alerts = await upsertAlerts(notion.client, notion.upstream, {
    dataSourceId: rows.dataSourceId,
    tenant,
    week: report.week,
    report,
    pageUrl: page.url,
  });
  return { page: page.url, alerts };
}

function alertCounts(report: Report): { alerts: number; watches: number } {
  const watches = report.alerts.filter((a) => a.severity === "watch").length;
  return { alerts: report.alerts.length - watches, watches };
}

function pageTitle(tenant: Tenant, report: Report): string {
  return weeklyPageTitle(tenant.name, report.week);
}

function humanSummary(
  s: RunSummary,
  report: Report,
  files: string[],
  out: string,
  target: NotionTarget | null,
  sync: string,
): string {
  const lines = [
    sync.trimEnd(),
    `${report.week}: score ${report.score} (${report.status}), ${t(report.locale, "cli.alertsLine", alertCounts(report))}`,
  ];
  if (s.dryRun && target) {
    lines.push(
      `Dry run: nothing written to Notion. Would write the page "${s.dryRun.page}" under ${target.parentPageId}` +
        (target.alertsDataSourceId
          ? ` and upsert ${formatMessage("en", "{n, plural, one {# alert row} other {# alert rows}}", { n: s.dryRun.alerts })} into ${target.alertsDataSourceId}`
          : " and the alert rows into the alerts database it creates there"),
    );
  }
  if (s.page) {
    const { created, updated, unchanged, resolved } = s.alerts;
    lines.push(
      `Notion page: ${s.page}`,
      `Alerts: ${created} created, ${updated} updated, ${unchanged} unchanged, ${resolved} resolved`,
    );
  }
  lines.push(`Requests: notion ${s.requests.notion}, google ${s.requests.google}`);
  lines.push(`Report written to ${out}/`, ...files.map((f) => `  ${f}`));
  return `${lines.join("\n")}\n`;
}
