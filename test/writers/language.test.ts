/**
 * Flawless French and English: every output (HTML page, Markdown, terminal, Notion page and alert
 * bodies, Google Doc) of a French company and of an English one is checked for words of the other
 * language, "(s)" plurals, and leaked raw values (NaN, undefined, ids); so is the consultant's
 * comparison (compare.html, its Notion page, its terminal summary; compare.csv is language-free).
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "../../scripts/sandbox/environment.js";
import { compareSummary } from "../../src/cli/compare.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/core/report.js";
import { SIGNAL_IDS } from "../../src/core/signals/types.js";
import { renderCompareCsv } from "../../src/writers/compare/csv.js";
import { renderCompareHtml } from "../../src/writers/compare/html.js";
import { renderCompareBlocks } from "../../src/writers/compare/notion-blocks.js";
import { renderDocHtml } from "../../src/writers/html.js";
import { alertBody, renderReportBlocks } from "../../src/writers/notion/blocks.js";
import type { DraftBlock } from "../../src/writers/notion/draft.js";
import { ENGLISH, FRENCH, RAW, strangers } from "../helpers/language-words.js";
import { samplePortfolio } from "./compare/sample-portfolio.js";

const ROOT = join(import.meta.dirname, "../..");

/** HTML to its visible text (tags and entities gone; titles of links kept). */
const htmlText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<head>[\s\S]*?<\/head>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&[a-z]+;/g, " ");

function blockText(blocks: DraftBlock[]): string {
  return blocks
    .map((b) => {
      const c = b.content as {
        rich_text?: { text?: { content: string } }[];
        cells?: { text?: { content: string } }[][];
      };
      const own = [...(c.rich_text ?? []), ...(c.cells ?? []).flat()]
        .map((r) => r.text?.content ?? "")
        .join("");
      return `${own}\n${blockText(b.children ?? [])}`;
    })
    .join("\n");
}

/** Text that comes from the company's own calendars and notes, not from Vigie: left out of the check. */
function dataText(report: Report): string[] {
  const titles = report.alerts.flatMap((a) => a.evidence.flatMap((e) => [e.title, e.why ?? ""]));
  return [
    "report.html",
    "report.md",
    "report.json",
    ...titles,
    ...report.teams.map((t) => t.name),
    ...report.rituals.map((r) => r.name),
    report.tenantName,
  ];
}

const COMPANIES = [
  { locale: "fr", workspace: "fixtures/demo", week: ["--week", "2026-W47"], foreign: ENGLISH },
  { locale: "en", workspace: "fixtures/scenarios/missing-decisions-org-en", week: [], foreign: FRENCH },
] as const;

describe.each(COMPANIES)("every $locale output", ({ locale, workspace, week, foreign }) => {
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), "vigie-lang-"));
    const io = memoryIo({ cwd: ROOT });
    expect(await main(["analyze", "--workspace", join(ROOT, workspace), ...week, "--out", out], io)).toBe(0);
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as Report;
    expect(report.locale).toBe(locale);
    const strip = (text: string) => dataText(report).reduce((t, d) => (d ? t.split(d).join(" ") : t), text);
    outputs.html = strip(htmlText(await readFile(join(out, "report.html"), "utf8")));
    outputs.markdown = strip(await readFile(join(out, "report.md"), "utf8"));
    outputs.terminal = strip(io.out.split(out).join(" "));
    outputs.notion = strip(blockText(renderReportBlocks(report, { alertsUrl: "https://www.notion.so/abc" })));
    outputs.notionRows = strip(report.alerts.map((a) => blockText(alertBody(report.locale, a))).join("\n"));
    outputs.doc = strip(htmlText(renderDocHtml(report)));
  }, 120_000);

  it.each(["html", "markdown", "terminal", "notion", "notionRows", "doc"])(
    "%s speaks one language",
    (kind) => {
      const text = outputs[kind] ?? "";
      expect(text.length).toBeGreaterThan(200);
      expect(strangers(text, foreign)).toEqual([]);
      expect(text.match(RAW)?.[0] ?? null).toBeNull();
      // Shares are percentages, never 0–1 fractions in front of a share unit.
      expect(text).not.toMatch(/\b0[.,]\d+ (sans décision|undecided)/);
    },
  );

  it("names every signal from the catalogue", () => {
    for (const id of SIGNAL_IDS) expect(outputs.html).not.toContain(id);
  });
});

/**
 * `vigie run` against the Google and Notion fakes (a small French company, an English one): the
 * summary on stdout and the progress on stderr speak the tenant's language too.
 */
const RUNS = [
  {
    locale: "fr",
    workspace: "healthy-small-fr",
    admin: "chloe.brun@lumen-conseil.fr",
    week: "2026-W18",
    now: "2026-05-04T08:00:00Z",
    foreign: ENGLISH,
  },
  {
    locale: "en",
    workspace: "strategy-execution-gap-org-en",
    admin: "jonathan.cooper@redwoodsupply.com",
    week: "2026-W50",
    now: "2026-12-14T08:00:00Z",
    foreign: FRENCH,
  },
] as const;

describe.each(RUNS)("vigie run for a $locale company", ({ workspace, admin, week, now, foreign }) => {
  let text = "";
  let printed = "";

  beforeAll(async () => {
    const sandbox = await startSandbox({ workspace: join(ROOT, "fixtures/scenarios", workspace), admin });
    try {
      const io = memoryIo({ cwd: sandbox.dir, env: { ...sandbox.env, VIGIE_NOW: now } });
      const argv = ["run", "--tenant", "tenant.json", "--workspace", "ws", "--out", "out", "--week", week];
      expect(await main(argv, io), io.err).toBe(0);
      printed = io.out + io.err;
      const report = JSON.parse(await readFile(join(sandbox.dir, "out/report.json"), "utf8")) as Report;
      const data = [sandbox.dir, `Vigie — ${report.tenantName} — ${report.week}`, ...dataText(report)];
      // URLs and ids are data too: what is left is Vigie's own words.
      text = data
        .reduce((t, d) => (d ? t.split(d).join(" ") : t), printed)
        .replace(/https?:\/\/\S+/g, " ")
        .replace(/[0-9a-f-]{32,36}/g, " ");
    } finally {
      await sandbox.close();
    }
  }, 180_000);

  it("prints its summary and progress in the tenant's language", () => {
    expect(printed).toMatch(/score \d+\/100/);
    expect(strangers(text, foreign)).toEqual([]);
    expect(text.match(RAW)?.[0] ?? null).toBeNull();
  });

  it("prints one progress line per phase off a terminal, the sync included", () => {
    const progress = printed.split("\n").filter((line) => line.startsWith("… "));
    expect(progress.length).toBeGreaterThan(3);
    expect(new Set(progress).size).toBe(progress.length);
  });
});

/** The consultant's comparison: its words come from the same catalogues. */
describe.each([
  { locale: "fr", foreign: ENGLISH },
  { locale: "en", foreign: FRENCH },
] as const)("the $locale comparison", ({ locale, foreign }) => {
  const portfolio = samplePortfolio(locale);
  /** Client and team names are the clients' data, not Vigie's words. */
  const strip = (text: string) =>
    [...portfolio.clients.flatMap((c) => [c.name, ...(c.teams ?? []).map((t) => t.name)])]
      .sort((a, b) => b.length - a.length)
      .reduce((t, d) => t.split(d).join(" "), text);

  it.each([
    ["compare.html", () => htmlText(renderCompareHtml(portfolio))],
    ["the Notion page", () => blockText(renderCompareBlocks(portfolio))],
    ["the terminal", () => compareSummary(portfolio)],
  ])("%s speaks one language", (_, render) => {
    const text = strip(render());
    expect(text.length).toBeGreaterThan(200);
    expect(strangers(text, foreign)).toEqual([]);
    expect(text.match(RAW)?.[0] ?? null).toBeNull();
    for (const id of SIGNAL_IDS) expect(text).not.toContain(id);
  });

  it("compare.csv is the same in both languages: stable column ids, codes and figures only", () => {
    const csv = renderCompareCsv(portfolio);
    expect(csv).toBe(renderCompareCsv(samplePortfolio(locale === "fr" ? "en" : "fr")));
    expect(csv.match(/\(s\)|\bNaN\b|\bundefined\b|\[object|\{[a-z]+\}/)?.[0] ?? null).toBeNull();
    expect(csv.split("\n")[0]).toMatch(/^rank,tenant,name,score,status,change,score_2026-W36,/);
  });
});
