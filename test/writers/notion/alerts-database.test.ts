import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertsTarget } from "../../../src/writers/notion/alerts-database.js";
import { propertyNames } from "../../../src/writers/notion/alerts-schema.js";
import { upsertAlerts } from "../../../src/writers/notion/alerts-writer.js";
import { type NotionFake, startNotionFake } from "../../fakes/notion/index.js";
import { testClient, testUpstream } from "../../sources/notion/live/harness.js";
import { sampleReport } from "../sample-report.js";
import { PARENT, TENANT, TOKEN, WEEK, WORKSPACE } from "./setup.js";

let fake: NotionFake;
beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

describe("the alerts database when only a parent page is given", () => {
  it("is created once under the parent, in the tenant's language, and found again", async () => {
    const notion = testClient(fake.url, TOKEN);
    const first = await alertsTarget(notion, testUpstream(), {
      parentPageId: PARENT,
      dataSourceId: null,
      locale: "fr",
    });
    expect(first.created).toBe(true);
    const again = await alertsTarget(testClient(fake.url, TOKEN), testUpstream(), {
      parentPageId: PARENT,
      dataSourceId: null,
      locale: "fr",
    });
    expect(again).toEqual({ ...first, created: false });
    const databases = fake.store.blockTree(PARENT).filter((t) => t.block.type === "child_database");
    expect(databases.map((t) => (t.block.child_database as { title: string }).title)).toEqual([
      "Alertes Vigie",
    ]);
    const source = fake.store.dataSources.get(first.dataSourceId);
    expect(Object.keys(source?.properties ?? {}).sort()).toEqual(Object.values(propertyNames("fr")).sort());
    expect(first.url).toMatch(/^https:\/\/www\.notion\.so\/[0-9a-f]{32}$/);

    const { created } = await upsertAlerts(notion, testUpstream(), {
      dataSourceId: first.dataSourceId,
      tenant: TENANT,
      week: WEEK,
      report: sampleReport("fr"),
      pageUrl: null,
    });
    expect(created).toBe(6);
  });
});

describe("the technical key column of the alerts database", () => {
  const keyId = (dataSourceId: string): string => {
    const source = fake.store.dataSources.get(dataSourceId);
    const key = source?.properties[propertyNames("en").key];
    if (!key) throw new Error("no key property");
    return key.id;
  };
  const tableViews = (dataSourceId: string) =>
    [...fake.store.views.values()].filter((v) => v.data_source_id === dataSourceId && v.type === "table");
  const shown = (config: unknown) =>
    ((config as { properties: { property_id: string; visible?: boolean }[] }).properties ?? []).filter(
      (p) => p.visible !== false,
    );

  it("is hidden from the table view of the database Vigie creates; every other column stays visible", async () => {
    const target = await alertsTarget(testClient(fake.url, TOKEN), testUpstream(), {
      parentPageId: PARENT,
      dataSourceId: null,
      locale: "en",
    });
    const [view, ...more] = tableViews(target.dataSourceId);
    expect(more).toEqual([]);
    const visible = shown(view?.configuration).map((p) => p.property_id);
    expect(visible).not.toContain(keyId(target.dataSourceId));
    expect(visible.length).toBe(Object.keys(propertyNames("en")).length - 1);
    expect(fake.requests.byRoute["PATCH /v1/views/{id}"] ?? 0).toBe(1);
  });

  it("is not touched in a database the tenant set up and named", async () => {
    const made = await alertsTarget(testClient(fake.url, TOKEN), testUpstream(), {
      parentPageId: PARENT,
      dataSourceId: null,
      locale: "en",
    });
    const [view] = tableViews(made.dataSourceId);
    if (!view) throw new Error("no view");
    view.configuration = {
      type: "table",
      properties: [{ property_id: keyId(made.dataSourceId), visible: true }],
    };
    const before = fake.requests.byRoute["PATCH /v1/views/{id}"] ?? 0;
    await alertsTarget(testClient(fake.url, TOKEN), testUpstream(), {
      parentPageId: PARENT,
      dataSourceId: made.dataSourceId,
      locale: "en",
    });
    expect(fake.requests.byRoute["PATCH /v1/views/{id}"] ?? 0).toBe(before);
    expect(shown(view.configuration).length).toBe(1);
  });

  it("is answered by the fake as the views reference says: a wrong type or unknown property is a validation_error", async () => {
    const notion = testClient(fake.url, TOKEN);
    const made = await alertsTarget(notion, testUpstream(), {
      parentPageId: PARENT,
      dataSourceId: null,
      locale: "en",
    });
    const [view] = tableViews(made.dataSourceId);
    if (!view) throw new Error("no view");
    await expect(
      notion.views.update({ view_id: view.id, configuration: { type: "board" } as never }),
    ).rejects.toMatchObject({ code: "validation_error" });
    await expect(
      notion.views.update({
        view_id: view.id,
        configuration: { type: "table", properties: [{ property_id: "nope", visible: false }] },
      }),
    ).rejects.toMatchObject({ code: "validation_error" });
    const renamed = await notion.views.update({ view_id: view.id, name: "Open alerts" });
    expect(renamed).toMatchObject({ name: "Open alerts", type: "table" });
    expect(shown((renamed as { configuration: unknown }).configuration).length).toBe(8);
  });
});
