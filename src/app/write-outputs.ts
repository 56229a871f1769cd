/**
 * The run's effects in the workspace: the weekly Notion page first (the alert rows link to it), then
 * the alert rows, and the weekly Google Doc. Each writer is idempotent (upsert by title, key or app
 * property); the store's run claim makes sure only one run of a tenant-week calls them.
 */
import type { Tenant } from "../core/model.js";
import type { Report } from "../core/report.js";
import { alertsTarget } from "../writers/notion/alerts-database.js";
import {
  type AlertRow,
  type AlertsResult,
  noAlertsWritten,
  upsertAlerts,
} from "../writers/notion/alerts-writer.js";
import { writeWeeklyPage } from "../writers/notion/page-writer.js";
import type { LiveServices } from "./live-services.js";

/** Where the weekly page and the alert rows go (`tenant.output.notion`). */
export interface NotionTarget {
  parentPageId: string;
  alertsDataSourceId: string | null;
  /** This week's alert row ids the store kept, by `signal|scope`: a re-run updates those rows. */
  knownRows?: ReadonlyMap<string, string>;
}

export interface Written {
  page: { id: string; url: string } | null;
  doc: string | null;
  alerts: AlertsResult;
  /** The row of each of the week's alerts, for the store. */
  alertRows: AlertRow[];
}

type Step = (what: string) => void;

export async function writeOutputs(
  services: LiveServices,
  target: NotionTarget | null,
  tenant: Tenant,
  report: Report,
  step: Step,
): Promise<Written> {
  const notion =
    target && services.notion ? await writeNotion(services.notion, target, tenant, report, step) : null;
  const doc = await writeDoc(services, tenant, report, step);
  const { rows = [], ...alerts } = notion?.alerts ?? { ...noAlertsWritten(), rows: [] };
  return { page: notion?.page ?? null, alerts, alertRows: rows, doc };
}

async function writeNotion(
  notion: NonNullable<LiveServices["notion"]>,
  target: NotionTarget,
  tenant: Tenant,
  report: Report,
  step: Step,
): Promise<{ page: { id: string; url: string }; alerts: AlertsResult & { rows: AlertRow[] } }> {
  step("writing the Notion page");
  // The alerts database first (created under the parent page when the tenant names none): the page links to it.
  const rows = await alertsTarget(notion.client, notion.upstream, {
    parentPageId: target.parentPageId,
    dataSourceId: target.alertsDataSourceId,
    locale: report.locale,
  });
  const written = await writeWeeklyPage(notion.client, notion.upstream, {
    parentPageId: target.parentPageId,
    tenant,
    week: report.week,
    report,
    alertsUrl: rows.url,
  });
  const page = { id: written.pageId, url: written.url };
  step("writing the Notion alerts");
  const alerts = await upsertAlerts(notion.client, notion.upstream, {
    dataSourceId: rows.dataSourceId,
    tenant,
    week: report.week,
    report,
    pageUrl: page.url,
    ...(target.knownRows ? { knownRows: target.knownRows } : {}),
  });
  return { page, alerts };
}

async function writeDoc(services: LiveServices, tenant: Tenant, report: Report, step: Step) {
  const writer = services.googleDoc;
  const folderId = tenant.output.googleDoc?.folderId;
  if (!writer || !folderId) return null;
  step("writing the Google Doc");
  const doc = await writer.write({ folderId, tenant, week: report.week, report });
  return doc.url;
}
