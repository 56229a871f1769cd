/**
 * The demo company has one organisation-wide alert (escalations to the CEO) in a week whose
 * signals average above 70: every output must show the capped score, the watch status and why.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/core/report.js";
import { renderReportBlocks } from "../../src/writers/notion/blocks.js";
import { plainSpaces } from "./sample-report.js";

const ROOT = join(import.meta.dirname, "../..");

describe("the overall status beside an organisation-wide alert (demo, 2026-W47)", () => {
  let report: Report;
  let html = "";
  let markdown = "";

  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), "vigie-cap-"));
    const io = memoryIo({ cwd: ROOT });
    const argv = ["analyze", "--workspace", join(ROOT, "fixtures/demo"), "--week", "2026-W47", "--out", out];
    expect(await main(argv, io)).toBe(0);
    report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as Report;
    html = plainSpaces(await readFile(join(out, "report.html"), "utf8")).replace(/&#39;/g, "'");
    markdown = plainSpaces(await readFile(join(out, "report.md"), "utf8"));
  }, 120_000);

  it("caps report.json's score into the watch band and keeps the mean beside it", () => {
    const orgAlerts = report.alerts.filter((a) => a.severity === "alert" && !a.scope.startsWith("team:"));
    expect(orgAlerts.length).toBe(1);
    expect(report.meanScore).toBeGreaterThan(70);
    expect(report.score).toBe(70);
    expect(report.status).toBe("watch");
  });

  it("draws the HTML score card amber with the watch word and says why it is capped", () => {
    expect(html).toMatch(
      /<div class="score-card st-watch">[\s\S]*?70<small>\/100<\/small>[\s\S]*?À surveiller/,
    );
    expect(html).toContain(
      `Score plafonné à 70 par 1 alerte à l'échelle de l'organisation (moyenne des signaux : ${report.meanScore})`,
    );
    expect(html).toContain("une alerte à l'échelle de l'organisation plafonne le score global à 70");
  });

  it("says the same in Markdown", () => {
    expect(markdown).toMatch(/\*\*Score global : 70\/100\*\* — \S+ À surveiller/);
    expect(markdown).toContain("Score plafonné à 70 par 1 alerte");
  });

  it("colours the Notion callout as a watch", () => {
    const [callout] = renderReportBlocks(report, { alertsUrl: null }).filter((b) => b.type === "callout");
    const content = callout?.content as { color?: string; rich_text: { text: { content: string } }[] };
    const text = plainSpaces(content.rich_text.map((r) => r.text.content).join(""));
    expect(text).toContain("Score global : 70/100 — À surveiller");
    expect(text).toContain("Score plafonné à 70");
    expect(content.color).toMatch(/orange|yellow/);
  });
});
