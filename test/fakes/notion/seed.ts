/**
 * Seeds the store from a workspace folder (SPEC "Workspace folder"): `notion/pages/<id>.json` are
 * page objects, `notion/blocks/<id>.json` the blocks.children.list response(s) of page or block
 * <id>. Data sources named by a page's parent are created on the way, their schema inferred from
 * the rows' properties.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { isObject, type JsonObject, normalizeId } from "./ids.js";
import { inferSchema } from "./properties.js";
import type { BlockRecord, NotionStore, PageRecord, ParentRef } from "./store.js";

export async function seedWorkspace(store: NotionStore, workspace: string): Promise<void> {
  const pages = (await readJsonFiles(join(workspace, "notion", "pages"))).flatMap(({ json }) => items(json));
  for (const raw of pages) {
    if (raw.object === "page" && typeof raw.id === "string") addPage(store, raw);
  }
  inferDataSourceSchemas(store);
  for (const { file, json } of await readJsonFiles(join(workspace, "notion", "blocks"))) {
    const parentId = normalizeId(basename(file, ".json"));
    if (parentId === undefined) throw new Error(`Expected a Notion id as file name, got ${file}`);
    for (const block of items(json)) addBlock(store, block, parentId);
  }
}

async function readJsonFiles(dir: string): Promise<Array<{ file: string; json: unknown }>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), "utf8");
      try {
        return { file, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(`Expected JSON in ${join(dir, file)}: ${String(error)}`);
      }
    }),
  );
}

/** One object, a list response, or an array of either (paginated dumps): flattened to objects. */
function items(json: unknown): JsonObject[] {
  if (Array.isArray(json)) return json.flatMap(items);
  if (!isObject(json)) return [];
  if (json.object === "list" && Array.isArray(json.results)) return json.results.filter(isObject);
  return [json];
}

function addPage(store: NotionStore, raw: JsonObject): void {
  const page = { ...raw, in_trash: raw.in_trash ?? raw.archived ?? false } as PageRecord;
  page.id = normalizeId(page.id) ?? page.id;
  page.parent = normalizeParent(page.parent);
  if (page.parent.type === "database_id") {
    // A pre-2025-09-03 dump: give the database one data source with the database's id.
    const databaseId = page.parent.database_id;
    page.parent = { type: "data_source_id", data_source_id: databaseId, database_id: databaseId };
  }
  if (page.parent.type === "data_source_id") ensureDataSource(store, page.parent);
  store.pages.set(page.id, page);
}

function normalizeParent(parent: unknown): ParentRef {
  if (!isObject(parent)) return { type: "workspace", workspace: true };
  const out: JsonObject = { ...parent };
  for (const key of ["page_id", "block_id", "data_source_id", "database_id"]) {
    if (typeof out[key] === "string") out[key] = normalizeId(out[key] as string) ?? out[key];
  }
  return out as ParentRef;
}

function ensureDataSource(store: NotionStore, parent: { data_source_id: string; database_id: string }): void {
  if (store.dataSources.has(parent.data_source_id)) return;
  store.addDataSource({
    id: parent.data_source_id,
    databaseId: parent.database_id ?? parent.data_source_id,
    parent: { type: "workspace", workspace: true },
    title: "Untitled",
    properties: {},
  });
}

function inferDataSourceSchemas(store: NotionStore): void {
  for (const source of store.dataSources.values()) {
    source.properties = { ...inferSchema(store.pagesIn(source.id)), ...source.properties };
  }
}

function addBlock(store: NotionStore, raw: JsonObject, parentId: string): void {
  if (raw.object !== "block" || typeof raw.id !== "string") return;
  const block = { ...raw, in_trash: raw.in_trash ?? raw.archived ?? false } as BlockRecord;
  block.id = normalizeId(block.id) ?? block.id;
  block.parent = store.pages.has(parentId)
    ? { type: "page_id", page_id: parentId }
    : { type: "block_id", block_id: parentId };
  // has_children is derived from the stored tree, never trusted from the dump.
  delete block.has_children;
  // A synced workspace keeps nested list responses under `children`: they are this block's children.
  const nested = block.children;
  delete block.children;
  store.insertBlock(block, parentId);
  for (const child of items(nested)) addBlock(store, child, block.id);
}
