/**
 * One row per alert in the tenant's Notion alerts data source, upserted by a key
 * `tenant|week|signal|scope`: a re-run updates its rows and never duplicates them, a state a
 * person set (Prise en compte…) is never overwritten, and an open alert of an earlier week whose
 * signal no longer alerts for that scope is marked resolved. A row whose properties already say
 * what the alert says is not written at all: the query that finds the rows returns their values.
 *
 * A row reads like the page: a short title ("Remontées vers le dirigeant — Équipe SAV"), values
 * in the tenant's language, the week as a date, and in its body the finding, the evidence and the
 * recommended action. The body is written with the row, and rewritten when the row's properties
 * change (its score or severity move with its finding).
 *
 * Each alert's row id is returned, for the store to keep: a re-run finds its row by that id first
 * (even when a person edited the row's key), by key second (alert-row-lookup.ts).
 */
import { createHash } from "node:crypto";
import {
  type Client,
  type CreatePageParameters,
  isFullPage,
  type PageObjectResponse,
} from "@notionhq/client";
import type { Tenant } from "../../core/model.js";
import type { AlertEntry, Report } from "../../core/report.js";
import { isAlreadyDeleted } from "../../upstream/notion/errors.js";
import { allResults } from "../../upstream/notion/paginate.js";
import type { Upstream } from "../../upstream/upstream.js";
import { scopeName, signalName, statusLabel, t } from "../labels.js";
import { knownRow } from "./alert-row-lookup.js";
import { type AlertStatus, type AlertsSchema, ensureAlertsSchema } from "./alerts-schema.js";
import { appendBlocks } from "./append.js";
import { alertBody } from "./blocks.js";
import { canonicalJson } from "./fingerprint.js";
import { text } from "./rich-text.js";

export interface AlertsInput {
  dataSourceId: string;
  tenant: Pick<Tenant, "id">;
  week: string;
  report: Report;
  /** The weekly page, linked from every row. */
  pageUrl: string | null;
  /** This week's row ids the store kept, by `signal|scope` (default none). */
  knownRows?: ReadonlyMap<string, string>;
}

/** The row written for one of the week's alerts. */
export interface AlertRow {
  signal: string;
  scope: string;
  rowId: string;
}

export interface AlertsResult {
  created: number;
  /** Rows whose properties changed. */
  updated: number;
  /** Rows that already said what the alert says: not written. */
  unchanged: number;
  resolved: number;
}

/** Nothing written: the counts a run reports when it writes no alert row. */
export const noAlertsWritten = (): AlertsResult => ({ created: 0, updated: 0, unchanged: 0, resolved: 0 });

type Properties = NonNullable<CreatePageParameters["properties"]>;

export interface Row {
  id: string;
  key: string;
  status: string | null;
  /** The row's current values, response shape; null for a row this run just created. */
  properties: Record<string, unknown> | null;
}

export interface Ctx {
  notion: Client;
  upstream: Upstream;
  input: AlertsInput;
  schema: AlertsSchema;
}

export const alertKey = (tenant: string, week: string, a: Pick<AlertEntry, "signal" | "scope">): string =>
  `${tenant}|${week}|${a.signal}|${a.scope}`;

export async function upsertAlerts(
  notion: Client,
  upstream: Upstream,
  input: AlertsInput,
): Promise<AlertsResult & { rows: AlertRow[] }> {
  const schema = await ensureAlertsSchema(notion, upstream, input.dataSourceId, input.report.locale);
  const ctx: Ctx = { notion, upstream, input, schema };
  const rows = await relevantRows(ctx);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = { ...noAlertsWritten(), rows: [] as AlertRow[] };
  const current = new Set<string>();
  for (const alert of input.report.alerts) {
    const key = alertKey(input.tenant.id, input.week, alert);
    current.add(`${alert.signal}|${alert.scope}`);
    const known = input.knownRows?.get(`${alert.signal}|${alert.scope}`);
    const found = known ? await knownRow(ctx, known, byId, (p) => toRow(ctx, p)) : null;
    const row = found ?? byKey.get(key);
    // The key carries a digest of the row's body, so a finding whose text changed is rewritten too.
    const wanted = {
      ...alertProperties(ctx, alert),
      [ctx.schema.names.key]: { rich_text: text(`${key}#${bodyDigest(ctx, alert)}`) },
    } as Properties;
    if (!row) {
      const id = await createRow(ctx, key, wanted, alert);
      // Two alerts with one key (not expected from the core) would otherwise make two rows.
      byKey.set(key, { id, key, status: ctx.schema.statuses.open, properties: null });
      result.rows.push({ signal: alert.signal, scope: alert.scope, rowId: id });
      result.created++;
      continue;
    }
    result.rows.push({ signal: alert.signal, scope: alert.scope, rowId: row.id });
    if (row.properties && sameValues(wanted, row.properties)) {
      result.unchanged++;
    } else {
      await updateRow(ctx, row.id, wanted);
      await replaceBody(ctx, row.id, alert);
      result.updated++;
    }
  }
  const kept = new Set(result.rows.map((r) => r.rowId));
  for (const row of rows.filter((r) => !kept.has(r.id) && cleared(ctx, r, current))) {
    await setStatus(ctx, row.id, "resolved");
    result.resolved++;
  }
  return result;
}

/** Open rows of the tenant up to this week whose (signal, scope) no longer alerts. */
function cleared(ctx: Ctx, row: Row, current: Set<string>): boolean {
  if (row.status === null || !ctx.schema.statusAliases.open.includes(row.status)) return false;
  const [tenant, week, ...rest] = row.key.split("|");
  // Rows of later weeks are left alone: re-running an old week must not close newer alerts.
  if (tenant !== ctx.input.tenant.id || week === undefined || week > ctx.input.week) return false;
  return !current.has(rest.join("|"));
}

/** This week's rows, and the tenant's rows still Open: one query, 100 rows per request. */
async function relevantRows(ctx: Ctx): Promise<Row[]> {
  const { tenant, week } = ctx.input;
  const { names, types, statuses } = ctx.schema;
  const status = { property: names.status, [types.status]: { equals: statuses.open } };
  const filter = {
    or: [
      { property: names.key, rich_text: { starts_with: `${tenant.id}|${week}|` } },
      { and: [{ property: names.key, rich_text: { starts_with: `${tenant.id}|` } }, status] },
    ],
  };
  return queryRows(ctx, filter as Parameters<Client["dataSources"]["query"]>[0]["filter"]);
}

async function queryRows(
  ctx: Ctx,
  filter: Parameters<Client["dataSources"]["query"]>[0]["filter"],
): Promise<Row[]> {
  const pages = await allResults(ctx.upstream, "dataSources.query", (cursor) =>
    ctx.notion.dataSources.query({
      data_source_id: ctx.input.dataSourceId,
      page_size: 100,
      ...(filter ? { filter } : {}),
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  return pages
    .filter((p): p is PageObjectResponse => p.object === "page" && isFullPage(p))
    .map((p) => toRow(ctx, p));
}

function toRow(ctx: Ctx, page: PageObjectResponse): Row {
  const key = page.properties[ctx.schema.names.key];
  const status = page.properties[ctx.schema.names.status];
  const keyText = key?.type === "rich_text" ? key.rich_text.map((t) => t.plain_text).join("") : "";
  let statusName: string | null = null;
  if (status?.type === "status") statusName = status.status?.name ?? null;
  if (status?.type === "select") statusName = status.select?.name ?? null;
  return { id: page.id, key: keyText.split("#")[0] ?? "", status: statusName, properties: page.properties };
}

/** Whether every wanted property (request shape) already has that value on the row (response shape). */
function sameValues(wanted: Properties, current: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([name, value]) => {
    const want = comparable(value);
    return want !== null && want === comparable(current[name]);
  });
}

/**
 * A property's value as Vigie writes it, from a request or a response: the plain text of a title
 * or rich text, the name of a select, a number, a URL; null for anything else (never equal).
 */
function comparable(property: unknown): string | null {
  if (!isRecord(property)) return null;
  const type = typeof property.type === "string" ? property.type : Object.keys(property)[0];
  const value = type === undefined ? undefined : property[type];
  switch (type) {
    case "title":
    case "rich_text":
      return JSON.stringify([type, Array.isArray(value) ? value.map(plainText).join("") : null]);
    case "select":
      return JSON.stringify([type, isRecord(value) ? (value.name ?? null) : null]);
    case "number":
    case "url":
      return JSON.stringify([type, value ?? null]);
    case "date":
      return JSON.stringify([type, isRecord(value) ? [value.start ?? null, value.end ?? null] : null]);
    default:
      return null;
  }
}

/** A response item's plain_text, or a request item's content. */
function plainText(item: unknown): string {
  if (!isRecord(item)) return "";
  if (typeof item.plain_text === "string") return item.plain_text;
  const body = item.text;
  return isRecord(body) && typeof body.content === "string" ? body.content : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The properties Vigie owns, in the tenant's language; the state is not among them once the row exists. */
function alertProperties(ctx: Ctx, alert: AlertEntry): Properties {
  const { names, types } = ctx.schema;
  const l = ctx.input.report.locale;
  const scope = scopeName(l, alert.scope);
  const { period } = ctx.input.report;
  return {
    [names.name]: { title: text(t(l, "alertTitle", { signal: signalName(l, alert.signal), scope })) },
    [names.signal]: { select: { name: signalName(l, alert.signal) } },
    [names.scope]: types.scope === "select" ? { select: { name: scope } } : { rich_text: text(scope) },
    [names.severity]: { select: { name: statusLabel(l, alert.severity) } },
    [names.week]:
      types.week === "date"
        ? { date: { start: period.start, end: period.end } }
        : { rich_text: text(ctx.input.week) },
    [names.score]: { number: Math.round(alert.score) },
    [names.page]: { url: ctx.input.pageUrl },
  } as Properties;
}

async function createRow(ctx: Ctx, key: string, wanted: Properties, alert: AlertEntry): Promise<string> {
  const properties: Properties = { ...wanted, ...statusValue(ctx, "open") } as Properties;
  const children = alertBody(ctx.input.report.locale, alert).map((b) => ({
    object: "block",
    type: b.type,
    [b.type]: b.content,
  })) as unknown as NonNullable<CreatePageParameters["children"]>;
  const create = async () =>
    (
      await ctx.notion.pages.create({
        parent: { data_source_id: ctx.input.dataSourceId },
        properties,
        children,
      })
    ).id;
  // A create that failed after being committed is found by its key instead of being sent twice.
  return ctx.upstream.call("pages.create (alert)", create, {
    idempotent: false,
    reconcile: async () => {
      const found = await queryRows(ctx, {
        property: ctx.schema.names.key,
        rich_text: { starts_with: `${key}#` },
      });
      return found[0]?.id ?? null;
    },
  });
}

async function updateRow(ctx: Ctx, pageId: string, properties: Properties): Promise<void> {
  const update = () => ctx.notion.pages.update({ page_id: pageId, properties });
  await ctx.upstream.call("pages.update (alert)", update, { idempotent: true });
}

/** 16 hex digits of SHA-256 over the row's body blocks. */
function bodyDigest(ctx: Ctx, alert: AlertEntry): string {
  return createHash("sha256")
    .update(canonicalJson(alertBody(ctx.input.report.locale, alert)))
    .digest("hex")
    .slice(0, 16);
}

/** The row's body rewritten: new blocks first, then the old ones deleted (a failure leaves both, never none). */
async function replaceBody(ctx: Ctx, pageId: string, alert: AlertEntry): Promise<void> {
  const old = await allResults(ctx.upstream, "blocks.children.list", (cursor) =>
    ctx.notion.blocks.children.list({
      block_id: pageId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  await appendBlocks(ctx, pageId, alertBody(ctx.input.report.locale, alert), old.length);
  for (const block of old) {
    const remove = async () => {
      try {
        await ctx.notion.blocks.delete({ block_id: block.id });
      } catch (e) {
        if (!isAlreadyDeleted(e)) throw e;
      }
    };
    await ctx.upstream.call("blocks.delete", remove, { idempotent: true });
  }
}

async function setStatus(ctx: Ctx, pageId: string, status: AlertStatus): Promise<void> {
  const update = () => ctx.notion.pages.update({ page_id: pageId, properties: statusValue(ctx, status) });
  await ctx.upstream.call("pages.update (alert status)", update, { idempotent: true });
}

function statusValue(ctx: Ctx, status: AlertStatus): Properties {
  const name = ctx.schema.statuses[status];
  const property = ctx.schema.names.status;
  return (
    ctx.schema.types.status === "status"
      ? { [property]: { status: { name } } }
      : { [property]: { select: { name } } }
  ) as Properties;
}
