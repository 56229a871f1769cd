/**
 * The alerts data source Vigie writes to. Property names and select options are the tenant's
 * language (src/core/messages); the schema is checked once per data source before the first
 * write, so a misconfigured database fails with one clear message instead of an error per row.
 *
 * | property (fr / en)                      | type               | holds                                   |
 * |-----------------------------------------|--------------------|-----------------------------------------|
 * | Alerte / Alert                          | title              | "Signal — Scope", short                 |
 * | Signal                                  | select             | the signal's name                       |
 * | Périmètre / Scope                       | select (rich_text) | "Organisation", "Équipe SAV"            |
 * | Gravité / Severity                      | select             | Alerte / À surveiller                   |
 * | État / State                            | status or select   | Ouverte, Prise en compte, Résolue       |
 * | Semaine / Week                          | date (rich_text)   | Monday to Sunday of the ISO week        |
 * | Score                                   | number             | 0–100                                   |
 * | Page de la semaine / Weekly page        | url                | the weekly page                         |
 * | Clé Vigie / Vigie key                   | rich_text          | tenant|week|signal|scope (hidden)       |
 *
 * A database set up with the other language's names, or with the English names of earlier
 * versions (Name, Key, Signal, Scope, Severity, Status, Week, Score, Page), is accepted as is.
 */
import type { Client } from "@notionhq/client";
import { ConfigError } from "../../core/errors.js";
import { EN } from "../../core/messages/en.js";
import { FR } from "../../core/messages/fr.js";
import type { Locale } from "../../core/model.js";
import type { Upstream } from "../../upstream/upstream.js";

export const ALERT_PROPERTIES = [
  "name",
  "key",
  "signal",
  "scope",
  "severity",
  "status",
  "week",
  "score",
  "page",
] as const;
export type AlertProperty = (typeof ALERT_PROPERTIES)[number];

/** Accepted Notion types per property (the first is the one Vigie creates). */
export const ALERT_TYPES: Record<AlertProperty, readonly string[]> = {
  name: ["title"],
  key: ["rich_text"],
  signal: ["select"],
  scope: ["select", "rich_text"],
  severity: ["select"],
  status: ["select", "status"],
  week: ["date", "rich_text"],
  score: ["number"],
  page: ["url"],
};

/** The English names of earlier versions, still accepted. */
const LEGACY_NAMES: Record<AlertProperty, string> = {
  name: "Name",
  key: "Key",
  signal: "Signal",
  scope: "Scope",
  severity: "Severity",
  status: "Status",
  week: "Week",
  score: "Score",
  page: "Page",
};
const LEGACY_STATUS = { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved" } as const;

export type AlertStatus = keyof typeof LEGACY_STATUS;
const STATUSES: readonly AlertStatus[] = ["open", "acknowledged", "resolved"];

export const CATALOGUES = { fr: FR, en: EN } as const;

/** The property names Vigie creates for a tenant's language. */
export function propertyNames(locale: Locale): Record<AlertProperty, string> {
  const c = CATALOGUES[locale];
  return Object.fromEntries(ALERT_PROPERTIES.map((p) => [p, c[`prop.${p}`]])) as Record<
    AlertProperty,
    string
  >;
}

export function statusNames(locale: Locale): Record<AlertStatus, string> {
  const c = CATALOGUES[locale];
  return Object.fromEntries(STATUSES.map((s) => [s, c[`alertStatus.${s}`]])) as Record<AlertStatus, string>;
}

/** How one data source spells Vigie's properties, and their types. */
export interface AlertsSchema {
  names: Record<AlertProperty, string>;
  types: Record<AlertProperty, string>;
  statuses: Record<AlertStatus, string>;
  /** Every spelling of each state (a person may have set a legacy one). */
  statusAliases: Record<AlertStatus, string[]>;
  /** The database holding the data source, linked from the weekly page. */
  databaseId: string | null;
  /** The Notion id of the technical key property, for hiding it from views (alerts-views.ts). */
  keyPropertyId: string | null;
}

interface SchemaProperty {
  id?: string;
  type: string;
  status?: { options?: { name: string }[] };
  select?: { options?: { name: string }[] };
}

/** Data sources already checked, per client: "first use" is once per process and data source. */
const checked = new WeakMap<Client, Map<string, AlertsSchema>>();

export async function ensureAlertsSchema(
  notion: Client,
  upstream: Upstream,
  dataSourceId: string,
  locale: Locale,
): Promise<AlertsSchema> {
  const known = checked.get(notion)?.get(dataSourceId);
  if (known) return known;
  const source = await upstream.call(
    "dataSources.retrieve",
    () => notion.dataSources.retrieve({ data_source_id: dataSourceId }),
    { idempotent: true },
  );
  const properties = "properties" in source ? (source.properties as Record<string, SchemaProperty>) : {};
  const parent = "parent" in source ? (source.parent as { database_id?: string }) : {};
  const valid = validateAlertsSchema(properties, dataSourceId, locale);
  const schema = {
    ...valid,
    databaseId: parent.database_id ?? null,
    keyPropertyId: properties[valid.names.key]?.id ?? null,
  };
  const map = checked.get(notion) ?? new Map<string, AlertsSchema>();
  map.set(dataSourceId, schema);
  checked.set(notion, map);
  return schema;
}

/** The data source's spelling of each property, or a ConfigError naming every missing or mistyped one. */
export function validateAlertsSchema(
  properties: Record<string, SchemaProperty>,
  dataSourceId: string,
  locale: Locale,
): Omit<AlertsSchema, "databaseId" | "keyPropertyId"> {
  const other: Locale = locale === "fr" ? "en" : "fr";
  const spellings = (p: AlertProperty) => [
    ...new Set([propertyNames(locale)[p], propertyNames(other)[p], LEGACY_NAMES[p]]),
  ];
  const problems: string[] = [];
  const names = {} as Record<AlertProperty, string>;
  const types = {} as Record<AlertProperty, string>;
  for (const p of ALERT_PROPERTIES) {
    const accepted = ALERT_TYPES[p];
    const name = spellings(p).find((n) => properties[n] !== undefined);
    const found = name === undefined ? undefined : properties[name];
    if (name === undefined || !found)
      problems.push(`${propertyNames(locale)[p]} (${accepted.join(" or ")}) is missing`);
    else if (!accepted.includes(found.type))
      problems.push(`${name} is ${found.type}, expected ${accepted.join(" or ")}`);
    else {
      names[p] = name;
      types[p] = found.type;
    }
  }
  const statusProperty = names.status ? properties[names.status] : undefined;
  const statuses = pickStatuses(statusProperty, locale, other, problems);
  if (problems.length > 0) {
    throw new ConfigError(
      `output.notion.alertsDataSourceId ${dataSourceId}: the alerts data source does not match what Vigie writes: ${problems.join("; ")}`,
    );
  }
  const statusAliases = Object.fromEntries(
    STATUSES.map((s) => [
      s,
      [...new Set([statuses[s], statusNames(locale)[s], statusNames(other)[s], LEGACY_STATUS[s]])],
    ]),
  ) as Record<AlertStatus, string[]>;
  return { names, types, statuses, statusAliases };
}

/**
 * The state names to write: the first spelling whose three options all exist (a `status`
 * property's options cannot be created through the API); for a `select`, the tenant's language
 * unless the select already uses another spelling.
 */
function pickStatuses(
  property: SchemaProperty | undefined,
  locale: Locale,
  other: Locale,
  problems: string[],
): Record<AlertStatus, string> {
  const candidates = [statusNames(locale), statusNames(other), LEGACY_STATUS];
  if (!property) return statusNames(locale);
  const options = new Set((property.status?.options ?? property.select?.options ?? []).map((o) => o.name));
  const complete = candidates.find((c) => STATUSES.every((s) => options.has(c[s])));
  if (complete) return { ...complete };
  if (property.type === "select") return candidates.find((c) => options.has(c.open)) ?? statusNames(locale);
  const lacking = STATUSES.map((s) => statusNames(locale)[s]).filter((n) => !options.has(n));
  problems.push(
    `${property.type === "status" ? "the status property" : "the state"} lacks the options ${lacking.join(", ")}`,
  );
  return statusNames(locale);
}

/** The properties of a new alerts data source, in the tenant's language. */
export function alertsDatabaseProperties(locale: Locale): Record<string, Record<string, unknown>> {
  const n = propertyNames(locale);
  const s = statusNames(locale);
  return {
    [n.name]: { title: {} },
    [n.signal]: { select: {} },
    [n.scope]: { select: {} },
    [n.severity]: {
      select: {
        options: [
          { name: CATALOGUES[locale]["status.alert"], color: "red" },
          { name: CATALOGUES[locale]["status.watch"], color: "yellow" },
        ],
      },
    },
    [n.status]: {
      select: {
        options: [
          { name: s.open, color: "red" },
          { name: s.acknowledged, color: "blue" },
          { name: s.resolved, color: "green" },
        ],
      },
    },
    [n.week]: { date: {} },
    [n.score]: { number: {} },
    [n.page]: { url: {} },
    [n.key]: { rich_text: {} },
  };
}
