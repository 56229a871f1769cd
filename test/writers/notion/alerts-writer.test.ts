import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/errors.js";
import type { Report } from "../../../src/core/report.js";
import { propertyNames } from "../../../src/writers/notion/alerts-schema.js";
import { upsertAlerts } from "../../../src/writers/notion/alerts-writer.js";
import { type NotionFake, startNotionFake } from "../../fakes/notion/index.js";
import { testClient, testUpstream } from "../../sources/notion/live/harness.js";
import { sampleReport } from "../sample-report.js";
import { ALERTS_DS, createAlertsSource, PARENT, TENANT, TOKEN, WEEK, WORKSPACE } from "./setup.js";

let fake: NotionFake;
beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

const PAGE_URL = "https://www.notion.so/abc";

async function upsert(
  report: Report = sampleReport("fr"),
  week = WEEK,
  pageUrl = PAGE_URL,
  knownRows?: ReadonlyMap<string, string>,
) {
  const upstream = testUpstream();
  const { rows: written, ...result } = await upsertAlerts(testClient(fake.url, TOKEN), upstream, {
    dataSourceId: ALERTS_DS,
    tenant: TENANT,
    week,
    report,
    pageUrl,
    ...(knownRows ? { knownRows } : {}),
  });
  return { result, written, requests: upstream.requests };
}

const PATCH = "PATCH /v1/pages/{id}";
const statusValue = (type: "status" | "select", name: string) =>
  type === "status" ? { status: { name } } : { select: { name } };

const N = propertyNames("fr");
const rows = () => fake.store.pagesIn(ALERTS_DS).filter((p) => !p.in_trash);
const prop = (row: ReturnType<typeof rows>[number], name: string) => {
  const v = row.properties[name] as Record<string, unknown>;
  const value = v[v.type as string];
  if (Array.isArray(value)) return value.map((t: { plain_text: string }) => t.plain_text).join("");
  return value && typeof value === "object" ? (value as { name: string }).name : value;
};
const byKey = (key: string) => rows().find((r) => String(prop(r, N.key)).split("#")[0] === key);

describe.each(["status", "select"] as const)("upsertAlerts (Status as %s)", (statusType) => {
  beforeEach(() => {
    createAlertsSource(fake, statusType);
  });

  it("returns each alert's row id; given those ids, a re-run updates the rows a person re-keyed", async () => {
    const first = await upsert();
    const ids = new Map(first.written.map((r) => [`${r.signal}|${r.scope}`, r.rowId]));
    expect([...ids.values()].sort()).toEqual(
      rows()
        .map((r) => r.id)
        .sort(),
    );
    const target = rows().find((r) => r.id === ids.get("meeting_inflation|team:Ventes"));
    if (!target) throw new Error("no row for meeting_inflation|team:Ventes");
    target.properties[N.key] = {
      id: "key",
      type: "rich_text",
      rich_text: [{ type: "text", text: { content: "edited by hand" }, plain_text: "edited by hand" }],
    };
    const again = await upsert(sampleReport("fr"), WEEK, PAGE_URL, ids);
    expect(again.result).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
    expect(rows()).toHaveLength(6);
    expect(again.written).toEqual(first.written);
    expect(byKey(`${TENANT.id}|${WEEK}|meeting_inflation|team:Ventes`)?.id).toBe(target.id);
  });

  it("falls back to the key when a kept row id is gone", async () => {
    const first = await upsert();
    const ids = new Map(first.written.map((r) => [`${r.signal}|${r.scope}`, r.rowId]));
    ids.set("meeting_inflation|team:Ventes", "00000000-0000-4000-8000-000000000000");
    const again = await upsert(sampleReport("fr"), WEEK, PAGE_URL, ids);
    expect(again.result).toMatchObject({ created: 0, unchanged: 6 });
    expect(again.written).toEqual(first.written);
  });

  it("creates one row per alert, then leaves them alone on a re-run without duplicates", async () => {
    const first = await upsert();
    expect(first.result).toEqual({ created: 6, updated: 0, unchanged: 0, resolved: 0 });
    const patches = fake.requests.byRoute[PATCH] ?? 0;
    const again = await upsert();
    expect(again.result).toEqual({ created: 0, updated: 0, unchanged: 6, resolved: 0 });
    expect((fake.requests.byRoute[PATCH] ?? 0) - patches).toBe(0);
    expect(rows()).toHaveLength(6);
    const row = byKey(`${TENANT.id}|${WEEK}|meeting_inflation|team:Ventes`);
    expect(
      row && [
        prop(row, N.name),
        prop(row, N.signal),
        prop(row, N.scope),
        prop(row, N.severity),
        prop(row, N.status),
        prop(row, N.score),
        prop(row, N.page),
      ],
    ).toEqual([
      "Inflation des réunions — Équipe Ventes",
      "Inflation des réunions",
      "Équipe Ventes",
      "Alerte",
      "Ouverte",
      34,
      PAGE_URL,
    ]);
    expect(row?.properties[N.week]).toMatchObject({
      type: "date",
      date: { start: "2026-11-16", end: "2026-11-22" },
    });
    // Schema check, one query, and one write per new alert; none for rows already up to date.
    expect(first.requests).toBe(2 + 6);
    expect(again.requests).toBe(2);
  });

  it("updates only the rows whose properties changed, and never their status", async () => {
    await upsert();
    const notion = testClient(fake.url, TOKEN);
    const acked = byKey(`${TENANT.id}|${WEEK}|ceo_escalation|org`);
    await notion.pages.update({
      page_id: acked?.id ?? "",
      properties: { [N.status]: statusValue(statusType, "Prise en compte") },
    });
    const next = sampleReport("fr");
    const [one, two] = next.alerts;
    if (!one || !two) throw new Error("Expected two alerts in the sample report");
    one.score += 10;
    two.summary = `${two.summary} (révisé)`;
    const patches = fake.requests.byRoute[PATCH] ?? 0;
    const { result, requests } = await upsert(next);
    expect(result).toEqual({ created: 0, updated: 2, unchanged: 4, resolved: 0 });
    // Schema, query; per changed row: its properties, a listing, an append and the old blocks deleted.
    expect(requests).toBeGreaterThan(2 + 2 * 3);
    expect((fake.requests.byRoute[PATCH] ?? 0) - patches).toBe(2);
    const changedOne = byKey(`${TENANT.id}|${WEEK}|${one.signal}|${one.scope}`);
    const changedTwo = byKey(`${TENANT.id}|${WEEK}|${two.signal}|${two.scope}`);
    expect(changedOne && prop(changedOne, "Score")).toBe(Math.round(one.score));
    expect(
      changedTwo &&
        fake.store
          .childrenOf(changedTwo.id)
          .map((b) => JSON.stringify(b))
          .join(""),
    ).toContain("(révisé)");
    expect(prop(byKey(`${TENANT.id}|${WEEK}|ceo_escalation|org`) as never, N.status)).toBe("Prise en compte");
    // A page URL that changed is a change too.
    const moved = await upsert(next, WEEK, "https://www.notion.so/def");
    expect(moved.result).toEqual({ created: 0, updated: 6, unchanged: 0, resolved: 0 });
    expect(rows()).toHaveLength(6);
  });

  it("keeps a status a person set, and resolves an alert that cleared", async () => {
    await upsert();
    const notion = testClient(fake.url, TOKEN);
    const acked = byKey(`${TENANT.id}|${WEEK}|ceo_escalation|org`);
    await notion.pages.update({
      page_id: acked?.id ?? "",
      properties: { [N.status]: statusValue(statusType, "Prise en compte") },
    });
    const next = sampleReport("fr");
    next.alerts = next.alerts.filter((a) => a.signal !== "silo");
    const { result } = await upsert(next, "2026-W48");
    expect(result).toEqual({ created: 5, updated: 0, unchanged: 0, resolved: 1 });
    expect(prop(byKey(`${TENANT.id}|${WEEK}|silo|org`) as never, N.status)).toBe("Résolue");
    expect(prop(acked as never, N.status)).toBe("Prise en compte");
    expect(prop(byKey(`${TENANT.id}|${WEEK}|missing_decisions|org`) as never, N.status)).toBe("Ouverte");
    await upsert(next, "2026-W48");
    expect(prop(byKey(`${TENANT.id}|${WEEK}|ceo_escalation|org`) as never, N.status)).toBe("Prise en compte");
    expect(rows()).toHaveLength(11);
  });
});

describe("alert rows as a reader sees them", () => {
  it("hold the finding, the evidence and the action in their body, in the tenant's language", async () => {
    createAlertsSource(fake);
    await upsert();
    const row = byKey(`${TENANT.id}|${WEEK}|meeting_inflation|team:Ventes`);
    const body = fake.store.blockTree(row?.id ?? "").map((t) => JSON.stringify(t.block));
    const text = body.join("\n");
    expect(text).toContain("L'équipe Ventes passe 16 h par personne en réunion");
    expect(text).toContain("Éléments observés");
    expect(text).toContain("Compte rendu CODIR");
    expect(text).toContain("Action recommandée");
    expect(text).toContain("Revoir les rituels des Ventes");
    expect(text).not.toContain("javascript:");
  });

  it("accept a database set up with the English names of earlier versions", async () => {
    const options = [{ name: "Open" }, { name: "Acknowledged" }, { name: "Resolved" }];
    fake.createDataSource({
      id: ALERTS_DS,
      parentPageId: PARENT,
      title: "Alerts",
      properties: {
        Name: { title: {} },
        Key: { rich_text: {} },
        Signal: { select: {} },
        Scope: { rich_text: {} },
        Severity: { select: {} },
        Status: { status: { options } },
        Week: { rich_text: {} },
        Score: { number: {} },
        Page: { url: {} },
      },
    });
    const { result } = await upsert();
    expect(result.created).toBe(6);
    const row = rows().find((r) => prop(r, "Name") === "Remontées vers le dirigeant — Organisation");
    expect(row && [prop(row, "Status"), prop(row, "Week"), prop(row, "Scope")]).toEqual([
      "Open",
      WEEK,
      "Organisation",
    ]);
  });
});

describe("alerts data source schema", () => {
  it("names every missing or mistyped property", async () => {
    fake.createDataSource({
      id: ALERTS_DS,
      parentPageId: PARENT,
      title: "Alertes",
      properties: {
        Name: { title: {} },
        Severity: { rich_text: {} },
        Status: { status: { options: [{ name: "Open" }] } },
      },
    });
    const error = await upsert().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("output.notion.alertsDataSourceId");
    expect(message).toContain("Clé Vigie (rich_text) is missing");
    expect(message).toContain("Severity is rich_text, expected select");
    expect(message).toContain("the status property lacks the options Ouverte, Prise en compte, Résolue");
    expect(message).not.toContain("(s)");
    expect(rows()).toHaveLength(0);
  });
});
