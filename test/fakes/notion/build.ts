/**
 * Turns validated request objects into the response shapes Notion stores and returns: request
 * rich text gains `plain_text`, `href` and full annotations; request blocks become block records
 * with ids, parents and timestamps. Input is assumed to have passed `limits.ts`.
 */
import { isObject, type JsonObject, newId } from "./ids.js";
import { blockTypeOf } from "./limits.js";
import type { BlockRecord, NotionStore, ParentRef } from "./store.js";

const DEFAULT_ANNOTATIONS = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: "default",
};

/** Request rich text → response rich text. */
export function richTextResponse(items: unknown): JsonObject[] {
  if (!Array.isArray(items)) return [];
  return items.filter(isObject).map(richTextItem);
}

function richTextItem(item: JsonObject): JsonObject {
  const annotations = { ...DEFAULT_ANNOTATIONS, ...(isObject(item.annotations) ? item.annotations : {}) };
  if (isObject(item.text)) {
    const link = isObject(item.text.link) ? { url: item.text.link.url } : null;
    const content = String(item.text.content ?? "");
    return {
      type: "text",
      text: { content, link },
      annotations,
      plain_text: content,
      href: link?.url ?? null,
    };
  }
  if (isObject(item.equation)) {
    const expression = String(item.equation.expression ?? "");
    return { type: "equation", equation: { expression }, annotations, plain_text: expression, href: null };
  }
  const plain = typeof item.plain_text === "string" ? item.plain_text : "";
  return { type: "mention", mention: item.mention, annotations, plain_text: plain, href: null };
}

/** Text of a response rich-text array, as filters and sorts compare it. */
export function plainTextOf(items: unknown): string {
  if (!Array.isArray(items)) return "";
  return items
    .map((item) => (isObject(item) && typeof item.plain_text === "string" ? item.plain_text : ""))
    .join("");
}

/**
 * Stores request blocks (and their nested children) under `parentId`; returns the top-level
 * records in order. `after` places the first new block after an existing sibling.
 */
export function insertRequestBlocks(
  store: NotionStore,
  children: unknown[],
  parentId: string,
  parent: ParentRef,
  where: { afterId?: string; start?: boolean } = {},
): BlockRecord[] {
  let afterId = where.afterId;
  let start = where.start ?? false;
  return children.filter(isObject).map((request) => {
    const { block, nested } = blockFromRequest(store, request, parent);
    store.insertBlock(block, parentId, afterId !== undefined ? { afterId } : { start });
    // Later siblings go after this one, keeping the request's order wherever it lands.
    afterId = block.id;
    start = false;
    if (nested.length > 0) {
      insertRequestBlocks(store, nested, block.id, { type: "block_id", block_id: block.id });
    }
    return block;
  });
}

function blockFromRequest(
  store: NotionStore,
  request: JsonObject,
  parent: ParentRef,
): { block: BlockRecord; nested: unknown[] } {
  const type = blockTypeOf(request, "body.children");
  const { children, ...content } = request[type] as JsonObject;
  for (const key of ["rich_text", "caption"]) {
    if (content[key] !== undefined) content[key] = richTextResponse(content[key]);
  }
  if (Array.isArray(content.cells)) content.cells = content.cells.map((cell) => richTextResponse(cell));
  if (content.rich_text !== undefined && content.color === undefined) content.color = "default";
  if (type === "to_do" && content.checked === undefined) content.checked = false;
  const block = {
    ...store.stamp(),
    object: "block",
    id: newId(),
    parent,
    type,
    [type]: content,
  } as BlockRecord;
  return { block, nested: Array.isArray(children) ? children : [] };
}
