/**
 * The sidebar in real Chromium, its google.script.run stubbed by a bridge to the add-on's
 * server side running against the Apps Script fakes (test/fakes/appsscript): what the page
 * sends is what the server functions receive, and their answers (or errors) come back to the
 * success and failure handlers as Apps Script delivers them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { AddonTestWorld } from "./world.js";

const STUB = `
(() => {
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === "withSuccessHandler") return (f) => runner(f, fail);
      if (name === "withFailureHandler") return (f) => runner(ok, f);
      return (...args) => {
        window.__gasCall(String(name), JSON.stringify(args)).then((r) => {
          if (r.ok) ok && ok(r.value);
          else fail && fail(new Error(r.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();`;

export async function openSidebar(browser: Browser, world: AddonTestWorld, width = 300): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.exposeFunction("__gasCall", (name: string, args: string) => {
    try {
      return { ok: true, value: world.addon.call(name, ...(JSON.parse(args) as unknown[])) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  });
  // A script error in the sidebar fails the test at once instead of leaving it to time out.
  page.on("pageerror", (e) => {
    throw new Error(`sidebar script error: ${e.message}`);
  });
  await page.addInitScript(STUB);
  // Served from a URL (as HtmlService does) so the stub is in place before the page's script runs.
  const html = readFileSync(join(world.build.dir, "Sidebar.html"), "utf8");
  await page.route("https://sidebar.addon.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: html }),
  );
  await page.goto("https://sidebar.addon.test/");
  return page;
}

/** Counts what a user does: each fill, click, choice or key press that moves the form on. */
export class Walkthrough {
  readonly steps: string[] = [];
  constructor(private readonly page: Page) {}

  async fill(selector: string, text: string): Promise<void> {
    this.steps.push(`fill ${selector}`);
    await this.page.fill(selector, text);
  }
  async click(selector: string): Promise<void> {
    this.steps.push(`click ${selector}`);
    await this.page.click(selector);
  }
  async choose(selector: string, value: string): Promise<void> {
    this.steps.push(`choose ${selector}`);
    await this.page.selectOption(selector, value);
  }
}
