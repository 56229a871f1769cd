/**
 * Appends blocks of any size and depth to a page or block, cut into requests Notion accepts:
 * at most 100 children per array, two levels of nesting below the request's blocks, 1000 block
 * elements and 500 KB per request. What does not fit is sent next, in order; children deeper than
 * a request allows are appended to their parent, once it exists, by a follow-up request.
 *
 * An append is not idempotent: after a timeout or a 5xx the blocks may be there already. Each
 * append reconciles by counting the parent's children, so a retry never doubles a section.
 */
import type { BlockObjectRequest, Client } from "@notionhq/client";
import { allResults } from "../../upstream/notion/paginate.js";
import type { Upstream } from "../../upstream/upstream.js";
import { type DraftBlock, toRequest } from "./draft.js";

export const REQUEST_LIMITS = {
  maxChildren: 100,
  /** The request's blocks and two levels below them. */
  maxLevels: 3,
  maxElements: 1000,
  /** 500 KB is the limit; the rest is room for the envelope and rounding. */
  maxBytes: 450_000,
} as const;

export interface AppendContext {
  notion: Client;
  upstream: Upstream;
}

interface Budget {
  elements: number;
  bytes: number;
}

/** Children left out of a request: appended to the block at `path` once its id is known. */
interface Deferred {
  path: number[];
  children: DraftBlock[];
  /** How many of that block's children the request carried. */
  inlined: number;
}

/** Appends `blocks` after the `existing` children of `target`; returns the block elements sent. */
export async function appendBlocks(
  ctx: AppendContext,
  target: string,
  blocks: DraftBlock[],
  existing: number,
): Promise<number> {
  let count = existing;
  let sent = 0;
  for (let i = 0; i < blocks.length; ) {
    const chunk = nextChunk(blocks, i);
    const ids = await appendChunk(ctx, target, chunk.requests, count);
    count += chunk.requests.length;
    sent += chunk.elements;
    i = chunk.next;
    for (const d of chunk.deferred) {
      const parent = await resolvePath(ctx, ids, d.path);
      sent += await appendBlocks(ctx, parent, d.children, d.inlined);
    }
  }
  return sent;
}

function nextChunk(blocks: DraftBlock[], start: number) {
  const budget: Budget = { elements: REQUEST_LIMITS.maxElements, bytes: REQUEST_LIMITS.maxBytes };
  const requests: BlockObjectRequest[] = [];
  const deferred: Deferred[] = [];
  let i = start;
  for (; i < blocks.length && requests.length < REQUEST_LIMITS.maxChildren; i++) {
    const block = blocks[i] as DraftBlock;
    // A block that would not fit whole starts the next request, unless it is the first one.
    if (requests.length > 0 && !fits(wholeSize(block, 1), budget)) break;
    requests.push(inline(block, 1, budget, [requests.length], deferred));
  }
  const elements = REQUEST_LIMITS.maxElements - budget.elements;
  return { requests, deferred, next: i, elements };
}

/** The request for `block` at `level`, with as many children as the limits and budget allow. */
function inline(
  block: DraftBlock,
  level: number,
  budget: Budget,
  path: number[],
  deferred: Deferred[],
): BlockObjectRequest {
  budget.elements -= 1;
  budget.bytes -= ownBytes(block);
  const kids = block.children ?? [];
  if (kids.length === 0) return toRequest(block, null);
  if (level >= REQUEST_LIMITS.maxLevels) {
    deferred.push({ path, children: kids, inlined: 0 });
    return toRequest(block, null);
  }
  const taken: BlockObjectRequest[] = [];
  let i = 0;
  for (; i < kids.length && taken.length < REQUEST_LIMITS.maxChildren; i++) {
    const kid = kids[i] as DraftBlock;
    // A table cannot be created without a row: its first row always goes along.
    const mandatory = i === 0 && block.type === "table";
    if (!mandatory && !fits({ elements: 1, bytes: ownBytes(kid) }, budget)) break;
    taken.push(inline(kid, level + 1, budget, [...path, i], deferred));
  }
  if (i < kids.length) deferred.push({ path, children: kids.slice(i), inlined: i });
  return toRequest(block, taken.length > 0 ? taken : null);
}

function fits(size: Budget, budget: Budget): boolean {
  return size.elements <= budget.elements && size.bytes <= budget.bytes;
}

/** Elements and bytes of a block with everything a request could carry below it. */
function wholeSize(block: DraftBlock, level: number): Budget {
  const size = { elements: 1, bytes: ownBytes(block) };
  if (level >= REQUEST_LIMITS.maxLevels) return size;
  for (const kid of (block.children ?? []).slice(0, REQUEST_LIMITS.maxChildren)) {
    const k = wholeSize(kid, level + 1);
    size.elements += k.elements;
    size.bytes += k.bytes;
  }
  return size;
}

function ownBytes(block: DraftBlock): number {
  return Buffer.byteLength(JSON.stringify(toRequest(block, null))) + 16;
}

async function appendChunk(
  ctx: AppendContext,
  target: string,
  children: BlockObjectRequest[],
  before: number,
): Promise<string[]> {
  const send = async () =>
    (await ctx.notion.blocks.children.append({ block_id: target, children })).results.map((b) => b.id);
  return ctx.upstream.call("blocks.children.append", send, {
    idempotent: false,
    reconcile: async () => {
      const now = await listChildIds(ctx, target);
      // Exactly our blocks more than before: the append was committed; fewer: it was not.
      return now.length === before + children.length ? now.slice(before) : null;
    },
  });
}

async function resolvePath(ctx: AppendContext, ids: string[], path: number[]): Promise<string> {
  let id = ids[path[0] ?? -1];
  for (const index of path.slice(1)) {
    if (id === undefined) break;
    id = (await listChildIds(ctx, id))[index];
  }
  if (id === undefined) throw new Error(`Expected a block at ${path.join(".")} of the append, found none`);
  return id;
}

export async function listChildIds(ctx: AppendContext, blockId: string): Promise<string[]> {
  const blocks = await allResults(ctx.upstream, "blocks.children.list", (cursor) =>
    ctx.notion.blocks.children.list({
      block_id: blockId,
      page_size: 100,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  return blocks.map((b) => b.id);
}
