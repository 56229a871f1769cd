/**
 * A Notion page's own content, rewritten in place: the weekly page and the consultant's comparison
 * page both keep their blocks this way (append the new content, then its fingerprint, then delete the
 * old blocks), so an interrupted rewrite is finished by the next one and an unchanged page is left alone.
 */
import { isAlreadyDeleted } from "../../upstream/notion/errors.js";
import { allResults } from "../../upstream/notion/paginate.js";
import { type AppendContext, appendBlocks } from "./append.js";
import type { DraftBlock } from "./draft.js";
import { contentFingerprint, fingerprintBlock, fingerprintOf } from "./fingerprint.js";

/** Blocks that are other pages or databases: never Vigie's content, never deleted by it. */
const FOREIGN = new Set(["child_page", "child_database"]);

/** Writes `blocks` unless the page already holds them, complete; true if it wrote. */
export async function replaceContent(
  ctx: AppendContext,
  pageId: string,
  blocks: DraftBlock[],
  footer: string,
): Promise<boolean> {
  const fingerprint = contentFingerprint([...blocks, { type: "paragraph", content: { footer } }]);
  const before = await listChildren(ctx, pageId);
  const old = before.filter((b) => !FOREIGN.has(b.type));
  if (isComplete(old, blocks.length, fingerprint)) return false;
  await appendBlocks(ctx, pageId, blocks, before.length);
  // Last, in a request of its own: only a rewrite that got this far is marked as done.
  await appendBlocks(ctx, pageId, [fingerprintBlock(fingerprint, footer)], before.length + blocks.length);
  // Deleting a block deletes its children: one request per top-level block.
  await Promise.all(old.map((b) => deleteBlock(ctx, b.id)));
  return true;
}

/**
 * The page holds exactly this content: its last block is this fingerprint and nothing but the
 * content's own top-level blocks comes before it (no leftovers of an earlier, unfinished rewrite).
 */
function isComplete(blocks: { type: string }[], expected: number, fingerprint: string): boolean {
  const last = blocks.at(-1);
  return blocks.length === expected + 1 && last !== undefined && fingerprintOf(last) === fingerprint;
}

async function deleteBlock(ctx: AppendContext, blockId: string): Promise<void> {
  const remove = async () => {
    try {
      await ctx.notion.blocks.delete({ block_id: blockId });
    } catch (e) {
      if (!isAlreadyDeleted(e)) throw e;
    }
  };
  await ctx.upstream.call("blocks.delete", remove, { idempotent: true });
}

export async function listChildren(ctx: AppendContext, blockId: string) {
  const blocks = await allResults(ctx.upstream, "blocks.children.list", (cursor) =>
    ctx.notion.blocks.children.list({
      block_id: blockId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  return blocks.flatMap((b) => ("type" in b ? [b] : []));
}
