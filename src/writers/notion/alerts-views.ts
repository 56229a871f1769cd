/**
 * The alerts database's technical key (tenant|week|signal|scope, what makes row upserts
 * idempotent) is no reading matter: in the database Vigie creates, it is hidden from every table
 * view. Views API (Notion-Version 2025-09-03 and later): `GET /v1/views?database_id=` lists the
 * database's views, `GET /v1/views/{id}` reads one, `PATCH /v1/views/{id}` updates only the
 * fields it is given; a table view's `configuration.properties` holds `{property_id, visible}`.
 * A database the tenant made itself is left as its owner arranged it (the README says how to
 * hide the column by hand).
 */
import type { Client } from "@notionhq/client";
import { allResults } from "../../upstream/notion/paginate.js";
import type { Upstream } from "../../upstream/upstream.js";

type ViewProperty = { property_id: string; visible?: boolean; width?: number; wrap?: boolean };

/** Hides `propertyId` in each table view of `databaseId`; returns how many views changed. */
export async function hideInTableViews(
  notion: Client,
  upstream: Upstream,
  databaseId: string,
  propertyId: string,
): Promise<number> {
  const views = await allResults(upstream, "views.list", (cursor) =>
    notion.views.list({
      database_id: databaseId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  let changed = 0;
  for (const ref of views) {
    const view = await upstream.call("views.retrieve", () => notion.views.retrieve({ view_id: ref.id }), {
      idempotent: true,
    });
    if (!("type" in view) || view.type !== "table") continue;
    const config = "configuration" in view ? view.configuration : null;
    const current = (config as { properties?: ViewProperty[] | null } | null)?.properties ?? [];
    if (current.some((p) => p.property_id === propertyId && p.visible === false)) continue;
    // The whole list is sent: other columns keep their order, width and visibility as they were.
    const others = current.filter((p) => p.property_id !== propertyId);
    const properties = [...others, { property_id: propertyId, visible: false }];
    await upstream.call(
      "views.update",
      () => notion.views.update({ view_id: ref.id, configuration: { type: "table", properties } }),
      { idempotent: true },
    );
    changed++;
  }
  return changed;
}
