/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeComparison } from "../../../src/writers/compare/write.js";
import { fullyVisible, MIN_TEXT_PX, measurePage, openPage, VIEWPORTS } from "../../helpers/page-checks.js";
import { launchChromium } from "../../helpers/services.js";
import { samplePortfolio } from "./sample-portfolio.js";

const ROOT = join(import.meta.dirname, "../../..");
const SHOTS = join(ROOT, "out/screenshots");

/** Each client's name and score as laid out: shown, whole (not cut), and at a readable size. */
async function clientLegibility(page: Page) {
  return page.evaluate((minPx) => {
    return [...document.querySelectorAll("table.clients tbody tr")].map((tr) => {
      const name = tr.querySelector(".client-name");
      const score = tr.querySelector(".score");
      const readable = (el: Element | null) =>
        !!el &&
        el.checkVisibility() &&
        el.scrollWidth <= el.clientWidth + 1 &&
        Number.parseFloat(getComputedStyle(el).fontSize) >= minPx &&
        el.getBoundingClientRect().right <= window.innerWidth;
      return { name: name?.textContent ?? "", readable: readable(name) && readable(score) };
    });
  }, MIN_TEXT_PX);
}

describe.each(["fr", "en"] as const)("compare.html (%s) with 20 clients in Chromium", (locale) => {
  const portfolio = samplePortfolio(locale);
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), "vigie-compare-page-"));
    await writeComparison(out, portfolio);
    file = join(out, "compare.html");
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(VIEWPORTS))(
    "reads at %s width (%i px): no overflow, every client legible",
    async (_, width) => {
      const shot = join(SHOTS, `compare-${locale}-${width}.png`);
      const page = await openPage(browser, file, width, shot);
      const m = await measurePage(page);
      console.info(`compare ${locale} @${width}px: height ${m.height} px, screenshot ${shot}`);
      expect(m.overflowing).toEqual([]);
      expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      expect(m.clippedCells).toEqual([]);
      expect(m.smallText).toEqual([]);
      expect(await fullyVisible(page, "table.heatmap")).toBe(true);
      const clients = await clientLegibility(page);
      expect(clients.map((c) => c.name)).toEqual(portfolio.clients.map((c) => `${c.rank}. ${c.name}`));
      expect(clients.filter((c) => !c.readable)).toEqual([]);
      await page.close();
    },
  );
});
