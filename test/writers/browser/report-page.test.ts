import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../../../src/cli/io.js";
import { main } from "../../../src/cli/main.js";
import { fullyVisible, measurePage, openPage, VIEWPORTS } from "../../helpers/page-checks.js";
import { launchChromium } from "../../helpers/services.js";

const ROOT = join(import.meta.dirname, "../../..");
const SHOTS = join(ROOT, "out/screenshots");

/** Tallest the weekly page may be at 1280 px, details folded: about three screens. */
const MAX_DESKTOP_HEIGHT = 3_000;
/** On a phone the page is narrower, so taller: about seven screens. */
const MAX_PHONE_HEIGHT = 6_000;

const PAGES = [
  { name: "demo-fr", workspace: "fixtures/demo", week: "2026-W47" },
  { name: "scenario-en", workspace: "fixtures/scenarios/missing-decisions-org-en", week: null },
] as const;

describe.each(PAGES)("report.html of $name in Chromium", ({ name, workspace, week }) => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), "vigie-page-"));
    const args = ["analyze", "--workspace", join(ROOT, workspace), "--out", out, "--quiet"];
    expect(await main(week ? [...args, "--week", week] : args, memoryIo({ cwd: ROOT }))).toBe(0);
    file = join(out, "report.html");
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(VIEWPORTS))("reads at %s width (%i px) without overflow", async (label, width) => {
    const shot = join(SHOTS, `${name}-${width}.png`);
    const page = await openPage(browser, file, width, shot);
    const m = await measurePage(page);
    console.info(`${name} @${width}px: height ${m.height} px, ${m.words} words, screenshot ${shot}`);
    expect(m.overflowing).toEqual([]);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
    expect(m.clippedCells).toEqual([]);
    expect(m.smallText).toEqual([]);
    expect(await fullyVisible(page, "table.grid")).toBe(true);
    expect(m.height).toBeLessThan(label === "desktop" ? MAX_DESKTOP_HEIGHT : MAX_PHONE_HEIGHT);
    await page.close();
  });
});
