import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN, type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { Connections } from "../../src/app/service/connections.js";
import { envelopeFromEnv } from "../../src/upstream/secrets/envelope.js";
import { deliver } from "./deliver.js";
import { type Harness, startHarness } from "./harness.js";

const OAUTH = {
  clientId: "vigie",
  clientSecret: "oauth-client-secret",
  redirectUris: ["https://vigie.example/oauth"],
};

let sandbox: Sandbox;
let h: Harness;
let tenantId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ notionOAuth: OAUTH });
  h = await startHarness({ ...sandbox.env, VIGIE_NOW: "2026-11-23T10:00:00Z" });
  const tenant = JSON.parse(await readFile(sandbox.tenantFile, "utf8"));
  tenantId = tenant.id;
  await (await (await h.store()).tenant(tenantId)).configs.save(tenant);
}, 120_000);
afterAll(async () => {
  await h.close();
  await sandbox.close();
});

async function run(week: string) {
  return (await (await h.store()).tenant(tenantId)).runs.get(week);
}

describe("runTenant", () => {
  it("runs a tenant-week once: the page and alert rows are written and the run recorded as done", async () => {
    const res = await deliver(h, { tenant: tenantId, week: "2026-W47" });
    expect(res.status).toBeLessThan(300);
    expect(sandbox.state().pages).toBe(1);
    const record = await run("2026-W47");
    expect(record).toMatchObject({ status: "done", attempts: 1 });
    expect(record?.timings.total).toBeGreaterThan(0);
  }, 240_000);

  it("a duplicate delivery is acknowledged and writes nothing", async () => {
    const rows = sandbox.state().alertRows;
    const requests = sandbox.notion.requests.count;
    const res = await deliver(h, { tenant: tenantId, week: "2026-W47" });
    expect(res.status).toBeLessThan(300);
    expect(sandbox.state()).toEqual({ pages: 1, alertRows: rows });
    expect(sandbox.notion.requests.count).toBe(requests);
    expect(await run("2026-W47")).toMatchObject({ status: "done", attempts: 1 });
  }, 120_000);

  it("takes the raw Pub/Sub push the deployed subscription sends (no CloudEvent headers)", async () => {
    const requests = sandbox.notion.requests.count;
    const data = Buffer.from(JSON.stringify({ tenant: tenantId, week: "2026-W47" })).toString("base64");
    const res = await h.call("runTenant", {
      method: "POST",
      body: {
        message: { data, messageId: "push-1", publishTime: new Date().toISOString(), attributes: {} },
        subscription: "projects/local/subscriptions/vigie-runs-push",
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(sandbox.notion.requests.count).toBe(requests);
    expect(await run("2026-W47")).toMatchObject({ status: "done", attempts: 1 });
  });

  it("a message that is not a tenant-week is acknowledged (never redelivered) and runs nothing", async () => {
    expect((await deliver(h, "not json")).status).toBeLessThan(300);
    expect((await deliver(h, { tenant: "../../x", week: "2026-W47" })).status).toBeLessThan(300);
    expect(sandbox.state().pages).toBe(1);
  });

  it("a transient Notion outage is rethrown so Pub/Sub redelivers, and the redelivery finishes the week", async () => {
    sandbox.notion.setFaults({ serverErrors: { every: 1, status: 503 } });
    const failed = await deliver(h, { tenant: tenantId, week: "2026-W46" });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await run("2026-W46"))?.status).not.toBe("done");
    sandbox.notion.setFaults({});
    const again = await deliver(h, { tenant: tenantId, week: "2026-W46" });
    expect(again.status).toBeLessThan(300);
    expect(await run("2026-W46")).toMatchObject({ status: "done" });
  }, 240_000);

  it("a revoked Notion token is a permanent error: recorded in plain words, acknowledged", async () => {
    const oauth = sandbox.notion.oauth;
    if (!oauth) throw new Error("the sandbox plays OAuth");
    const code = oauth.authorize(OAUTH.redirectUris[0] ?? "");
    const token = (
      oauth.token(`Basic ${Buffer.from(`${OAUTH.clientId}:${OAUTH.clientSecret}`).toString("base64")}`, {
        grant_type: "authorization_code",
        code,
        redirect_uri: OAUTH.redirectUris[0],
      }).json as { access_token: string }
    ).access_token;
    const store = await h.store();
    await new Connections(store.sql, tenantId, envelopeFromEnv(h.env)).save("notion", token, {
      workspaceName: null,
      connectedBy: null,
    });
    oauth.revoke(token);
    const res = await deliver(h, { tenant: tenantId, week: "2026-W45" });
    expect(res.status).toBeLessThan(300);
    const record = await run("2026-W45");
    expect(record).toMatchObject({ status: "failed", error: { retryable: false } });
    expect(record?.error?.message).toContain("reconnect Notion");
    expect(record?.error?.kind).toBe("notion_unauthorized");
    // The add-on's config GET says so in both languages, naming the week that could not be written.
    const ts = await store.tenant(tenantId);
    const config = (await ts.configs.latest())?.config as Record<string, unknown>;
    await ts.configs.save({ ...config, admins: [DEMO_ADMIN] });
    const got = await h.call("config", { query: { tenant: tenantId }, token: await h.tokenFor(DEMO_ADMIN) });
    expect(got.status).toBe(200);
    expect((got.body as { lastRun: { problem: unknown } }).lastRun.problem).toEqual({
      code: "notion_unauthorized",
      message: {
        fr: expect.stringMatching(/accès de Vigie à Notion a été révoqué.*2026-W45.*Connecter Notion/),
        en: expect.stringMatching(/access to Notion was revoked.*2026-W45.*Connect Notion/),
      },
    });
  }, 240_000);
});
