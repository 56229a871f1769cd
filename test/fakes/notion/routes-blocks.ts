/** Block routes: retrieve, list children (paginated), append children (limits enforced), delete. */
import { insertRequestBlocks } from "./build.js";
import { archivedError, bodyInvalid, notFound } from "./errors.js";
import { isObject, type JsonObject } from "./ids.js";
import { checkChildren, pageSizeOf } from "./limits.js";
import { paginate } from "./query.js";
import { bodyId, listResponse, type Route, type RouteRequest, route } from "./route.js";
import type { NotionStore, ParentRef } from "./store.js";

export const blockRoutes: Route[] = [
  route("GET", "/v1/blocks/{id}", { write: false, idName: "block_id" }, ({ store, id }) => {
    const block = store.visibleBlock(id);
    if (!block) throw notFound("block", id);
    return store.renderBlock(block);
  }),
  route("GET", "/v1/blocks/{id}/children", { write: false, idName: "block_id" }, listChildren),
  route("PATCH", "/v1/blocks/{id}/children", { write: true, idName: "block_id" }, appendChildren),
  route("DELETE", "/v1/blocks/{id}", { write: true, idName: "block_id" }, deleteBlock),
];

/** A page or a block the integration can see, with what its new children's `parent` should say. */
function container(store: NotionStore, id: string): { parent: ParentRef; trashed: boolean } {
  const page = store.visiblePage(id);
  if (page) return { parent: { type: "page_id", page_id: id }, trashed: page.in_trash };
  const block = store.visibleBlock(id);
  if (block) return { parent: { type: "block_id", block_id: id }, trashed: block.in_trash };
  throw notFound("block", id);
}

function listChildren({ store, id, query }: RouteRequest): JsonObject {
  container(store, id);
  const size = pageSizeOf(query.get("page_size") ?? undefined, "query.page_size");
  const page = paginate(store.childrenOf(id), query.get("start_cursor") ?? undefined, size);
  return listResponse("block", { ...page, results: page.results.map((b) => store.renderBlock(b)) });
}

function appendChildren({ store, id, body }: RouteRequest): JsonObject {
  checkChildren(body.children);
  const { parent, trashed } = container(store, id);
  if (trashed) throw archivedError();
  const where = placement(store, id, body);
  const created = insertRequestBlocks(store, body.children as unknown[], id, parent, where);
  store.touchPageOf(id);
  return listResponse("block", {
    results: created.map((b) => store.renderBlock(b)),
    has_more: false,
    next_cursor: null,
  });
}

/** `after` (deprecated) or `position: {type: "start" | "end" | "after_block", after_block: {id}}`. */
function placement(
  store: NotionStore,
  parentId: string,
  body: JsonObject,
): { afterId?: string; start?: boolean } {
  const position = isObject(body.position) ? body.position : undefined;
  if (position?.type === "start") return { start: true };
  const rawAfter = body.after ?? (isObject(position?.after_block) ? position.after_block.id : undefined);
  if (rawAfter === undefined) return {};
  const afterId = bodyId(rawAfter, "body.after");
  if (!store.childrenOf(parentId).some((b) => b.id === afterId)) {
    throw bodyInvalid("body.after", `the id of a child of block ${parentId}`, rawAfter);
  }
  return { afterId };
}

/** Moves a block (or a page: pages are blocks too) to the trash; answers the trashed block. */
function deleteBlock({ store, id }: RouteRequest): JsonObject {
  const block = store.visibleBlock(id);
  const page = store.visiblePage(id);
  if (!block && !page) throw notFound("block", id);
  if ((block ?? page)?.in_trash) throw archivedError();
  const now = store.timestamp();
  if (page) {
    page.in_trash = true;
    page.is_archived = true;
    page.last_edited_time = now;
  }
  if (block) {
    block.in_trash = true;
    block.last_edited_time = now;
    if (!page) store.touchPageOf(id);
    return store.renderBlock(block);
  }
  return { object: "block", id, type: "child_page", in_trash: true, archived: true, last_edited_time: now };
}
