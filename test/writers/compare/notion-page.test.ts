import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SIGNAL_IDS } from "../../../src/core/signals/types.js";
import { writeComparePage } from "../../../src/writers/compare/notion-page.js";
import { signalShortName } from "../../../src/writers/labels.js";
import { type BlockTree, type NotionFake, startNotionFake } from "../../fakes/notion/index.js";
import { testClient, testUpstream } from "../../sources/notion/live/harness.js";
import { PARENT, plainText, TOKEN, WORKSPACE } from "../notion/setup.js";
import { samplePortfolio } from "./sample-portfolio.js";

let fake: NotionFake;
beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
});
afterEach(() => fake.close());

const write = (portfolio = samplePortfolio("fr")) =>
  writeComparePage(testClient(fake.url, TOKEN), testUpstream(), { parentPageId: PARENT, portfolio });
const pages = () => fake.store.pagesUnder(PARENT).filter((p) => !p.in_trash);
const flat = (ts: BlockTree[]): BlockTree[] => ts.flatMap((t) => [t, ...flat(t.children)]);

function cells(row: BlockTree): string[] {
  const c = row.block.table_row as { cells: { plain_text: string }[][] };
  return c.cells.map((cell) => cell.map((r) => r.plain_text).join(""));
}

describe("the comparison's Notion page", () => {
  it("writes clients × signals as a table with coloured statuses, and what changed this week", async () => {
    const portfolio = samplePortfolio("fr");
    const result = await write(portfolio);
    expect(result.created).toBe(true);
    expect(pages().map((p) => p.id)).toEqual([result.pageId]);
    const tree = flat(fake.store.blockTree(result.pageId));
    const table = tree.find((t) => t.block.type === "table");
    const rows = table?.children ?? [];
    expect(rows).toHaveLength(1 + portfolio.clients.length);
    const [head = [], ...body] = rows.map(cells);
    expect(head.slice(5)).toEqual(SIGNAL_IDS.map((s) => signalShortName("fr", s)));
    // Rows in attention order, a status emoji in every signal cell, coloured like the status.
    expect(body.map((r) => r[1]?.split("\n")[0])).toEqual(portfolio.clients.map((c) => c.name));
    const first = portfolio.clients[0];
    const silo = first?.signals.silo;
    expect(body[0]?.[5 + SIGNAL_IDS.indexOf("silo")]).toMatch(
      silo?.status === "alert" ? /^🔴 \d+/ : /^[🟠🟢⚪]/u,
    );
    const alertCell = rows
      .slice(1)
      .flatMap(
        (r) =>
          (r.block.table_row as { cells: { plain_text: string; annotations: { color: string } }[][] }).cells,
      )
      .find((c) => c[0]?.plain_text.startsWith("🔴 "));
    expect(alertCell?.[0]?.annotations.color).toBe("red");
    const changed = portfolio.clients.filter((c) => c.newAlerts.length + c.resolvedAlerts.length > 0);
    expect(changed.length).toBeGreaterThan(0);
    const bullets = tree.filter((t) => t.block.type === "bulleted_list_item").map((t) => plainText(t.block));
    for (const c of changed) expect(bullets).toContain(c.name);
    expect(bullets.some((b) => /^🔴 Nouvelles : |^🟠 Nouvelles : /u.test(b.replace("\u00a0", " ")))).toBe(
      true,
    );
  });

  it("updates the same page on a re-run, and leaves it alone when nothing changed", async () => {
    const one = await write();
    const two = await write();
    expect(two).toMatchObject({ pageId: one.pageId, created: false, rewritten: false });
    const english = await write(samplePortfolio("en"));
    expect(english).toMatchObject({ pageId: one.pageId, created: false, rewritten: true });
    expect(pages()).toHaveLength(1);
    const top = fake.store.blockTree(one.pageId);
    // The old blocks are gone: one table, the English one.
    const tables = flat(top).filter((t) => t.block.type === "table");
    expect(tables).toHaveLength(1);
    expect(cells(tables[0]?.children[0] as BlockTree)[1]).toBe("Client");
    const title = fake.store.blockTree(PARENT).find((t) => t.block.id === one.pageId)?.block.child_page;
    expect(title).toEqual({ title: "Vigie — Client portfolio" });
  });
});
