/**
 * A page's content as `blocks.children.list` responses, nested children included.
 *
 * The page file keeps the page's own list responses verbatim (what src/sources/notion/pages.ts
 * reads). Children of a toggle or a list item are fetched by separate calls; their verbatim
 * list responses are attached to the parent block as `children` (an array of list responses,
 * the same shape as the file), so a reader may walk them in document order or ignore them.
 */
import type { Client, ListBlockChildrenResponse } from "@notionhq/client";
import { allPages } from "../../../upstream/notion/paginate.js";
import type { Upstream } from "../../../upstream/upstream.js";

/** Two levels below the page: a list item's sub-items and theirs. Deeper content is rare in notes. */
export const DEFAULT_NESTED_LEVELS = 2;

/** Blocks whose "children" are other pages or databases, not this page's text. */
const NOT_CONTENT = new Set(["child_page", "child_database", "synced_block", "unsupported"]);

export async function fetchBlockTree(
  notion: Client,
  upstream: Upstream,
  blockId: string,
  levels = DEFAULT_NESTED_LEVELS,
): Promise<ListBlockChildrenResponse[]> {
  const pages = await allPages(upstream, "blocks.children.list", (cursor) =>
    notion.blocks.children.list({
      block_id: blockId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  if (levels <= 0) return pages;
  const parents = pages.flatMap((p) => p.results).filter(hasContentChildren);
  await Promise.all(
    parents.map(async (block) => {
      (block as Record<string, unknown>).children = await fetchBlockTree(
        notion,
        upstream,
        block.id,
        levels - 1,
      );
    }),
  );
  return pages;
}

function hasContentChildren(block: ListBlockChildrenResponse["results"][number]): boolean {
  return "type" in block && block.has_children && !NOT_CONTENT.has(block.type);
}
