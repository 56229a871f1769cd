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

async function write(report = bigReport(), timeoutMs = 5_000, upstream = testUpstream()) {
  const result = await writeWeeklyPage(testClient(fake.url, TOKEN, timeoutMs), upstream, {
    parentPageId: PARENT,
    tenant: TENANT,
    week: WEEK,
    report,
  });
  return { result, requests: upstream.requests };
}

/** Requests the fake received by route while `run` ran. */
async function countRequests(run: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = { ...fake.requests.byRoute };
  await run();
  const out: Record<string, number> = {};
  for (const [route, n] of Object.entries(fake.requests.byRoute)) {
    if (n !== (before[route] ?? 0)) out[route] = n - (before[route] ?? 0);
  }
  return out;
}

const APPEND = "PATCH /v1/blocks/{id}/children";
const DELETE = "DELETE /v1/blocks/{id}";

/** The sample report with another score and one alert fewer. */
function changedReport() {
  const report = sampleReport("fr");
  report.score = 41;
  report.alerts = report.alerts.slice(1);
  return report;
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
    const all = (ts: typeof tree): typeof tree => ts.flatMap((t) => [t, ...all(t.children)]);
    const summary = all(tree).find((t) => plainText(t.block).startsWith("Phrase 0"));
    expect(plainText(summary?.block ?? ({} as never))).toBe(longSummary());
    const table = all(tree).find((t) => t.block.type === "table" && t.children.length > 300);
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

  it("opens with an icon and a score callout, the trend as a table, alerts as callouts, details in toggles", async () => {
    const { result } = await write(sampleReport("en"));
    expect(fake.store.pages.get(result.pageId)?.icon).toEqual({ type: "emoji", emoji: "🧭" });
    const tree = fake.store.blockTree(result.pageId);
    const text = pageDump(tree).join("\n");
    expect(text).toMatch(
      /callout:Overall score: 66\/100 — Watch \(\+6 pts on last week\)\nThe mean of the ten signals/,
    );
    expect(text).toContain('table_row:[[{"type":"text","text":{"content":"W40"');
    expect(text).toContain("callout:Escalations to the CEO — Organisation · Alert · Score 22/100");
    expect(text).toContain("  paragraph:Recommended action: Delegate routine arbitration");
    expect(text).toContain("heading_3:To watch");
    expect(tree.filter((t) => t.block.type === "toggle").map((t) => plainText(t.block))).toEqual([
      "Points to watch: findings and actions",
      "All signals (12)",
      "This week's rituals",
      "Warnings (1)",
    ]);
    // No table of 58 rows or 12 columns out in the open: the long ones are folded.
    for (const t of tree.filter((x) => x.block.type === "table")) expect(t.children.length).toBeLessThan(10);
    const links = JSON.stringify(tree).match(/"url":"[^"]*"/g) ?? [];
    expect(links.some((l) => l.includes("calendar.google.com"))).toBe(true);
    expect(links.some((l) => l.startsWith('"url":"javascript'))).toBe(false);
  });

  it("re-run with the same report leaves the page alone: two listings, no append, no delete", async () => {
    const first = await write();
    expect(first.result.rewritten).toBe(true);
    const before = pageDump(fake.store.blockTree(first.result.pageId));
    // The fingerprint is kept, out of sight: the footer's link, not its text.
    expect(before.at(-1)).toBe("paragraph:Généré par Vigie · vigie 0.1.0");
    expect(before.join("\n")).not.toMatch(/fingerprint|sha256|[0-9a-f]{64}/);
    let again: Awaited<ReturnType<typeof write>> | undefined;
    const routes = await countRequests(async () => {
      again = await write();
    });
    expect(again?.result).toEqual({ ...first.result, created: false, rewritten: false });
    expect(again?.requests).toBe(2);
    expect(routes).toEqual({ "GET /v1/blocks/{id}/children": 2 });
    expect(weeklyPages()).toHaveLength(1);
    expect(pageDump(fake.store.blockTree(first.result.pageId))).toEqual(before);
  });

  it("re-run with a changed report rewrites the same page, then leaves it alone", async () => {
    const { result } = await write(sampleReport("fr"));
    const old = fake.store.childrenOf(result.pageId).length;
    const reference = await (async () => {
      // What a clean write of the changed report looks like, on a page of its own.
      const other = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
      try {
        const page = await writeWeeklyPage(testClient(other.url, TOKEN), testUpstream(), {
          parentPageId: PARENT,
          tenant: TENANT,
          week: WEEK,
          report: changedReport(),
        });
        return pageDump(other.store.blockTree(page.pageId));
      } finally {
        await other.close();
      }
    })();
    let changed: Awaited<ReturnType<typeof write>> | undefined;
    const routes = await countRequests(async () => {
      changed = await write(changedReport());
    });
    expect(changed?.result).toEqual({ ...result, created: false, rewritten: true });
    expect(routes[DELETE]).toBe(old);
    expect(routes[APPEND]).toBeGreaterThanOrEqual(2);
    const dump = pageDump(fake.store.blockTree(result.pageId));
    expect(dump).toEqual(reference);
    expect(dump.join("\n")).toContain("41/100");
    expect(weeklyPages()).toHaveLength(1);
    const again = await countRequests(() => write(changedReport()));
    expect(again[APPEND] ?? 0).toBe(0);
    expect(again[DELETE] ?? 0).toBe(0);
  });

  it("a rewrite that failed half-way is redone by the next run, whatever its fingerprint says", async () => {
    const { result } = await write(changedReport());
    const reference = pageDump(fake.store.blockTree(result.pageId));
    await write(sampleReport("fr"));
    // The new content and its fingerprint are in, one old block could not be deleted.
    fake.setFaults({ hangOnce: DELETE });
    const failed = write(changedReport(), 300, testUpstream([], { maxRetries: 0 }));
    await expect(failed).rejects.toThrow();
    fake.setFaults({});
    expect(fake.faults.injected.hang).toBe(1);
    const leftover = pageDump(fake.store.blockTree(result.pageId));
    expect(leftover.at(-1)).toBe(reference.at(-1));
    expect(leftover.length).toBeGreaterThan(reference.length);

    const again = await write(changedReport());
    expect(again.result.rewritten).toBe(true);
    expect(pageDump(fake.store.blockTree(result.pageId))).toEqual(reference);
    expect((await write(changedReport())).result.rewritten).toBe(false);
  });

  it("a first write cut off before its fingerprint is redone by the next run", async () => {
    const report = bigReport();
    const first = await write(report);
    const reference = pageDump(fake.store.blockTree(first.result.pageId));
    await fake.close();
    fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
    // Every 5th request fails for good: the page is created, then an append fails, no fingerprint.
    fake.setFaults({ serverErrors: { every: 5 } });
    await expect(write(report, 5_000, testUpstream([], { maxRetries: 0 }))).rejects.toThrow();
    fake.setFaults({});
    const [page] = weeklyPages();
    const partial = pageDump(fake.store.blockTree(page?.id ?? ""));
    expect(partial.length).toBeLessThan(reference.length);
    expect(partial.join("\n")).not.toContain("vigie:fingerprint=");
    const again = await write(report);
    expect(again.result).toMatchObject({ created: false, rewritten: true });
    expect(weeklyPages()).toHaveLength(1);
    expect(pageDump(fake.store.blockTree(again.result.pageId))).toEqual(reference);
  });
});
