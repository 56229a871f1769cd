/**
 * The fake's state: pages, blocks, data sources and databases as Notion returns them (2025-09-03
 * shapes), plus what the integration may see. Tests read it directly to check what a writer left
 * behind; handlers mutate it through the few methods below.
 */

import { isObject, type JsonObject, newId } from "./ids.js";
import { defaultTableView, type ViewRecord } from "./views.js";

export type ParentRef =
  | { type: "page_id"; page_id: string }
  | { type: "data_source_id"; data_source_id: string; database_id: string }
  | { type: "database_id"; database_id: string }
  | { type: "block_id"; block_id: string }
  | { type: "workspace"; workspace: true };

export interface PageRecord extends JsonObject {
  object: "page";
  id: string;
  created_time: string;
  last_edited_time: string;
  in_trash: boolean;
  parent: ParentRef;
  properties: Record<string, JsonObject>;
}

export interface BlockRecord extends JsonObject {
  object: "block";
  id: string;
  type: string;
  parent: ParentRef;
  in_trash: boolean;
  created_time: string;
  last_edited_time: string;
}

export interface PropertySchema extends JsonObject {
  id: string;
  name: string;
  type: string;
}

export interface DataSourceRecord extends JsonObject {
  object: "data_source";
  id: string;
  title: JsonObject[];
  parent: { type: "database_id"; database_id: string };
  database_parent: ParentRef;
  properties: Record<string, PropertySchema>;
}

export interface DatabaseRecord extends JsonObject {
  object: "database";
  id: string;
  title: JsonObject[];
  parent: ParentRef;
  data_sources: Array<{ id: string; name: string }>;
}

export interface BlockTree {
  block: BlockRecord;
  children: BlockTree[];
}

/** The integration's bot user, as `created_by` / `last_edited_by`. */
export const BOT_USER = { object: "user", id: "0f3c8b7e-5a4d-4c2b-9e1f-6a7b8c9d0e1f" } as const;

export class NotionStore {
  readonly pages = new Map<string, PageRecord>();
  readonly blocks = new Map<string, BlockRecord>();
  /** Ordered child block ids of a page or block, trashed ones included (filtered on read). */
  readonly children = new Map<string, string[]>();
  readonly dataSources = new Map<string, DataSourceRecord>();
  readonly databases = new Map<string, DatabaseRecord>();
  /** Database views (views.ts); a new database gets its default table view. */
  readonly views = new Map<string, ViewRecord>();
  /** Ids the integration lost access to; everything beneath them is hidden too, as in Notion. */
  readonly unshared = new Set<string>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** Notion rounds `created_time` / `last_edited_time` down to the minute; incremental syncs must cope. */
  timestamp(): string {
    const at = this.clock();
    at.setUTCSeconds(0, 0);
    return at.toISOString();
  }

  /** True when the integration can see `id`: neither it nor any ancestor was unshared. */
  isVisible(id: string): boolean {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = this.parentIdOf(at)) {
      if (this.unshared.has(at)) return false;
      seen.add(at);
    }
    return true;
  }

  visiblePage(id: string): PageRecord | undefined {
    const page = this.pages.get(id);
    return page && this.isVisible(id) ? page : undefined;
  }

  visibleBlock(id: string): BlockRecord | undefined {
    const block = this.blocks.get(id);
    return block && this.isVisible(id) ? block : undefined;
  }

  visibleDataSource(id: string): DataSourceRecord | undefined {
    const source = this.dataSources.get(id);
    return source && this.isVisible(id) ? source : undefined;
  }

  /** Rows of a data source, trashed ones included (callers filter). */
  pagesIn(dataSourceId: string): PageRecord[] {
    return [...this.pages.values()].filter(
      (p) => p.parent.type === "data_source_id" && p.parent.data_source_id === dataSourceId,
    );
  }

  /** Pages whose parent is the page `pageId`. */
  pagesUnder(pageId: string): PageRecord[] {
    return [...this.pages.values()].filter((p) => p.parent.type === "page_id" && p.parent.page_id === pageId);
  }

  /** Live (not trashed) child blocks of a page or block, in order. */
  childrenOf(id: string): BlockRecord[] {
    const ids = this.children.get(id) ?? [];
    return ids.flatMap((childId) => {
      const block = this.blocks.get(childId);
      return block && !block.in_trash ? [block] : [];
    });
  }

  /** A page's (or block's) content as a tree, trashed blocks left out. */
  blockTree(id: string): BlockTree[] {
    return this.childrenOf(id).map((block) => ({ block, children: this.blockTree(block.id) }));
  }

  /** Response shape of a block: `has_children` is derived, never stored. */
  renderBlock(block: BlockRecord): JsonObject {
    // For a child_page block the id is the page's, so this reports whether the page has content.
    // A synced-block duplicate has no children of its own and reports its original's.
    const source = syncedOriginal(block) ?? block.id;
    return { ...block, has_children: this.childrenOf(source).length > 0, archived: block.in_trash };
  }

  renderPage(page: PageRecord): JsonObject {
    return { ...page, archived: page.in_trash };
  }

  /** Editing content bumps its page's `last_edited_time`, which incremental readers filter on. */
  touchPageOf(id: string): void {
    const now = this.timestamp();
    let at: string | undefined = id;
    for (let hops = 0; at !== undefined && hops < 100; hops++, at = this.parentIdOf(at)) {
      const page = this.pages.get(at);
      if (page) {
        page.last_edited_time = now;
        return;
      }
    }
  }

  /** Inserts a block under `parentId`, after `afterId` when given, else at the end (or start). */
  insertBlock(block: BlockRecord, parentId: string, at: { afterId?: string; start?: boolean } = {}): void {
    this.blocks.set(block.id, block);
    const ids = this.children.get(parentId) ?? [];
    if (at.start) ids.unshift(block.id);
    else if (at.afterId !== undefined) ids.splice(ids.indexOf(at.afterId) + 1, 0, block.id);
    else ids.push(block.id);
    this.children.set(parentId, ids);
  }

  /** A blank record with Notion's common fields filled in. */
  stamp() {
    const now = this.timestamp();
    return {
      created_time: now,
      last_edited_time: now,
      created_by: BOT_USER,
      last_edited_by: BOT_USER,
      in_trash: false as boolean,
    };
  }

  pageUrl(id: string): string {
    return `https://www.notion.so/${id.replace(/-/g, "")}`;
  }

  /** Creates a database holding one data source, optionally under a page (as a child_database block). */
  addDataSource(input: {
    id?: string;
    databaseId?: string;
    parent: ParentRef;
    title: string;
    properties: Record<string, PropertySchema>;
  }): DataSourceRecord {
    const id = input.id ?? newId();
    const databaseId = input.databaseId ?? newId();
    const title = [plainText(input.title)];
    const common = { ...this.stamp(), is_inline: false, icon: null, cover: null, public_url: null };
    const source: DataSourceRecord = {
      ...common,
      object: "data_source",
      id,
      title,
      description: [],
      parent: { type: "database_id", database_id: databaseId },
      database_parent: input.parent,
      properties: input.properties,
      url: this.pageUrl(id),
    };
    const existing = this.databases.get(databaseId);
    if (existing) existing.data_sources.push({ id, name: input.title });
    else
      this.databases.set(
        databaseId,
        this.newDatabase(databaseId, input.parent, title, { id, name: input.title }),
      );
    this.dataSources.set(id, source);
    if (!existing) {
      const view = defaultTableView(source, databaseId, this.timestamp());
      this.views.set(view.id, view);
    }
    if (input.parent.type === "page_id" && !existing)
      this.addChildDatabaseBlock(databaseId, input.parent.page_id, input.title);
    return source;
  }

  private newDatabase(
    id: string,
    parent: ParentRef,
    title: JsonObject[],
    first: { id: string; name: string },
  ) {
    const database: DatabaseRecord = {
      ...this.stamp(),
      object: "database",
      id,
      title,
      description: [],
      parent,
      is_inline: false,
      is_locked: false,
      data_sources: [first],
      icon: null,
      cover: null,
      url: this.pageUrl(id),
      public_url: null,
    };
    return database;
  }

  private addChildDatabaseBlock(databaseId: string, pageId: string, title: string): void {
    const block: BlockRecord = {
      ...this.stamp(),
      object: "block",
      id: databaseId,
      type: "child_database",
      child_database: { title },
      parent: { type: "page_id", page_id: pageId },
      in_trash: false,
    } as BlockRecord;
    this.insertBlock(block, pageId);
  }

  private parentIdOf(id: string): string | undefined {
    const record =
      this.pages.get(id) ?? this.blocks.get(id) ?? this.dataSources.get(id) ?? this.databases.get(id);
    if (!record || !isObject(record.parent)) return undefined;
    const parent = record.parent as ParentRef;
    switch (parent.type) {
      case "page_id":
        return parent.page_id;
      case "block_id":
        return parent.block_id;
      case "data_source_id":
        return parent.data_source_id;
      case "database_id":
        return parent.database_id;
      default:
        return undefined;
    }
  }
}

/** A response rich-text item for plain text. */
export function plainText(content: string): JsonObject {
  return {
    type: "text",
    text: { content, link: null },
    annotations: {
      bold: false,
      italic: false,
      strikethrough: false,
      underline: false,
      code: false,
      color: "default",
    },
    plain_text: content,
    href: null,
  };
}

/** The original's id of a synced-block duplicate, else undefined. */
function syncedOriginal(block: BlockRecord): string | undefined {
  const body = block.type === "synced_block" && isObject(block.synced_block) ? block.synced_block : undefined;
  const from = isObject(body?.synced_from) ? body.synced_from : undefined;
  return typeof from?.block_id === "string" ? from.block_id : undefined;
}
