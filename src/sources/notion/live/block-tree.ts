/**
 * A page's content as `blocks.children.list` responses, nested children included.
 *
 * The page file keeps the page's own list responses verbatim (what src/sources/notion/block-text.ts
 * reads). Children of a toggle, a list item, a column or a table are fetched by separate calls;
 * their verbatim list responses are attached to the parent block as `children` (an array of list
 * responses, the same shape as the file), so a reader walks them in document order.
 *
 * A synced block that duplicates another gets the original's children: the duplicate has none of
 * its own. A meeting-notes block's transcript is not fetched: it is the meeting's raw speech, long,
 * and what was decided is in its summary and notes.
 */
import type { Client, ListBlockChildrenResponse } from "@notionhq/client";
import { UpstreamError } from "../../../core/errors.js";
import { allPages } from "../../../upstream/notion/paginate.js";
import type { Upstream } from "../../../upstream/upstream.js";

/**
 * Levels below the page: enough for a toggle inside a column (column list → column → toggle →
 * its text). Deeper content is rare in notes and each level costs one request per parent.
 */
export const DEFAULT_NESTED_LEVELS = 4;

/** Blocks whose "children" are other pages or databases, not this page's text. */
const NOT_CONTENT = new Set(["child_page", "child_database", "unsupported"]);

type Block = ListBlockChildrenResponse["results"][number];

export interface BlockTreeOptions {
  /** Levels fetched below `blockId`. Default DEFAULT_NESTED_LEVELS. */
  levels?: number;
  /** A child left out with everything beneath it (a meeting-notes block's transcript). */
  skip?: string | null;
  /** Told about content that could not be read (a synced block whose original is not shared). */
  warn?: (message: string) => void;
}

export async function fetchBlockTree(
  notion: Client,
  upstream: Upstream,
  blockId: string,
  opts: BlockTreeOptions = {},
): Promise<ListBlockChildrenResponse[]> {
  const levels = opts.levels ?? DEFAULT_NESTED_LEVELS;
  const listed = await listChildren(notion, upstream, blockId);
  const pages = opts.skip
    ? listed.map((p) => ({ ...p, results: p.results.filter((b) => b.id !== opts.skip) }))
    : listed;
  if (levels <= 0) return pages;
  const parents = pages.flatMap((p) => p.results).filter(hasContentChildren);
  await Promise.all(
    parents.map(async (block) => {
      const source = childrenSource(block);
      const below = { ...opts, levels: levels - 1, skip: transcriptId(block) };
      const children = await fetchOrWarn(notion, upstream, source, block, below);
      if (children) (block as Record<string, unknown>).children = children;
    }),
  );
  return pages;
}

function listChildren(notion: Client, upstream: Upstream, blockId: string) {
  return allPages(upstream, "blocks.children.list", (cursor) =>
    notion.blocks.children.list({
      block_id: blockId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
}

async function fetchOrWarn(
  notion: Client,
  upstream: Upstream,
  source: string,
  block: Block,
  opts: BlockTreeOptions,
): Promise<ListBlockChildrenResponse[] | null> {
  try {
    return await fetchBlockTree(notion, upstream, source, opts);
  } catch (e) {
    // Only the original of a synced block may live on a page the integration cannot see.
    if (source === block.id || !(e instanceof UpstreamError) || e.status !== 404) throw e;
    opts.warn?.(
      `synced block ${block.id}: its original ${source} is not shared with the integration; its text is not read`,
    );
    return null;
  }
}

/** Where a block's content lives: the original's id for a synced-block duplicate, else its own. */
function childrenSource(block: Block): string {
  if (!("type" in block) || block.type !== "synced_block") return block.id;
  return block.synced_block.synced_from?.block_id ?? block.id;
}

function hasContentChildren(block: Block): boolean {
  if (!("type" in block) || NOT_CONTENT.has(block.type)) return false;
  // A duplicate reports the original's content; fetch it even if has_children says otherwise.
  return block.has_children || childrenSource(block) !== block.id;
}

function transcriptId(block: Block): string | null {
  if (!("type" in block) || (block.type !== "meeting_notes" && block.type !== "transcription")) return null;
  const body = (block as Record<string, unknown>)[block.type] as {
    children?: { transcript_block_id?: unknown };
  };
  const ref = body?.children?.transcript_block_id;
  return typeof ref === "string" ? ref : null;
}
