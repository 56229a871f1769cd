import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { validateTenant } from "../../src/core/tenant.js";
import { addonWorld, builtAddon, calendarIds, recentEvents, SERVICE } from "./world.js";

const TENANT = {
  id: "acme",
  name: "Acme SAS",
  timezone: "Europe/Paris",
  locale: "fr",
  ceo: "alice@acme.fr",
  admins: ["julie@acme.fr"],
  rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
};

/** What google.script.run's failure handler would receive. */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the call to fail");
}

describe("the pushable project (npm run build:addon)", () => {
  it("is a classic script with the functions Apps Script and the sidebar call declared at top level", async () => {
    const build = await builtAddon();
    const code = readFileSync(join(build.dir, "Code.js"), "utf8");
    // A classic script: `import`/`export` would not even parse here.
    expect(() => new Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const expected = [
      "onOpen",
      "onInstall",
      "showSidebar",
      "loadSidebar",
      "connectService",
      "listPeople",
      "recentTitles",
      "saveConfig",
      "runNow",
      "testNotion",
      "connectNotion",
    ];
    for (const f of expected) expect(code).toMatch(new RegExp(`^function ${f}\\(`, "m"));
    expect(build.files.sort()).toEqual(["Code.js", "Sidebar.html", "appsscript.json"]);
  });

  it("holds no secret and no machine path", async () => {
    const build = await builtAddon();
    for (const f of build.files) {
      const text = readFileSync(join(build.dir, f), "utf8");
      expect(text).not.toMatch(/ntn_|secret_|BEGIN PRIVATE KEY|\/work\/|\/home\//);
    }
  });
});

describe("the add-on menu and sidebar", () => {
  it("adds its menu in the user's language, in Docs and in Sheets", async () => {
    const docs = await addonWorld({ locale: "fr", container: "docs" });
    docs.addon.call("onOpen", { authMode: "NONE" });
    expect(docs.addon.ui.menus).toEqual([
      { items: [{ caption: "Configurer Vigie", functionName: "showSidebar" }] },
    ]);
    const sheets = await addonWorld({ locale: "en_GB", container: "sheets" });
    sheets.addon.call("onInstall", {});
    expect(sheets.addon.ui.menus[0]?.items[0]?.caption).toBe("Configure Vigie");
  });

  it("opens the sidebar page from the project", async () => {
    const { addon } = await addonWorld({});
    addon.call("showSidebar");
    expect(addon.ui.sidebars[0]?.getTitle()).toBe("Vigie");
    expect(addon.ui.sidebars[0]?.getContent()).toContain('<main id="app">');
  });
});

describe("talking to the service", () => {
  it("asks for the service URL before calling anything", async () => {
    const { addon } = await addonWorld({});
    const state = addon.call("loadSidebar") as { lang: string; serviceUrl: string | null; tenant: unknown };
    expect(state).toMatchObject({ lang: "fr", serviceUrl: null, tenant: null, timezone: "Europe/Paris" });
    expect(addon.urlFetch.requests).toEqual([]);
    expect(failure(() => addon.call("runNow"))).toBe("Saisissez d'abord l'adresse du service Vigie.");
  });

  it("refuses a URL that is not https, and keeps a good one for the user", async () => {
    const { addon } = await addonWorld({ locale: "en" });
    expect(failure(() => addon.call("connectService", "http://vigie.example.com", "acme"))).toMatch(
      /must start with https/,
    );
    expect(failure(() => addon.call("connectService", `${SERVICE}?token=x`, "acme"))).toMatch(
      /must start with https/,
    );
    addon.call("connectService", `${SERVICE}/`, "acme");
    expect(addon.properties.user.getProperty("VIGIE_SERVICE_URL")).toBe(SERVICE);
    expect(addon.properties.script.getKeys()).toEqual([]);
    expect(failure(() => addon.call("connectService", SERVICE, "../../x"))).toMatch(
      /^Enter the company identifier/,
    );
  });

  it("sends the user's Google identity token, and nothing else that could be a secret", async () => {
    const { addon } = await addonWorld({});
    addon.call("connectService", SERVICE, "acme");
    const [req] = addon.urlFetch.requests;
    expect(req?.headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Object.keys(req?.headers ?? {}).sort()).toEqual(["Accept", "Authorization"]);
  });

  it("says to accept the permissions when Google gives no identity token (openid not granted)", async () => {
    const { addon } = await addonWorld({ openid: false, locale: "en" });
    expect(failure(() => addon.call("connectService", SERVICE, "acme"))).toMatch(
      /did not give an identity token/,
    );
  });

  it("explains, in French, that the account may not configure the company", async () => {
    const { addon, service } = await addonWorld({ email: "intrus@acme.fr", firstAdmins: ["it@acme.fr"] });
    expect(failure(() => addon.call("connectService", SERVICE, "acme"))).toMatch(
      /^Votre compte ne peut pas configurer/,
    );
    expect(service.saves).toEqual([]);
  });

  it("says the service is unreachable, with the reason", async () => {
    const { addon } = await addonWorld({ locale: "en" });
    expect(failure(() => addon.call("connectService", "https://nowhere.example.net", "acme"))).toMatch(
      /^The Vigie service cannot be reached \(DNS error: https:\/\/nowhere\.example\.net\/config\?tenant=acme\)/,
    );
  });
});

describe("saving the configuration", () => {
  it("returns the schema's issues by field and stores nothing when the tenant is invalid", async () => {
    const { addon, service } = await addonWorld({});
    addon.call("connectService", SERVICE, "acme");
    const bad = {
      ...TENANT,
      ceo: "alice",
      rituals: [{ id: "codir", name: "CODIR", match: "codir(", cadence: "weekly" }],
    };
    const result = addon.call("saveConfig", bad) as { ok: boolean; issues: { path: string }[] };
    expect(result.ok).toBe(false);
    const local = validateTenant(bad);
    expect(result.issues).toEqual(local.ok ? [] : local.issues);
    expect(result.issues.map((i) => i.path).sort()).toEqual(["ceo", "rituals[0].match"]);
    expect(service.tenants.size).toBe(0);
  });

  it("refuses a tenant whose id is not the company's, naming the field", async () => {
    const { addon, service } = await addonWorld({ locale: "en" });
    addon.call("connectService", SERVICE, "acme");
    const result = addon.call("saveConfig", { ...TENANT, id: "other" }) as { ok: boolean; issues: unknown[] };
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "id", message: { en: 'expected "acme", got "other"', fr: '« acme » attendu, reçu "other"' } },
      ],
    });
    expect(service.tenants.size).toBe(0);
  });

  it("saves a valid tenant, remembers it, and finds it again on the next opening", async () => {
    const { addon, service } = await addonWorld({});
    addon.call("connectService", SERVICE, "acme");
    const result = addon.call("saveConfig", TENANT) as {
      ok: boolean;
      tenant: { id: string; schedule: unknown };
    };
    expect(result.ok).toBe(true);
    expect(service.tenants.get("acme")?.schedule).toEqual({ day: 1, time: "06:00" });
    expect(service.tenants.get("acme")?.name).toBe("Acme SAS");
    expect(addon.urlFetch.requests.at(-1)).toMatchObject({
      method: "PUT",
      url: `${SERVICE}/config?tenant=acme`,
      contentType: "application/json",
    });
    expect(addon.properties.user.getProperty("VIGIE_TENANT_ID")).toBe("acme");
    const again = addon.call("loadSidebar") as { tenant: { id: string }; role: string };
    expect(again.tenant.id).toBe("acme");
    expect(again.role).toBe("admin");
    expect(addon.urlFetch.requests.at(-1)?.url).toBe(`${SERVICE}/config?tenant=acme`);
  });

  it("saving the same tenant twice leaves one tenant, unchanged", async () => {
    const { addon, service } = await addonWorld({});
    addon.call("connectService", SERVICE, "acme");
    addon.call("saveConfig", TENANT);
    const first = structuredClone(service.tenants.get("acme"));
    addon.call("saveConfig", TENANT);
    expect(service.tenants.size).toBe(1);
    expect(service.tenants.get("acme")).toEqual(first);
  });

  it("runs now, tests Notion access and starts the Notion connection for the saved tenant", async () => {
    const { addon, service } = await addonWorld({ locale: "en" });
    addon.call("connectService", SERVICE, "acme");
    expect(failure(() => addon.call("runNow"))).toBe(
      "Save the configuration first: there is nothing to run yet.",
    );
    addon.call("saveConfig", TENANT);
    expect(addon.call("runNow")).toMatchObject({ outcome: "queued", run: { status: "queued" } });
    expect(service.runs).toEqual(["acme"]);
    service.notionAccess.set("0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9", "Notes CODIR");
    expect(addon.call("testNotion", "dataSource", "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9")).toEqual({
      ok: true,
      title: "Notes CODIR",
    });
    expect(addon.call("testNotion", "page", "11111111-2222-3333-4444-555555555555")).toMatchObject({
      ok: false,
    });
    expect(addon.call("connectNotion")).toMatch(
      /^https:\/\/api\.notion\.com\/v1\/oauth\/authorize\?.*state=acme/,
    );
  });
});

describe("directory and calendars", () => {
  it("lists the directory's people with their team, through every page", async () => {
    const many = Array.from({ length: 730 }, (_, i) => ({
      kind: "admin#directory#user",
      primaryEmail: `p${String(i).padStart(3, "0")}@acme.fr`,
      name: { fullName: `Person ${i}` },
      organizations: [{ department: i % 2 ? "Ventes" : "Tech", primary: true }],
    }));
    const { addon } = await addonWorld({ users: many });
    const people = addon.call("listPeople") as { email: string; team: string }[];
    expect(people).toHaveLength(730);
    expect(people[1]).toEqual({ email: "p001@acme.fr", name: "Person 1", team: "Ventes" });
    expect(addon.directory.calls.map((c) => c.pageToken ?? null)).toEqual([null, "500"]);
    expect(addon.directory.calls[0]).toMatchObject({ customer: "my_customer", viewType: "domain_public" });
  });

  it("reads the workspace's directory users as the Admin SDK returns them", async () => {
    const { addon } = await addonWorld({});
    const people = addon.call("listPeople") as { email: string; name: string; team: string | null }[];
    expect(people.map((p) => p.email)).toEqual(calendarIds().sort());
    expect(people[0]).toMatchObject({ email: "alice@acme.fr", name: "Alice Martin", team: "Direction" });
  });

  it("gives recent titles by frequency, leaving private and cancelled events out and naming unreadable calendars", async () => {
    const calendars = new Map([
      [
        "alice@acme.fr",
        recentEvents([
          { summary: "CODIR", daysAgo: 2 },
          { summary: "CODIR", daysAgo: 9 },
          { summary: "Médecin", daysAgo: 3, visibility: "private" },
          { summary: "Rétro sprint", daysAgo: 4, status: "cancelled" },
          { summary: "Old CODIR", daysAgo: 80 },
        ]),
      ],
      [
        "bob@acme.fr",
        recentEvents([
          { summary: "CODIR", daysAgo: 2 },
          { summary: "Point Ventes", daysAgo: 1 },
        ]),
      ],
    ]);
    const { addon } = await addonWorld({ calendars });
    const result = addon.call("recentTitles", ["alice@acme.fr", "bob@acme.fr", "ghost@acme.fr"]);
    expect(result).toEqual({
      titles: [
        { title: "CODIR", count: 3 },
        { title: "Point Ventes", count: 1 },
      ],
      unreadable: ["ghost@acme.fr"],
    });
  });
});
