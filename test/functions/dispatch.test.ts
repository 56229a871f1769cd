import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GcloudFake, startGcloudFake } from "../fakes/gcloud/server.js";
import { DISPATCH_AUDIENCE, type Harness, SCHEDULER, startHarness } from "./harness.js";
import { bricoles, dupont } from "./tenants.js";

// Monday 23 November 2026, 05:30 UTC: 06:30 in Paris (its Monday 06:00 has come), 00:30 in Montreal.
const NOW = "2026-11-23T05:30:00Z";

let h: Harness;
let pubsub: GcloudFake;
beforeAll(async () => {
  pubsub = await startGcloudFake({ topics: ["projects/local/topics/vigie-runs"] });
  h = await startHarness({
    VIGIE_PUBSUB_ENDPOINT: pubsub.url,
    VIGIE_RUNS_TOPIC: "vigie-runs",
    VIGIE_NOW: NOW,
  });
  const store = await h.store();
  await (await store.tenant("atelier-dupont")).configs.save(dupont());
  await (await store.tenant("bricoles")).configs.save(bricoles());
  await (await store.tenant("lundi-tard")).configs.save(
    dupont({
      id: "lundi-tard",
      admins: [],
      assistants: [],
      consultants: [],
      schedule: { day: 1, time: "09:00" },
    }),
  );
}, 120_000);
afterAll(async () => {
  await h.close();
  await pubsub.close();
});

const schedulerToken = () => h.issuer.sign({ aud: DISPATCH_AUDIENCE, email: SCHEDULER });

describe("dispatch", () => {
  it("refuses a call without the Scheduler's OIDC token, or with one for another audience", async () => {
    expect((await h.call("dispatch", { method: "POST" })).status).toBe(401);
    const other = await h.issuer.sign({ aud: "https://elsewhere.example/dispatch", email: SCHEDULER });
    expect((await h.call("dispatch", { method: "POST", token: other })).status).toBe(401);
    const forged = await h.issuer.forge({ aud: DISPATCH_AUDIENCE, email: SCHEDULER });
    expect((await h.call("dispatch", { method: "POST", token: forged })).status).toBe(401);
    expect(pubsub.published).toHaveLength(0);
  });

  it("refuses a valid token of another service account (403)", async () => {
    const token = await h.issuer.sign({
      aud: DISPATCH_AUDIENCE,
      email: "intruder@vigie-prod.iam.gserviceaccount.com",
    });
    expect((await h.call("dispatch", { method: "POST", token })).status).toBe(403);
    expect(pubsub.published).toHaveLength(0);
  });

  it("publishes one message per tenant whose local schedule has come, for its last complete week", async () => {
    const res = await h.call("dispatch", { method: "POST", token: await schedulerToken() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ published: 1, skipped: { not_yet: 2 } });
    const messages = pubsub.published.map((m) => ({
      json: JSON.parse(m.data.toString()),
      attributes: m.attributes,
    }));
    expect(messages).toEqual([
      {
        json: { tenant: "atelier-dupont", week: "2026-W47" },
        attributes: { tenant: "atelier-dupont", week: "2026-W47" },
      },
    ]);
  });

  it("does not publish a week whose run is done", async () => {
    const store = await h.store();
    const runs = (await store.tenant("atelier-dupont")).runs;
    await runs.acquireLease("test", "2026-W47", 60_000);
    await runs.start("2026-W47", "test", 1);
    await runs.finish("2026-W47", "test", { timings: {}, requests: {}, outputs: {} });
    await runs.releaseLease("test");
    const before = pubsub.published.length;
    const res = await h.call("dispatch", { method: "POST", token: await schedulerToken() });
    expect(res.body).toMatchObject({ published: 0, skipped: { done: 1, not_yet: 2 } });
    expect(pubsub.published.length).toBe(before);
  });
});
