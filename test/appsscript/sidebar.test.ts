import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTenant, validateTenant } from "../../src/core/tenant.js";
import { launchChromium } from "../helpers/services.js";
import { openSidebar, Walkthrough } from "./sidebar-page.js";
import { addonWorld, recentEvents, SERVICE } from "./world.js";

const OUT = join(import.meta.dirname, "../../out/appsscript");
const PAGE_HEX = "0123456789abcdef0123456789abcdef";
const PAGE_ID = "01234567-89ab-cdef-0123-456789abcdef";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(OUT, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

function calendars() {
  const week = (summary: string, days: number[]) => days.map((daysAgo) => ({ summary, daysAgo }));
  return new Map([
    [
      "alice@acme.fr",
      recentEvents([
        ...week("CODIR", [1, 8, 15]),
        ...week("Comité de direction élargi", [20]),
        ...week("Point client Durand", [3]),
      ]),
    ],
    ["bob@acme.fr", recentEvents(week("CODIR", [1, 8]))],
  ]);
}

const fieldError = (page: Page, id: string) => page.locator(`#${id}-err`);
/** The id of the focused element (evaluated in the page, whose DOM types the test does not load). */
const focusedId = (page: Page) =>
  page.evaluate<string>("document.activeElement ? document.activeElement.id : ''");

describe("a new assistant configures Vigie in the sidebar", () => {
  it("fills the form, sees an error, fixes it, tests Notion access, saves a valid tenant.json and runs it, in at most 12 actions", async () => {
    const world = await addonWorld({ locale: "fr", calendars: calendars() });
    world.service.notionAccess.set(PAGE_ID, "Vigie — Acme");
    const page = await openSidebar(browser, world);
    const walk = new Walkthrough(page);
    await walk.fill("#service-url", SERVICE);
    await walk.fill("#tenant-id", "acme-sas");
    await walk.click("#connect");
    await page.locator("label.person").first().waitFor();
    await walk.fill("#f-name", "Acme SAS");
    await walk.choose("#f-ceo", "alice@acme.fr");
    // A new company's form opens with one ritual row to fill.
    await walk.fill("#f-rituals-0--name", "Comité de direction");
    await walk.fill("#f-rituals-0--match", "codir(");
    await expect(fieldError(page, "f-rituals-0--match").textContent()).resolves.toMatch(
      /^expression régulière invalide \(missing closing \): `codir\(`\), reçu "codir\("$/,
    );
    expect(await page.getAttribute("#f-rituals-0--match", "aria-invalid")).toBe("true");
    await walk.fill("#f-rituals-0--match", "codir");
    expect(await fieldError(page, "f-rituals-0--match").textContent()).toBe("");
    // The preview (the CEO's calendar, no one else ticked yet): what the pattern counts, and the look-alike title it would miss.
    await expect.poll(() => page.textContent("#preview-0")).toMatch(/Reconnus \(1\) :CODIR ×3/);
    expect(await page.textContent("#preview-0")).toMatch(/Non reconnus \(1\) :Comité de direction élargi ×1/);
    await walk.fill("#f-output-notion-parentPageId", `https://www.notion.so/acme/Vigie-${PAGE_HEX}?pvs=4`);
    await walk.click('[data-test="page"]');
    await expect.poll(() => page.textContent("#access-page")).toBe("Accès vérifié : Vigie — Acme");
    await walk.click("#save");
    await expect.poll(() => page.textContent("#status")).toBe("Configuration enregistrée.");
    await walk.click("#run-now");
    await expect
      .poll(() => page.textContent("#status"))
      .toBe("Analyse demandée : la page sera prête dans quelques minutes.");
    expect(await page.textContent("#last-run")).toBe("Semaine 2026-W48 : demandée, score —/100");
    // What "test access" said survives the redraws of the save and the run.
    expect(await page.textContent("#access-page")).toBe("Accès vérifié : Vigie — Acme");
    await page.screenshot({ path: join(OUT, "sidebar-fr.png"), fullPage: true });

    expect(walk.steps.length).toBeLessThanOrEqual(12);
    expect(world.service.runs).toEqual(["acme-sas"]);
    expect(world.service.saves).toHaveLength(1);
    const saved = world.service.saves[0];
    expect(validateTenant(saved).ok).toBe(true);
    expect(parseTenant(saved, "tenant.json")).toEqual(
      parseTenant(
        {
          id: "acme-sas",
          name: "Acme SAS",
          timezone: "Europe/Paris",
          locale: "fr",
          ceo: "alice@acme.fr",
          // The first save names its author the company's first admin (the service requires it).
          admins: ["julie@acme.fr"],
          rituals: [
            { id: "comite-de-direction", name: "Comité de direction", match: "codir", cadence: "weekly" },
          ],
          output: { notion: { parentPageId: PAGE_ID } },
          sensitivity: "normal",
          schedule: { day: 1, time: "06:00" },
        },
        "tenant.json",
      ),
    );
    console.info(`walk-through: ${walk.steps.length} actions (${walk.steps.join("; ")})`);
  });

  it("saves nothing while a field is wrong, and says which", async () => {
    const world = await addonWorld({ locale: "fr" });
    const page = await openSidebar(browser, world);
    await page.fill("#service-url", SERVICE);
    await page.fill("#tenant-id", "acme");
    await page.click("#connect");
    await page.locator("#f-name").waitFor();
    // A new company opens with one ritual row; a second one, added and left empty, is wrong too.
    await page.click("#add-ritual");
    await page.fill("#f-sources-notionNotesDataSourceId", "https://www.example.com/pas-notion");
    await page.click("#save");
    await expect
      .poll(() => page.textContent("#status"))
      .toMatch(/champ\(s\) à corriger avant d'enregistrer ; rien n'a été enregistré/);
    expect(await fieldError(page, "f-name").textContent()).toBe("obligatoire");
    expect(await fieldError(page, "f-ceo").textContent()).toBe("obligatoire");
    expect(await fieldError(page, "f-rituals-0--name").textContent()).toMatch(/texte non vide attendu/);
    expect(await fieldError(page, "f-rituals-1--name").textContent()).toMatch(/texte non vide attendu/);
    expect(await fieldError(page, "f-sources-notionNotesDataSourceId").textContent()).toMatch(
      /Lien non reconnu/,
    );
    expect(await focusedId(page)).toBe("f-sources-notionNotesDataSourceId");
    expect(world.service.saves).toEqual([]);
    expect(world.service.tenants.size).toBe(0);
  });

  it("speaks English to an English-speaking user, labels and errors alike", async () => {
    const world = await addonWorld({ locale: "en_GB", calendars: calendars() });
    const page = await openSidebar(browser, world);
    await page.fill("#service-url", SERVICE);
    await page.fill("#tenant-id", "acme");
    await page.click("#connect");
    await page.locator("#f-name").waitFor();
    const labels = await page.locator("label").allTextContents();
    for (const l of [
      "Vigie service URL",
      "Company name",
      "Page language",
      "Time zone",
      "CEO",
      "Drive notes folder (link or id)",
      "Notion parent page (link)",
      "Alert sensitivity",
      "Run day",
    ]) {
      expect(labels).toContain(l);
    }
    expect(await page.getAttribute("html", "lang")).toBe("en");
    // A new company opens with one ritual row.
    await page.fill("#f-rituals-0--match", "(?=codir)");
    await expect(fieldError(page, "f-rituals-0--match").textContent()).resolves.toMatch(
      /^invalid regular expression \(invalid or unsupported Perl syntax/,
    );
    await page.screenshot({ path: join(OUT, "sidebar-en.png"), fullPage: true });
  });

  it("has French labels for a French-speaking user", async () => {
    const world = await addonWorld({ locale: "fr" });
    const page = await openSidebar(browser, world);
    await page.fill("#service-url", SERVICE);
    await page.fill("#tenant-id", "acme");
    await page.click("#connect");
    await page.locator("#f-name").waitFor();
    const labels = await page.locator("label").allTextContents();
    for (const l of [
      "Adresse du service Vigie",
      "Nom de l'entreprise",
      "Langue de la page",
      "Fuseau horaire",
      "Dirigeant·e (CEO)",
      "Dossier Drive des notes (lien ou id)",
      "Sensibilité des alertes",
      "Jour de l'analyse",
    ]) {
      expect(labels).toContain(l);
    }
  });

  it("can be completed with the keyboard alone", async () => {
    const world = await addonWorld({ locale: "en" });
    const page = await openSidebar(browser, world);
    const key = page.keyboard;
    /** Tab forward until the element with this id has the focus (as a keyboard user does). */
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80; i++) {
        if ((await focusedId(page)) === id) return;
        await key.press("Tab");
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo("service-url");
    await key.type(SERVICE);
    await key.press("Tab");
    await key.type("acme-sas");
    await key.press("Tab");
    await key.press("Enter");
    await page.locator("#f-name").waitFor();
    await tabTo("f-name");
    await key.type("Acme SAS");
    await tabTo("f-ceo");
    await key.type("Alice");
    await tabTo("f-rituals-0--name");
    await key.type("CODIR");
    await key.press("Tab");
    await key.type("codir");
    await key.press("Enter");
    await expect.poll(() => page.textContent("#status")).toBe("Configuration saved.");
    expect(world.service.tenants.get("acme-sas")).toMatchObject({
      ceo: "alice@acme.fr",
      locale: "en",
      rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
    });
  });

  it("shows the last run, opens its page, runs now and tests Notion access", async () => {
    const world = await addonWorld({ locale: "en" });
    const tenant = parseTenant(
      {
        id: "acme",
        name: "Acme",
        timezone: "Europe/Paris",
        locale: "en",
        ceo: "alice@acme.fr",
        rituals: [],
        assistants: ["julie@acme.fr"],
      },
      "tenant.json",
    );
    world.service.tenants.set("acme", tenant);
    world.service.lastRuns.set("acme", {
      week: "2026-W47",
      status: "ok",
      score: 72,
      pageUrl: "https://www.notion.so/Vigie-2026-W47-0123456789abcdef0123456789abcdef",
      finishedAt: "2026-11-23T06:04:00Z",
      error: null,
    });
    world.service.notionAccess.set(
      "0123456789abcdef0123456789abcdef".replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-"),
      "Vigie",
    );
    world.addon.properties.user.setProperty("VIGIE_SERVICE_URL", SERVICE);
    world.addon.properties.user.setProperty("VIGIE_TENANT_ID", "acme");
    const page = await openSidebar(browser, world);
    await expect.poll(() => page.textContent("#last-run")).toBe("Week 2026-W47: done, score 72/100");
    expect(await page.getAttribute("#open-page", "href")).toMatch(/^https:\/\/www\.notion\.so\//);
    await page.fill(
      "#f-output-notion-parentPageId",
      "https://www.notion.so/acme/Vigie-0123456789abcdef0123456789abcdef?pvs=4",
    );
    await page.click('[data-test="page"]');
    await expect.poll(() => page.textContent("#access-page")).toBe("Access checked: Vigie");
    await page.fill(
      "#f-sources-notionNotesDataSourceId",
      "https://www.notion.so/acme/ffffffffffffffffffffffffffffffff",
    );
    await page.click('[data-test="dataSource"]');
    await expect
      .poll(() => page.textContent("#access-dataSource"))
      .toBe("No access: it is not shared with the Vigie integration (Share → Connections).");
    await page.click("#run-now");
    await expect.poll(() => page.textContent("#last-run")).toBe("Week 2026-W48: queued, score —/100");
    expect(world.service.runs).toEqual(["acme"]);
    // The week done since: asking again says so, and nothing more is run.
    world.service.lastRuns.set("acme", {
      week: "2026-W48",
      status: "ok",
      score: 70,
      pageUrl: "https://www.notion.so/Vigie-2026-W48-0123456789abcdef0123456789abcdef",
      finishedAt: "2026-11-30T06:04:00Z",
      error: null,
    });
    await page.click("#run-now");
    await expect
      .poll(() => page.textContent("#status"))
      .toBe("Week 2026-W48 is already done: its page is up to date.");
    expect(await page.textContent("#last-run")).toBe("Week 2026-W48: done, score 70/100");
    expect(world.service.runs).toEqual(["acme"]);
  });
});
