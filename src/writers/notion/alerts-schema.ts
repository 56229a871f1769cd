/**
 * The alerts data source Vigie writes to: the properties it needs, checked once per data source
 * before the first write so a misconfigured database fails with one clear message instead of a
 * validation error per row.
 */
import type { Client } from "@notionhq/client";
import { ConfigError } from "../../core/errors.js";
import type { Upstream } from "../../upstream/upstream.js";

/** Property name → accepted Notion property types (the first is the one to create). */
export const ALERTS_SCHEMA = {
  Name: ["title"],
  Key: ["rich_text"],
  Signal: ["select"],
  Scope: ["rich_text"],
  Severity: ["select"],
  Status: ["status", "select"],
  Week: ["rich_text"],
  Score: ["number"],
  Page: ["url"],
} as const satisfies Record<string, readonly string[]>;

/** Values of the Status property. A person may set any of them; Vigie sets Open and Resolved. */
export const ALERT_STATUS = { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved" } as const;

export type StatusType = "status" | "select";

/** Data sources already checked, per client: "first use" is once per process and data source. */
const checked = new WeakMap<Client, Map<string, StatusType>>();

export async function ensureAlertsSchema(
  notion: Client,
  upstream: Upstream,
  dataSourceId: string,
): Promise<StatusType> {
  const known = checked.get(notion)?.get(dataSourceId);
  if (known) return known;
  const source = await upstream.call(
    "dataSources.retrieve",
    () => notion.dataSources.retrieve({ data_source_id: dataSourceId }),
    { idempotent: true },
  );
  const properties = "properties" in source ? (source.properties as Record<string, SchemaProperty>) : {};
  const statusType = validateAlertsSchema(properties, dataSourceId);
  const map = checked.get(notion) ?? new Map<string, StatusType>();
  map.set(dataSourceId, statusType);
  checked.set(notion, map);
  return statusType;
}

interface SchemaProperty {
  type: string;
  status?: { options?: { name: string }[] };
}

/** The type of the Status property, or a ConfigError naming every missing or mistyped property. */
export function validateAlertsSchema(
  properties: Record<string, SchemaProperty>,
  dataSourceId: string,
): StatusType {
  const problems: string[] = [];
  for (const [name, types] of Object.entries(ALERTS_SCHEMA)) {
    const found = properties[name];
    const accepted: readonly string[] = types;
    if (!found) problems.push(`${name} (${accepted.join(" or ")}) is missing`);
    else if (!accepted.includes(found.type))
      problems.push(`${name} is ${found.type}, expected ${accepted.join(" or ")}`);
  }
  const status = properties.Status;
  if (status?.type === "status") {
    // Status options cannot be created through the API, unlike select options.
    const names = new Set((status.status?.options ?? []).map((o) => o.name));
    const lacking = Object.values(ALERT_STATUS).filter((n) => !names.has(n));
    if (lacking.length > 0) problems.push(`Status lacks the option(s) ${lacking.join(", ")}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `output.notion.alertsDataSourceId ${dataSourceId}: the alerts data source does not match what Vigie writes: ${problems.join("; ")}`,
    );
  }
  return status?.type === "status" ? "status" : "select";
}
