import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendBlocks } from "../../../src/writers/notion/append.js";
import type { DraftBlock } from "../../../src/writers/notion/draft.js";
import { text } from "../../../src/writers/notion/rich-text.js";
import { type BlockTree, type NotionFake, startNotionFake } from "../../fakes/notion/index.js";
import { testClient, testUpstream } from "../../sources/notion/live/harness.js";
import { PARENT, plainText, TOKEN, WORKSPACE } from "./setup.js";

let fake: NotionFake;
beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

/** Toggles `depth` levels deep, `width` children at the second level. */
function tree(depth: number, width: number, label = "n"): DraftBlock {
  const children =
    depth <= 1
      ? []
      : Array.from({ length: depth === 4 ? width : 2 }, (_, i) => tree(depth - 1, width, `${label}.${i}`));
  return { type: "toggle", content: { rich_text: text(label) }, ...(children.length ? { children } : {}) };
}

function shape(trees: BlockTree[]): unknown[] {
  return trees.map((t) => [plainText(t.block), shape(t.children)]);
}

function draftShape(blocks: DraftBlock[]): unknown[] {
  return blocks.map((b) => [
    (b.content.rich_text as { text: { content: string } }[])[0]?.text.content,
    draftShape(b.children ?? []),
  ]);
}

describe("appendBlocks", () => {
  it("sends trees deeper and wider than one request allows, in order", async () => {
    const blocks = [
      tree(5, 150, "a"),
      tree(2, 1, "b"),
      ...Array.from({ length: 130 }, (_, i) => tree(1, 0, `p${i}`)),
    ];
    const before = fake.store.childrenOf(PARENT).length;
    const sent = await appendBlocks(
      { notion: testClient(fake.url, TOKEN), upstream: testUpstream() },
      PARENT,
      blocks,
      before,
    );
    const written = fake.store.blockTree(PARENT).slice(before);
    expect(shape(written)).toEqual(draftShape(blocks));
    expect(sent).toBe(1 + 2 + 300 + 600 + 1200 + (1 + 2) + 130);
  });

  it("does not double a chunk whose append was committed but reported failed", async () => {
    fake.setFaults({ failAfterCommit: { route: "PATCH /v1/blocks/{id}/children", times: 2 } });
    const blocks = Array.from({ length: 250 }, (_, i) => tree(1, 0, `p${i}`));
    const before = fake.store.childrenOf(PARENT).length;
    await appendBlocks(
      { notion: testClient(fake.url, TOKEN), upstream: testUpstream() },
      PARENT,
      blocks,
      before,
    );
    expect(fake.faults.injected.fail_after_commit).toBe(2);
    expect(shape(fake.store.blockTree(PARENT).slice(before))).toEqual(draftShape(blocks));
  });
});
