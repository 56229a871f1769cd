/**
 * Databases and data sources (API 2025-09-03): a database lists its data sources; rows are
 * queried through `POST /v1/data_sources/{id}/query`.
 */
import { notFound } from "./errors.js";
import type { JsonObject } from "./ids.js";
import { pageSizeOf } from "./limits.js";
import { matchesFilter, paginate, sortPages } from "./query.js";
import { listResponse, type Route, type RouteRequest, route } from "./route.js";

export const dataSourceRoutes: Route[] = [
  route("GET", "/v1/databases/{id}", { write: false, idName: "database_id" }, ({ store, id }) => {
    const database = store.databases.get(id);
    if (!database || !store.isVisible(id)) throw notFound("database", id);
    return { ...database, archived: database.in_trash };
  }),
  route("GET", "/v1/data_sources/{id}", { write: false, idName: "data_source_id" }, ({ store, id }) => {
    const source = store.visibleDataSource(id);
    if (!source) throw notFound("data_source", id);
    return { ...source, archived: source.in_trash };
  }),
  route("POST", "/v1/data_sources/{id}/query", { write: false, idName: "data_source_id" }, queryDataSource),
];

function queryDataSource({ store, id, body }: RouteRequest): JsonObject {
  const source = store.visibleDataSource(id);
  if (!source) throw notFound("data_source", id);
  const size = pageSizeOf(body.page_size, "body.page_size");
  const wantTrash = body.in_trash === true || body.archived === true;
  // Without sorts, newest rows first: Notion promises no order, and this one is stable.
  const rows = store
    .pagesIn(id)
    .reverse()
    .filter((p) => p.in_trash === wantTrash && store.isVisible(p.id))
    .filter((p) => body.filter === undefined || matchesFilter(p, body.filter, source.properties));
  const sorted = sortPages(rows, body.sorts, source.properties);
  const page = paginate(sorted, body.start_cursor, size);
  return listResponse("page_or_data_source", {
    ...page,
    results: page.results.map((p) => store.renderPage(p)),
  });
}
