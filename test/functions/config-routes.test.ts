/**
 * The `config` function's two add-on routes against the sandbox's Google and Notion fakes and a
 * Pub/Sub fake: "run now" (`POST /run`) publishes what dispatch publishes, once per ask, and the run's
 * lease keeps the effect once; "test access" (`POST /notion-access`) reads through the tenant's own
 * Notion connection with the official SDK.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARENT_PAGE_ID, type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { Connections } from "../../src/app/service/connections.js";
import { Registrations } from "../../src/store/registrations.js";
import { envelopeFromEnv } from "../../src/upstream/secrets/envelope.js";
import { type GcloudFake, startGcloudFake } from "../fakes/gcloud/server.js";
import { deliver } from "./deliver.js";
import { type Harness, startHarness } from "./harness.js";
import { bricoles } from "./tenants.js";

// Monday 23 November 2026, 03:00 UTC: 04:00 in Paris (week 48 begun), still Sunday evening in Montreal.
const NOW = "2026-11-23T03:00:00Z";
const MARIE = "marie.dupont@atelier-dupont.fr";
const PAUL = "paul.martin@atelier-dupont.fr";
const NOTES = "dde93b8b-2462-4b46-8e10-e56480330570";

let sandbox: Sandbox;
let pubsub: GcloudFake;
let h: Harness;
beforeAll(async () => {
  sandbox = await startSandbox();
  pubsub = await startGcloudFake({ topics: ["projects/local/topics/vigie-runs"] });
  h = await startHarness({
    ...sandbox.env,
    VIGIE_PUBSUB_ENDPOINT: pubsub.url,
    VIGIE_RUNS_TOPIC: "vigie-runs",
    VIGIE_NOW: NOW,
  });
  const tenant = JSON.parse(await readFile(sandbox.tenantFile, "utf8"));
  const store = await h.store();
  await (await store.tenant("atelier-dupont")).configs.save({
    ...tenant,
    admins: [MARIE],
    assistants: [PAUL],
  });
  await (await store.tenant("bricoles")).configs.save(bricoles());
  const empty = await store.tenant("atelier-neuf");
  await new Registrations(store.sql, "atelier-neuf").register({
    domain: "atelier-dupont.fr",
    admins: [empty.pseudonym(MARIE)],
  });
}, 120_000);
afterAll(async () => {
  await h.close();
  await pubsub.close();
  await sandbox.close();
});

const post = async (path: string, tenant: string, email: string | null, body: unknown = {}) =>
  h.call("config", {
    method: "POST",
    path,
    query: { tenant },
    ...(email ? { token: await h.tokenFor(email) } : {}),
    body,
  });
const published = () =>
  pubsub.published.map((m) => ({ json: JSON.parse(m.data.toString()), attributes: m.attributes }));

describe("run now (POST /config/run)", () => {
  it("is for the tenant's admins and assistants only", async () => {
    expect((await post("run", "atelier-dupont", null)).status).toBe(401);
    expect((await post("run", "atelier-dupont", "ceo@bricoles.fr")).status).toBe(403);
    expect((await post("run", "atelier-dupont", "conseil@bricoles.fr")).status).toBe(403);
    const get = await h.call("config", {
      path: "run",
      query: { tenant: "atelier-dupont" },
      token: await h.tokenFor(PAUL),
    });
    expect(get.status).toBe(405);
    expect((await post("nowhere", "atelier-dupont", PAUL)).status).toBe(404);
    expect(pubsub.published).toHaveLength(0);
  });

  it("says plainly that a tenant with nothing saved has nothing to run (409)", async () => {
    const res = await post("run", "atelier-neuf", MARIE);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: "no_config" });
    expect(pubsub.published).toHaveLength(0);
  });

  it("asks for the last complete week in the tenant's own time zone, published as dispatch publishes it", async () => {
    const res = await post("run", "atelier-dupont", PAUL);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      outcome: "queued",
      run: { week: "2026-W47", status: "queued", score: null, pageUrl: null, finishedAt: null, error: null },
    });
    const montreal = await post("run", "bricoles", "ceo@bricoles.fr");
    expect(montreal.body).toMatchObject({ run: { week: "2026-W46" } });
    expect(published()).toEqual([
      {
        json: { tenant: "atelier-dupont", week: "2026-W47" },
        attributes: { tenant: "atelier-dupont", week: "2026-W47" },
      },
      {
        json: { tenant: "bricoles", week: "2026-W46" },
        attributes: { tenant: "bricoles", week: "2026-W46" },
      },
    ]);
  });

  it("runs the week once however many times it was asked", async () => {
    expect((await post("run", "atelier-dupont", MARIE)).status).toBe(202);
    const asked = pubsub.published
      .map((m) => JSON.parse(m.data.toString()))
      .filter((m) => m.tenant === "atelier-dupont");
    expect(asked).toHaveLength(2);
    for (const message of asked) expect((await deliver(h, message)).status).toBeLessThan(300);
    expect(sandbox.state().pages).toBe(1);
    const run = await (await (await h.store()).tenant("atelier-dupont")).runs.get("2026-W47");
    expect(run).toMatchObject({ status: "done", attempts: 1 });
  }, 240_000);

  it("answers a week already done with its score and page, and sends nothing", async () => {
    const before = pubsub.published.length;
    const res = await post("run", "atelier-dupont", PAUL);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      outcome: "already-done",
      run: {
        week: "2026-W47",
        status: "ok",
        score: expect.any(Number),
        pageUrl: expect.stringMatching(/^https:/),
      },
    });
    expect(pubsub.published).toHaveLength(before);
  });
});

describe("test access (POST /config/notion-access)", () => {
  const token = () => String(sandbox.env.VIGIE_NOTION_TOKEN);
  const connect = async (value: string) =>
    new Connections((await h.store()).sql, "atelier-dupont", envelopeFromEnv(h.env)).save("notion", value, {
      workspaceName: "Atelier Dupont",
      connectedBy: null,
    });
  const access = (body: unknown, email = PAUL) => post("notion-access", "atelier-dupont", email, body);

  it("says Notion is not connected before the tenant connected it", async () => {
    const res = await access({ kind: "page", id: PARENT_PAGE_ID });
    expect(res).toMatchObject({ status: 200, body: { ok: false, reason: "not_connected" } });
  });

  it("reads a page and a data source through the tenant's connection, with their titles", async () => {
    await connect(token());
    expect((await access({ kind: "page", id: PARENT_PAGE_ID })).body).toEqual({ ok: true, title: "Vigie" });
    const notes = await access({ kind: "dataSource", id: NOTES.replace(/-/g, "") });
    expect(notes.body).toMatchObject({ ok: true, title: expect.any(String) });
    expect(notes.text).not.toContain(token());
  });

  it("says which object is not shared with the integration", async () => {
    sandbox.notion.unshare(PARENT_PAGE_ID);
    try {
      expect((await access({ kind: "page", id: PARENT_PAGE_ID })).body).toEqual({
        ok: false,
        reason: "not_shared",
      });
    } finally {
      sandbox.notion.share(PARENT_PAGE_ID);
    }
  });

  it("says the access was revoked when Notion no longer takes the token", async () => {
    await connect("secret_revoked_by_the_workspace");
    const res = await access({ kind: "page", id: PARENT_PAGE_ID });
    expect(res.body).toEqual({ ok: false, reason: "revoked" });
    expect(res.text).not.toContain("secret_revoked");
    await connect(token());
  });

  it("names the field of a request that is not a Notion object (400), and refuses other callers", async () => {
    const bad = await access({ kind: "page", id: "https://example.com/x" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ issues: [{ path: "id" }] });
    expect((await access({ kind: "database", id: PARENT_PAGE_ID })).body).toMatchObject({
      issues: [{ path: "kind" }],
    });
    expect((await access({ kind: "page", id: PARENT_PAGE_ID }, "conseil@bricoles.fr")).status).toBe(403);
  });
});
