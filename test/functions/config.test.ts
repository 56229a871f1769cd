import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";
import { bricoles, dupont } from "./tenants.js";

let h: Harness;
let marie: string;
beforeAll(async () => {
  h = await startHarness();
  const store = await h.store();
  await (await store.tenant("atelier-dupont")).configs.save(dupont());
  await (await store.tenant("bricoles")).configs.save(bricoles());
  marie = await h.tokenFor("marie.dupont@atelier-dupont.fr");
}, 120_000);
afterAll(() => h.close());

const tenant = (id: string) => ({ tenant: id });

describe("config GET", () => {
  it("gives an admin the configuration as saved, with its version and the caller's role", async () => {
    const res = await h.call("config", { query: tenant("atelier-dupont"), token: marie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tenant: "atelier-dupont", version: 1, role: "admin", config: dupont() });
  });

  it("gives an assistant the configuration too", async () => {
    const paul = await h.tokenFor("paul.martin@atelier-dupont.fr");
    const res = await h.call("config", { query: tenant("atelier-dupont"), token: paul });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: "assistant" });
  });

  it("forbids a valid caller of tenant A to read tenant B (403)", async () => {
    const res = await h.call("config", { query: tenant("bricoles"), token: marie });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain("ceo@bricoles.fr");
  });

  it("forbids a consultant of the tenant: consultants read aggregates, not the configuration", async () => {
    const consultant = await h.tokenFor("conseil@bricoles.fr");
    expect((await h.call("config", { query: tenant("atelier-dupont"), token: consultant })).status).toBe(403);
  });
});

describe("config PUT", () => {
  it("refuses an invalid body with every issue by field path, in both languages, and saves nothing", async () => {
    const body = dupont({
      locale: "de",
      rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "hourly" }],
    });
    const res = await h.call("config", {
      method: "PUT",
      query: tenant("atelier-dupont"),
      token: marie,
      body,
    });
    expect(res.status).toBe(400);
    const issues = (res.body as { issues: { path: string; message: { en: string; fr: string } }[] }).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(["locale", "rituals[0].cadence"]);
    expect(issues[0]?.message.fr).toBeTruthy();
    const after = await h.call("config", { query: tenant("atelier-dupont"), token: marie });
    expect(after.body).toMatchObject({ version: 1, config: { locale: "fr" } });
  });

  it("refuses a body naming another tenant", async () => {
    const res = await h.call("config", {
      method: "PUT",
      query: tenant("atelier-dupont"),
      token: marie,
      body: bricoles(),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ issues: [{ path: "id" }] });
  });

  it("saves a valid body as a new version that the next GET returns", async () => {
    const body = dupont({ schedule: { day: 2, time: "07:30" } });
    const res = await h.call("config", {
      method: "PUT",
      query: tenant("atelier-dupont"),
      token: marie,
      body,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2 });
    const after = await h.call("config", { query: tenant("atelier-dupont"), token: marie });
    expect(after.body).toMatchObject({ version: 2, config: { schedule: { day: 2, time: "07:30" } } });
  });

  it("checks the caller against the configuration in force, not the one sent", async () => {
    const eve = await h.tokenFor("eve@bricoles.fr");
    const body = dupont({ admins: ["eve@bricoles.fr"] });
    const res = await h.call("config", { method: "PUT", query: tenant("atelier-dupont"), token: eve, body });
    expect(res.status).toBe(403);
  });

  it("shows the last run, and a permanent failure in plain words", async () => {
    const runs = (await (await h.store()).tenant("atelier-dupont")).runs;
    await runs.acquireLease("t", "2026-W47", 60_000);
    await runs.start("2026-W47", "t", 2);
    const error = {
      kind: "permanent",
      message: "Notion access was revoked: reconnect Notion from the add-on",
      retryable: false,
    };
    await runs.fail("2026-W47", "t", { timings: {}, requests: {}, error });
    await runs.releaseLease("t");
    const res = await h.call("config", { query: tenant("atelier-dupont"), token: marie });
    expect(res.body).toMatchObject({ lastRun: { week: "2026-W47", status: "failed", error: error.message } });
  });

  it("records who saved as a pseudonym, never the address", async () => {
    const store = await h.store();
    const latest = await (await store.tenant("atelier-dupont")).configs.latest();
    expect(latest?.savedBy).toMatch(/^p:[0-9a-f]{64}$/);
  });
});
