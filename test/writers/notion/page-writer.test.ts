import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { weeklyPageTitle, writeWeeklyPage } from "../../../src/writers/notion/page-writer.js";
import { type NotionFake, startNotionFake } from "../../fakes/notion/index.js";
import { testClient, testUpstream } from "../../sources/notion/live/harness.js";
import { sampleReport } from "../sample-report.js";
import {
  bigReport,
  countBlocks,
  longSummary,
  PARENT,
  pageDump,
  plainText,
  TENANT,
  TOKEN,
  WEEK,
  WORKSPACE,
} from "./setup.js";

let fake: NotionFake;

beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

const weeklyPages = () => fake.store.pagesUnder(PARENT).filter((p) => !p.in_trash);

async function write(report = bigReport(), timeoutMs = 5_000) {
  const upstream = testUpstream();
  const result = await writeWeeklyPage(testClient(fake.url, TOKEN, timeoutMs), upstream, {
    parentPageId: PARENT,
    tenant: TENANT,
    week: WEEK,
    report,
  });
  return { result, requests: upstream.requests };
}

describe("writeWeeklyPage", () => {
  it("writes 300+ blocks and a 5000-character summary within Notion's limits", async () => {
    const report = bigReport();
    const { result, requests } = await write(report);
    // Parent listing, create, page listing, appends (table rows 100 at a time), no deletes.
    expect(requests).toBeLessThan(12);
    expect(result.created).toBe(true);
    expect(weeklyPages().map((p) => p.id)).toEqual([result.pageId]);
    expect(fake.store.blockTree(PARENT).at(-1)?.block).toMatchObject({
      type: "child_page",
      child_page: { title: weeklyPageTitle(TENANT.name, WEEK) },
    });
    const tree = fake.store.blockTree(result.pageId);
    expect(countBlocks(tree)).toBeGreaterThan(380);
    const summary = tree.find((t) => plainText(t.block).startsWith("Phrase 0"));
    expect(plainText(summary?.block ?? ({} as never))).toBe(`${longSummary()} (Score 22/100)`);
    const table = tree.find((t) => t.block.type === "table" && t.children.length > 300);
    expect(table?.children).toHaveLength(1 + report.signals.length);
    // Rows in order across the follow-up appends: the scope column of the sorted signals.
    const scopes = (table?.children ?? []).slice(1).map((r) => {
      const cells = (r.block.table_row as { cells: { plain_text: string }[][] }).cells;
      return cells[1]?.[0]?.plain_text;
    });
    expect(scopes.slice(0, 10).every((s) => s === "Organisation")).toBe(true);
    expect(scopes.slice(10, 13)).toEqual(["Équipe Équipe 000", "Équipe Équipe 001", "Équipe Équipe 002"]);
    expect(scopes.slice(-3)).toEqual(["Équipe Équipe 349", "Équipe Production", "Équipe Ventes"]);
    expect(result.url).toBe(`https://www.notion.so/${result.pageId.replace(/-/g, "")}`);
  });

  it("renders score, trend, alerts with safe links and the action callout in the tenant's language", async () => {
    const { result } = await write(sampleReport("en"));
    const tree = fake.store.blockTree(result.pageId);
    const text = pageDump(tree).join("\n");
    expect(text).toContain("heading_1:Overall score: 72/100 — Watch");
    expect(text).toContain("78 → 80 → 75 → – → 62 → 68 → 66 → 72");
    expect(text).toContain("callout:Recommended action — Delegate routine arbitration");
    const links = JSON.stringify(tree).match(/"url":"[^"]*"/g) ?? [];
    expect(links.some((l) => l.includes("calendar.google.com"))).toBe(true);
    expect(links.some((l) => l.startsWith('"url":"javascript'))).toBe(false);
  });

  it("re-run replaces the content of the same page", async () => {
    const first = await write();
    const before = pageDump(fake.store.blockTree(first.result.pageId));
    const again = await write();
    expect(again.result).toEqual({ ...first.result, created: false });
    expect(weeklyPages()).toHaveLength(1);
    expect(pageDump(fake.store.blockTree(first.result.pageId))).toEqual(before);
  });
});
