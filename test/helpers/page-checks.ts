/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Layout checks of a rendered page in a real browser, shared by every page Vigie writes (the
 * weekly page, the consultant comparison): what a reader would notice on a laptop or a phone.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Browser, Page } from "playwright-core";

/** Widths the pages are checked at: a laptop and a phone (iPhone 12–15 CSS width). */
export const VIEWPORTS = { desktop: 1280, phone: 390 } as const;

/** Smallest text a reader should be asked to read, in CSS pixels. */
export const MIN_TEXT_PX = 12;

export interface PageMeasure {
  innerWidth: number;
  scrollWidth: number;
  /** Full document height, in CSS pixels. */
  height: number;
  /** Words of visible text (folded details excluded). */
  words: number;
  /** Table cells whose content is cut, or that lie outside the visible part of their table. */
  clippedCells: string[];
  /** Visible text smaller than MIN_TEXT_PX: "12px 'S47'"-like descriptions. */
  smallText: string[];
  /** Elements wider than the viewport (the usual culprits of a horizontal scroll). */
  overflowing: string[];
}

/** Everything measured in one pass inside the page (the function is serialised to the browser). */
function measureInPage(minPx: number): PageMeasure {
  const describe = (el: Element): string => {
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""} "${text}"`;
  };
  const shown = (el: Element): boolean => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const vw = window.innerWidth;
  const clippedCells: string[] = [];
  for (const cell of document.querySelectorAll("td, th")) {
    if (!shown(cell)) continue;
    const box = cell.getBoundingClientRect();
    const cut = cell.scrollWidth > cell.clientWidth + 1;
    let hidden = box.right > vw + 0.5 || box.left < -0.5;
    for (let p = cell.parentElement; p && !hidden; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX !== "visible") {
        const clip = p.getBoundingClientRect();
        hidden = box.right > clip.right + 0.5 || box.left < clip.left - 0.5;
      }
    }
    if (cut || hidden) clippedCells.push(describe(cell));
  }
  const smallText: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = (node.textContent ?? "").trim();
    if (!el || !text || !shown(el)) continue;
    words += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    let px = Number.parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest("svg");
    if (svg instanceof SVGSVGElement) px *= svg.getScreenCTM()?.a ?? 1;
    if (px < minPx - 0.05) smallText.push(`${px.toFixed(1)}px "${text.slice(0, 30)}"`);
  }
  const overflowing = [...document.body.querySelectorAll("*")]
    .filter((el) => shown(el) && el.getBoundingClientRect().right > vw + 0.5)
    .slice(0, 10)
    .map(describe);
  return {
    innerWidth: vw,
    scrollWidth: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    words,
    clippedCells,
    smallText,
    overflowing,
  };
}

/** Measures the page as it is laid out now. */
export async function measurePage(page: Page): Promise<PageMeasure> {
  return page.evaluate(measureInPage, MIN_TEXT_PX);
}

/** True when every cell of `selector`'s table lies inside the viewport and inside its scroller. */
export async function fullyVisible(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const table = document.querySelector(sel);
    if (!table) return false;
    const vw = window.innerWidth;
    const box = table.getBoundingClientRect();
    if (box.left < -0.5 || box.right > vw + 0.5) return false;
    for (let p = table.parentElement; p; p = p.parentElement) {
      if (p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).overflowX !== "visible") return false;
    }
    return true;
  }, selector);
}

/** Opens `html` (a file on disk) at `width` CSS pixels and saves a full-page screenshot. */
export async function openPage(browser: Browser, file: string, width: number, screenshot: string) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`file://${file}`);
  await mkdir(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  return page;
}
