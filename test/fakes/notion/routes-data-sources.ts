/**
 * Databases and data sources (API 2025-09-03): a database lists its data sources; rows are
 * queried through `POST /v1/data_sources/{id}/query`.
 */
import { archivedError, bodyInvalid, notFound } from "./errors.js";
import { isObject, type JsonObject, newId } from "./ids.js";
import { pageSizeOf } from "./limits.js";
import { schemaFromConfig } from "./properties.js";
import { matchesFilter, paginate, sortPages } from "./query.js";
import { bodyId, listResponse, type Route, type RouteRequest, route } from "./route.js";

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
  route("POST", "/v1/databases", { write: true }, createDatabase),
];

/** `POST /v1/databases` under a page, with its first data source's schema (`initial_data_source`). */
function createDatabase({ store, body }: RouteRequest): JsonObject {
  const parent = body.parent;
  if (!isObject(parent) || parent.page_id === undefined)
    throw bodyInvalid("body.parent.page_id", "a page id", parent);
  const pageId = bodyId(parent.page_id, "body.parent.page_id");
  const page = store.visiblePage(pageId);
  if (!page) throw notFound("page", pageId);
  if (page.in_trash) throw archivedError();
  const initial = isObject(body.initial_data_source) ? body.initial_data_source : {};
  const properties = isObject(initial.properties) ? (initial.properties as Record<string, JsonObject>) : {};
  const title = Array.isArray(body.title)
    ? body.title.map((t) => (isObject(t) && isObject(t.text) ? String(t.text.content ?? "") : "")).join("")
    : "";
  const databaseId = newId();
  store.addDataSource({
    id: newId(),
    databaseId,
    parent: { type: "page_id", page_id: pageId },
    title,
    properties: schemaFromConfig(properties),
  });
  const database = store.databases.get(databaseId);
  if (!database) throw notFound("database", databaseId);
  if (body.icon !== undefined) database.icon = body.icon as never;
  return { ...database, archived: false };
}

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
