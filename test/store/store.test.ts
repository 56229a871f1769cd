/**
 * The store on both engines: migrations, versioned configs, runs, history, the alert lifecycle and
 * cursors — and that no public function of one tenant reaches another tenant's rows.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadInputError } from "../../src/core/errors.js";
import type { Measure } from "../../src/core/signals/types.js";
import { migrate, readMigrations } from "../../src/store/migrate.js";
import type { Store, TenantStore } from "../../src/store/store.js";
import { ENGINES, openTestStore } from "./engines.js";

const DEMO_TENANT = new URL("../../fixtures/demo/tenant.json", import.meta.url);
const W = "2026-W47";
const LONG = 120_000;

const measure = (over: Partial<Measure> = {}): Measure => ({
  signal: "silo",
  scope: "team:Ventes",
  value: 0.25,
  unit: "share",
  figures: { "pair:Ventes|Production": 3.5, activeShare: 0.9 },
  sets: { topics: ["budget", "recrut"] },
  evidence: [{ kind: "event", id: "e1", title: "Point budget", url: null }],
  ...over,
});

describe.each(ENGINES)("store on %s", (engine) => {
  let store: Store;
  let config: Record<string, unknown>;
  let a: TenantStore;
  let b: TenantStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    config = JSON.parse(await readFile(DEMO_TENANT, "utf8"));
    a = await store.tenant(String(config.id));
    b = await store.tenant("other-company");
  }, LONG);
  afterAll(() => store.close());

  it("migrates once, also when asked twice at the same time", async () => {
    expect(await Promise.all([migrate(store.sql), migrate(store.sql)])).toEqual([[], []]);
    const rows = await store.sql.query<{ version: number }>("SELECT version FROM schema_migrations");
    const all = (await readMigrations()).map((m) => m.version);
    expect(rows.map((r) => Number(r.version)).sort()).toEqual(all);
    expect((await store.status()).schema.upToDate).toBe(true);
  });

  it("refuses a tenant id that is not a slug", async () => {
    await expect(store.tenant("../../x")).rejects.toThrow(/expected a slug/);
  });

  it("saves each changed config as a new version, validated, and nothing when invalid", async () => {
    const one = await a.configs.save(config);
    expect((await a.configs.save({ ...config })).version).toBe(one.version);
    const two = await a.configs.save({ ...config, sensitivity: "high" });
    expect(two.version).toBe(one.version + 1);
    expect(two.tenant.sensitivity).toBe("high");
    const bad = a.configs.save({ ...config, colour: "blue" });
    await expect(bad).rejects.toBeInstanceOf(BadInputError);
    await expect(bad).rejects.toThrow(/colour/);
    await expect(a.configs.save({ ...config, id: "other-company" })).rejects.toThrow(/"id"|id/);
    expect((await a.configs.latest())?.version).toBe(two.version);
    expect((await a.configs.get(one.version))?.config).toEqual(config);
  });

  it("stores no address in tenant_configs: pseudonyms in clear, the configuration sealed", async () => {
    const withPeople = {
      ...config,
      admins: ["Claire.Martin@atelier-dupont.fr"],
      assistants: ["paul.roux@atelier-dupont.fr"],
      consultants: ["conseil@cabinet-exemple.fr"],
      googleAdmin: "it@atelier-dupont.fr",
      sources: { ...(config.sources as object), calendars: ["marie.dupont@atelier-dupont.fr"] },
    };
    const saved = await a.configs.save(withPeople, {
      savedBy: a.pseudonym("claire.martin@atelier-dupont.fr"),
    });
    const rows = await store.sql.query<{ j: string }>(
      "SELECT row_to_json(c)::text AS j FROM tenant_configs c WHERE tenant_id = $1",
      [a.tenantId],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { j } of rows) {
      expect(j).not.toMatch(/@/);
      expect(j.toLowerCase()).not.toContain("claire.martin");
    }
    const raw = JSON.parse(rows.at(-1)?.j ?? "{}");
    expect(raw.config.ceo).toBe(a.pseudonym("marie.dupont@atelier-dupont.fr"));
    expect(raw.config.name).toBe(config.name);
    // The role check needs no address: the caller's pseudonym against the stored ones.
    expect(saved.roles.admins).toEqual([a.pseudonym("claire.martin@atelier-dupont.fr")]);
    // Reading it back opens the sealed configuration, as written.
    expect((await a.configs.latest())?.config).toEqual(withPeople);
    expect((await a.configs.latest())?.tenant.ceo).toBe("marie.dupont@atelier-dupont.fr");
  });

  it("seals and redacts a configuration stored in clear before migration 003", async () => {
    const legacy = await store.tenant("legacy-co");
    await store.sql.query("INSERT INTO tenants (tenant_id) VALUES ('legacy-co') ON CONFLICT DO NOTHING");
    await store.sql.query(
      `INSERT INTO tenant_configs (tenant_id, version, config, fingerprint) VALUES ('legacy-co', 1, $1::text::jsonb, 'x')`,
      [JSON.stringify({ ...config, id: "legacy-co" })],
    );
    expect((await legacy.configs.latest())?.tenant.ceo).toBe("marie.dupont@atelier-dupont.fr");
    expect(await store.sealLegacyConfigs()).toBe(1);
    expect(await store.sealLegacyConfigs()).toBe(0);
    const [row] = await store.sql.query<{ j: string }>(
      "SELECT row_to_json(c)::text AS j FROM tenant_configs c WHERE tenant_id = 'legacy-co'",
    );
    expect(row?.j).not.toMatch(/@/);
    expect((await legacy.configs.latest())?.config).toEqual({ ...config, id: "legacy-co" });
    // Saving the same configuration again is no new version: the fingerprint was recomputed.
    expect((await legacy.configs.save({ ...config, id: "legacy-co" })).version).toBe(1);
  });

  it("keeps measures as figures, without evidence, and baseline-only weeks apart", async () => {
    await a.history.saveWeek(W, [measure(), measure({ scope: "org", value: null, sets: undefined })], []);
    await a.history.saveWeek("2026-W40", [measure()], null);
    await a.history.saveWeek(W, [measure(), measure({ scope: "org", value: null, sets: undefined })], []);
    const weeks = await a.history.loadWeeks([W, "2026-W40", "2026-W30"]);
    expect([...weeks.keys()].sort()).toEqual(["2026-W40", W]);
    expect(weeks.get("2026-W40")?.findings).toBeNull();
    const got = weeks.get(W)?.measures ?? [];
    expect(got.find((m) => m.scope === "team:Ventes")).toEqual({ ...measure(), evidence: [] });
    expect(got.find((m) => m.scope === "org")).toMatchObject({ value: null, evidence: [] });
  });

  it("opens, carries, resolves and reopens an alert; an acknowledged one stays acknowledged", async () => {
    const silo = { signal: "silo", scope: "org", severity: "watch" as const };
    const drift = { signal: "ritual_drift", scope: "ritual:codir", severity: "alert" as const };
    await a.alerts.applyWeek("2026-W44", [silo, drift], "page-44");
    expect(await a.alerts.acknowledge("ritual_drift|ritual:codir")).toBe(true);
    await a.alerts.applyWeek("2026-W45", [drift], "page-45");
    await a.alerts.applyWeek("2026-W45", [drift], "page-45");
    const byKey = async () => new Map((await a.alerts.list()).map((r) => [r.key, r]));
    let rows = await byKey();
    expect(rows.get("silo|org")).toMatchObject({
      state: "resolved",
      firstWeek: "2026-W44",
      resolvedWeek: "2026-W45",
    });
    expect(rows.get("ritual_drift|ritual:codir")).toMatchObject({
      state: "acknowledged",
      lastWeek: "2026-W45",
      notionPageId: "page-45",
    });
    await a.alerts.applyWeek("2026-W46", [silo, drift], null);
    rows = await byKey();
    expect(rows.get("silo|org")).toMatchObject({ state: "open", firstWeek: "2026-W46", resolvedWeek: null });
    expect((await a.alerts.list(["open"])).map((r) => r.key)).toEqual(["silo|org"]);
  });

  it("stores calendar cursors under pseudonyms and gives them back only to their folder", async () => {
    const state = { google: { calendars: { "marie.dupont@atelier-dupont.fr": "tok-1" }, drive: null } };
    await a.cursors.save("folder-1", state);
    const raw = await store.sql.query("SELECT state FROM sync_cursors");
    expect(JSON.stringify(raw)).not.toContain("@");
    expect(await a.cursors.load("folder-1", ["Marie.Dupont@atelier-dupont.fr"])).toEqual(state);
    expect(await a.cursors.load("folder-1", [])).toEqual({ google: { calendars: {}, drive: null } });
    expect(await a.cursors.load("folder-2", ["marie.dupont@atelier-dupont.fr"])).toEqual({});
  });

  it("records a run once per week under the lease", async () => {
    expect(await a.runs.acquireLease("run-1", W, 60_000)).toEqual({ held: true });
    expect(await a.runs.acquireLease("run-2", W, 60_000)).toMatchObject({ held: false, week: W });
    expect(await a.runs.start(W, "run-1", 1)).toEqual({ started: true, attempt: 1, resumed: null });
    await a.runs.finish(W, "run-1", {
      timings: { total: 5 },
      requests: { google: 3 },
      outputs: { page: "p" },
    });
    expect(await a.runs.start(W, "run-1", 1)).toMatchObject({ started: false, run: { status: "done" } });
    await a.runs.releaseLease("run-1");
    expect(await a.runs.acquireLease("run-2", W, 60_000)).toEqual({ held: true });
    await a.runs.releaseLease("run-2");
  });

  it("never lets another tenant read these rows, through any public function", async () => {
    expect(await a.runs.acquireLease("run-3", W, 60_000)).toEqual({ held: true });
    expect(await b.configs.latest()).toBeNull();
    expect(await b.configs.get(1)).toBeNull();
    expect(await b.history.weeks()).toEqual([]);
    expect((await b.history.loadWeeks([W, "2026-W40"])).size).toBe(0);
    expect(await b.alerts.list()).toEqual([]);
    expect(await b.alerts.acknowledge("silo|org")).toBe(false);
    expect(await b.cursors.load("folder-1", ["marie.dupont@atelier-dupont.fr"])).toEqual({});
    expect(await b.runs.get(W)).toBeNull();
    expect(await b.runs.list()).toEqual([]);
    expect(await b.runs.renewLease("run-3", 1000)).toBe(false);
    await b.runs.releaseLease("run-3");
    expect(await a.runs.acquireLease("run-4", W, 60_000)).toMatchObject({ held: false, holder: "run-3" });
    // B's own writes leave A's rows as they were.
    await b.alerts.applyWeek(W, [], null);
    await b.cursors.clear();
    expect((await a.alerts.list()).length).toBe(2);
    expect(await a.cursors.load("folder-1", [])).not.toEqual({});
    expect(await a.runs.get(W)).toMatchObject({ status: "done" });
  });
});
