/** `GET/PATCH /v1/pages/{id}` and `POST /v1/pages`, for pages under a page or rows of a data source. */
import { insertRequestBlocks } from "./build.js";
import { archivedError, bodyInvalid, notFound } from "./errors.js";
import { isObject, type JsonObject, newId } from "./ids.js";
import { checkChildren } from "./limits.js";
import { defaultProperties, pageTitle, pageTitleProperty, rowProperties } from "./properties.js";
import { bodyId, type Route, type RouteRequest, route } from "./route.js";
import type { BlockRecord, NotionStore, PageRecord, ParentRef } from "./store.js";

export const pageRoutes: Route[] = [
  route("GET", "/v1/pages/{id}", { write: false, idName: "page_id" }, ({ store, id }) => {
    const page = store.visiblePage(id);
    if (!page) throw notFound("page", id);
    return store.renderPage(page);
  }),
  route("POST", "/v1/pages", { write: true }, createPage),
  route("PATCH", "/v1/pages/{id}", { write: true, idName: "page_id" }, updatePage),
];

function createPage({ store, body }: RouteRequest): JsonObject {
  if (body.children !== undefined) checkChildren(body.children);
  const parent = resolveParent(store, body.parent);
  const properties = propertiesFor(store, parent, body.properties);
  const page = {
    ...store.stamp(),
    object: "page",
    id: newId(),
    is_archived: false,
    is_locked: false,
    parent,
    properties,
    icon: body.icon ?? null,
    cover: body.cover ?? null,
    public_url: null,
  } as PageRecord;
  page.url = store.pageUrl(page.id);
  store.pages.set(page.id, page);
  if (parent.type === "page_id")
    store.insertBlock(childPageBlock(store, page, parent.page_id), parent.page_id);
  if (Array.isArray(body.children)) {
    insertRequestBlocks(store, body.children, page.id, { type: "page_id", page_id: page.id });
  }
  return store.renderPage(page);
}

/** `{page_id}`, `{data_source_id}`, or `{database_id}` of a single-source database (mapped to its source). */
function resolveParent(store: NotionStore, raw: unknown): ParentRef {
  if (!isObject(raw)) throw bodyInvalid("body.parent", "an object", raw);
  if (raw.page_id !== undefined) {
    const pageId = bodyId(raw.page_id, "body.parent.page_id");
    const parent = store.visiblePage(pageId);
    if (!parent) throw notFound("page", pageId);
    if (parent.in_trash) throw archivedError();
    return { type: "page_id", page_id: pageId };
  }
  if (raw.data_source_id !== undefined) {
    const sourceId = bodyId(raw.data_source_id, "body.parent.data_source_id");
    const source = store.visibleDataSource(sourceId);
    if (!source) throw notFound("data_source", sourceId);
    return { type: "data_source_id", data_source_id: sourceId, database_id: source.parent.database_id };
  }
  if (raw.database_id !== undefined) {
    const databaseId = bodyId(raw.database_id, "body.parent.database_id");
    const database = store.databases.get(databaseId);
    const only = database?.data_sources.length === 1 ? database.data_sources[0] : undefined;
    if (!database || !store.isVisible(databaseId)) throw notFound("database", databaseId);
    if (!only)
      throw bodyInvalid("body.parent", "a data_source_id for a database with several data sources", raw);
    return { type: "data_source_id", data_source_id: only.id, database_id: databaseId };
  }
  throw bodyInvalid("body.parent.page_id", "defined", undefined);
}

function propertiesFor(store: NotionStore, parent: ParentRef, input: unknown): Record<string, JsonObject> {
  if (parent.type !== "data_source_id") return pageTitleProperty(input);
  const source = store.dataSources.get(parent.data_source_id);
  const schema = source?.properties ?? {};
  const changed = rowProperties(input, schema);
  return { ...defaultProperties(schema, store.timestamp()), ...changed };
}

/** Notion lists a subpage among its parent's blocks as a child_page block with the page's id. */
function childPageBlock(store: NotionStore, page: PageRecord, parentId: string): BlockRecord {
  return {
    ...store.stamp(),
    object: "block",
    id: page.id,
    type: "child_page",
    child_page: { title: pageTitle(page) },
    parent: { type: "page_id", page_id: parentId },
    in_trash: false,
  } as BlockRecord;
}

function updatePage({ store, id, body }: RouteRequest): JsonObject {
  const page = store.visiblePage(id);
  if (!page) throw notFound("page", id);
  const trash = body.in_trash ?? body.archived ?? body.is_archived;
  if (trash !== undefined && typeof trash !== "boolean")
    throw bodyInvalid("body.in_trash", "a boolean", trash);
  if (page.in_trash && trash !== false) throw archivedError();
  if (body.properties !== undefined) {
    const changed =
      page.parent.type === "data_source_id"
        ? rowProperties(body.properties, store.dataSources.get(page.parent.data_source_id)?.properties ?? {})
        : pageTitleProperty(body.properties);
    Object.assign(page.properties, changed);
    renameChildPageBlock(store, page);
  }
  if (body.icon !== undefined) page.icon = body.icon;
  if (body.cover !== undefined) page.cover = body.cover;
  if (typeof trash === "boolean") setTrashed(store, page, trash);
  page.last_edited_time = store.timestamp();
  touchLastEdited(page);
  return store.renderPage(page);
}

/** The parent's child_page block shows the page's title; keep it in step with a rename. */
function renameChildPageBlock(store: NotionStore, page: PageRecord): void {
  const block = store.blocks.get(page.id);
  if (block?.type === "child_page") block.child_page = { title: pageTitle(page) };
}

function setTrashed(store: NotionStore, page: PageRecord, trashed: boolean): void {
  page.in_trash = trashed;
  page.is_archived = trashed;
  const block = store.blocks.get(page.id);
  if (block) block.in_trash = trashed;
}

function touchLastEdited(page: PageRecord): void {
  for (const value of Object.values(page.properties)) {
    if (value.type === "last_edited_time") value.last_edited_time = page.last_edited_time;
  }
}
