/**
 * Database views (Notion-Version 2025-09-03, "Working with views"): a view is scoped to one data
 * source of a database; creating a database gives it one table view showing every property. The
 * routes answer as the reference does: `GET /v1/views` lists references (`{object, id}`) of a
 * database's (or data source's) views, `GET /v1/views/{id}` returns the view object, and
 * `PATCH /v1/views/{id}` updates only the fields given (`null` clears one). A table view's
 * `configuration.properties` is a list of `{property_id, visible, width?, wrap?}`.
 */
import { bodyInvalid, notFound, validationError } from "./errors.js";
import { isObject, type JsonObject, newId, normalizeId } from "./ids.js";
import { pageSizeOf } from "./limits.js";
import { paginate } from "./query.js";
import { type Route, type RouteRequest, route } from "./route.js";
import { BOT_USER, type DataSourceRecord, type NotionStore } from "./store.js";

export interface ViewRecord extends JsonObject {
  object: "view";
  id: string;
  parent: { type: "database_id"; database_id: string };
  data_source_id: string;
  name: string;
  type: string;
  configuration: JsonObject | null;
}

/** The table view Notion gives a new database: every property of its data source, visible. */
export function defaultTableView(source: DataSourceRecord, databaseId: string, at: string): ViewRecord {
  const id = newId();
  return {
    object: "view",
    id,
    parent: { type: "database_id", database_id: databaseId },
    data_source_id: source.id,
    name: "Default view",
    type: "table",
    created_time: at,
    last_edited_time: at,
    created_by: BOT_USER,
    last_edited_by: BOT_USER,
    url: `https://www.notion.so/${databaseId.replace(/-/g, "")}?v=${id.replace(/-/g, "")}`,
    filter: null,
    sorts: null,
    quick_filters: null,
    configuration: {
      type: "table",
      properties: Object.values(source.properties).map((p) => ({ property_id: p.id, visible: true })),
    },
  };
}

export const viewRoutes: Route[] = [
  route("GET", "/v1/views", { write: false }, listViews),
  route("GET", "/v1/views/{id}", { write: false, idName: "view_id" }, ({ store, id }) =>
    visibleView(store, id),
  ),
  route("PATCH", "/v1/views/{id}", { write: true, idName: "view_id" }, updateView),
];

function visibleView(store: NotionStore, id: string): ViewRecord {
  const view = store.views.get(id);
  if (!view || !store.isVisible(view.parent.database_id)) throw notFound("view", id);
  return view;
}

function listViews({ store, query }: RouteRequest): JsonObject {
  const database = query.get("database_id");
  const source = query.get("data_source_id");
  if (!database && !source) throw validationError("One of database_id or data_source_id is required.");
  const wanted = normalizeId((database ?? source) as string);
  if (!wanted)
    throw validationError(`${database ? "database_id" : "data_source_id"} should be a valid uuid.`);
  if (database && (!store.databases.has(wanted) || !store.isVisible(wanted)))
    throw notFound("database", wanted);
  const views = [...store.views.values()].filter((v) =>
    database ? v.parent.database_id === wanted : v.data_source_id === wanted,
  );
  const page = paginate(
    views,
    query.get("start_cursor") ?? undefined,
    pageSizeOf(query.get("page_size") ?? undefined, "page_size"),
  );
  return {
    object: "list",
    ...page,
    results: page.results.map((v) => ({ object: "view", id: v.id })),
    type: "view",
    view: {},
  };
}

function updateView({ store, id, body }: RouteRequest): ViewRecord {
  const view = visibleView(store, id);
  if (body.name !== undefined && typeof body.name !== "string")
    throw bodyInvalid("body.name", "a string", body.name);
  if (body.configuration !== undefined)
    view.configuration = checkedConfiguration(store, view, body.configuration);
  for (const key of ["name", "filter", "sorts", "quick_filters"] as const)
    if (body[key] !== undefined) view[key] = body[key] as never;
  view.last_edited_time = store.timestamp();
  return view;
}

/** The configuration's type must be the view's; each listed property must exist in its data source. */
function checkedConfiguration(store: NotionStore, view: ViewRecord, raw: unknown): JsonObject | null {
  if (raw === null) return null;
  if (!isObject(raw) || raw.type !== view.type)
    throw bodyInvalid("body.configuration.type", `"${view.type}"`, isObject(raw) ? raw.type : raw);
  const known = new Set(
    Object.values(store.dataSources.get(view.data_source_id)?.properties ?? {}).map((p) => p.id),
  );
  const properties = raw.properties;
  if (properties !== undefined && properties !== null) {
    if (!Array.isArray(properties))
      throw bodyInvalid("body.configuration.properties", "an array", properties);
    properties.forEach((p, i) => {
      if (!isObject(p) || typeof p.property_id !== "string" || !known.has(p.property_id))
        throw bodyInvalid(
          `body.configuration.properties[${i}].property_id`,
          "a property of the data source",
          p,
        );
    });
  }
  return { ...(view.configuration ?? {}), ...raw };
}
