/**
 * Where the alert rows go: the tenant's data source when `output.notion.alertsDataSourceId` is set,
 * else a database Vigie creates once under the parent page ("Alertes Vigie" / "Vigie alerts", with
 * the schema of alerts-schema.ts in the tenant's language, its key column hidden from the table
 * view) and finds again by its title.
 */
import type { Client } from "@notionhq/client";
import type { Locale } from "../../core/model.js";
import { allResults } from "../../upstream/notion/paginate.js";
import type { Upstream } from "../../upstream/upstream.js";
import { t } from "../labels.js";
import { alertsDatabaseProperties, ensureAlertsSchema } from "./alerts-schema.js";
import { hideInTableViews } from "./alerts-views.js";
import { notionPageUrl } from "./page-writer.js";
import { text } from "./rich-text.js";

export interface AlertsTarget {
  dataSourceId: string;
  /** The database's page, linked from the weekly page. */
  url: string | null;
  created: boolean;
}

export async function alertsTarget(
  notion: Client,
  upstream: Upstream,
  o: { parentPageId: string; dataSourceId: string | null; locale: Locale },
): Promise<AlertsTarget> {
  if (o.dataSourceId) {
    const schema = await ensureAlertsSchema(notion, upstream, o.dataSourceId, o.locale);
    return {
      dataSourceId: o.dataSourceId,
      url: schema.databaseId ? notionPageUrl(schema.databaseId) : null,
      created: false,
    };
  }
  const title = t(o.locale, "alertsDatabaseTitle");
  let databaseId = await findDatabase(notion, upstream, o.parentPageId, title);
  const created = databaseId === null;
  if (databaseId === null) {
    const create = async () =>
      (
        await notion.databases.create({
          parent: { type: "page_id", page_id: o.parentPageId },
          title: text(title),
          icon: { type: "emoji", emoji: "🚨" },
          initial_data_source: { properties: alertsDatabaseProperties(o.locale) as never },
        })
      ).id;
    // A create whose answer was lost may have been committed: look for it before sending it again.
    databaseId = await upstream.call("databases.create", create, {
      idempotent: false,
      reconcile: () => findDatabase(notion, upstream, o.parentPageId, title),
    });
  }
  const id = databaseId;
  const database = await upstream.call(
    "databases.retrieve",
    () => notion.databases.retrieve({ database_id: id }),
    {
      idempotent: true,
    },
  );
  const sources = "data_sources" in database ? database.data_sources : [];
  const first = sources[0];
  if (!first) throw new Error(`Notion database ${id} has no data source`);
  const schema = await ensureAlertsSchema(notion, upstream, first.id, o.locale);
  // Once, on the database Vigie made: the key column stays out of sight in its table views.
  if (created && schema.keyPropertyId) await hideInTableViews(notion, upstream, id, schema.keyPropertyId);
  return { dataSourceId: first.id, url: notionPageUrl(id), created };
}

/** The parent's live child database with exactly this title, or null. */
async function findDatabase(
  notion: Client,
  upstream: Upstream,
  parentId: string,
  title: string,
): Promise<string | null> {
  const children = await allResults(upstream, "blocks.children.list", (cursor) =>
    notion.blocks.children.list({
      block_id: parentId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  const found = children.find(
    (b) => "type" in b && b.type === "child_database" && !b.in_trash && b.child_database.title === title,
  );
  return found?.id ?? null;
}
