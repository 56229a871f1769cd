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
