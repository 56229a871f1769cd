import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeServiceAccount, type GoogleFake, startGoogleFake } from "../fakes/google/index.js";
import { type Harness, startHarness } from "./harness.js";

const ADMIN = "alice@atelier-mini.fr";
const tenant = {
  id: "atelier-mini",
  name: "Atelier Mini SAS",
  timezone: "Europe/Paris",
  locale: "fr",
  ceo: ADMIN,
  admins: [ADMIN],
  googleAdmin: ADMIN,
  rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
  output: { notion: { parentPageId: "7e5a0000-0000-4000-8000-00000000a11e" } },
};

let h: Harness;
let google: GoogleFake;
const key = fakeServiceAccount();
/** Service accounts the fake's Workspace has not granted; read on every token request. */
const ungranted: string[] = [];

beforeAll(async () => {
  google = await startGoogleFake({
    workspace: "test/fakes/fixtures/google-mini",
    publicKeys: { [key.client_email]: key.public_key },
    ungranted,
  });
  h = await startHarness({
    VIGIE_ALLOWED_DOMAINS: "atelier-mini.fr",
    VIGIE_GOOGLE_SA_KEY: JSON.stringify({
      type: "service_account",
      client_email: key.client_email,
      private_key: key.private_key,
    }),
    VIGIE_GOOGLE_ROOT_URL: google.url,
    VIGIE_GOOGLE_TOKEN_URL: `${google.url}/token`,
  });
  await (await (await h.store()).tenant("atelier-mini")).configs.save(tenant);
}, 120_000);
afterAll(async () => {
  await h.close();
  await google.close();
});

describe("health", () => {
  it("says the store is reachable, migrated, and which version runs", async () => {
    const res = await h.call("health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "ok",
      version: expect.any(String),
      store: { reachable: true, schema: { upToDate: true } },
    });
  });

  it("tests a tenant's access only for one of its editors", async () => {
    expect((await h.call("health", { query: { tenant: "atelier-mini" } })).status).toBe(401);
    const bob = await h.tokenFor("bob@atelier-mini.fr");
    expect((await h.call("health", { query: { tenant: "atelier-mini" }, token: bob })).status).toBe(403);
  });

  it("reports Google access and a Notion that is not connected yet", async () => {
    const res = await h.call("health", { query: { tenant: "atelier-mini" }, token: await h.tokenFor(ADMIN) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ google: { ok: true }, notion: { ok: false, reason: "not_connected" } });
  });

  it("reports a missing domain-wide delegation grant (unauthorized_client) in plain words", async () => {
    ungranted.push(key.client_email);
    const res = await h.call("health", { query: { tenant: "atelier-mini" }, token: await h.tokenFor(ADMIN) });
    ungranted.pop();
    expect(res.body).toMatchObject({ google: { ok: false, reason: "unauthorized_client" } });
    const message = (res.body as { google: { message: string } }).google.message;
    expect(message).toContain("Admin console");
    expect(message).toContain("Domain-wide delegation");
    expect(res.text).not.toContain(key.private_key.split("\n")[1] ?? "-");
  });
});
