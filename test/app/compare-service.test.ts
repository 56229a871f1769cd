import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portfolio } from "../../src/app/compare-model.js";
import { handleCompare } from "../../src/app/service/compare.js";
import { errorResponse, type ServiceRequest, type ServiceResponse } from "../../src/app/service/http.js";
import type { Store } from "../../src/store/store.js";
import { createIdTokenVerifier } from "../../src/upstream/google/id-token.js";
import { type IdTokenIssuer, startIdTokenIssuer } from "../fakes/google-id/issuer.js";
import { openTestStore } from "../store/engines.js";
import { calm, history } from "./compare-histories.js";
import { fillStore, tenantJson } from "./compare-store-fill.js";

const AUDIENCE = "vigie-addon.apps.googleusercontent.com";
const ANA = "ana@cabinet-conseil.fr";
const HISTORIES = [
  history({
    id: "alpha",
    name: "Alpha SAS",
    consultants: [ANA],
    weeks: calm(85, [{ flags: { silo: "alert" } }]),
  }),
  history({ id: "beta", name: "Beta SARL", consultants: [ANA], weeks: calm(75) }),
  history({ id: "secret", name: "Secret Industries", consultants: ["bob@other.fr"], weeks: calm(30) }),
];

let issuer: IdTokenIssuer;
let store: Store;

beforeAll(async () => {
  issuer = await startIdTokenIssuer();
  store = await openTestStore("pglite");
  await fillStore(store, HISTORIES);
}, 60_000);

afterAll(async () => {
  await store?.close();
  await issuer?.close();
});

/** The handler as the function entry runs it: errors mapped to their HTTP answer. */
async function call(token: string | null, query: Record<string, string> = {}): Promise<ServiceResponse> {
  const req: ServiceRequest = {
    method: "GET",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    query,
    body: undefined,
  };
  const deps = {
    store,
    policy: {
      verify: createIdTokenVerifier({ audiences: [AUDIENCE], jwksUrl: issuer.jwksUrl }),
      allowedDomains: ["alpha.fr"],
    },
    now: () => new Date("2026-11-25T10:00:00Z"),
    generatedBy: "test",
  };
  try {
    return await handleCompare(req, deps);
  } catch (e) {
    return errorResponse(e, () => {});
  }
}

const tokenFor = (email: string) => issuer.sign({ aud: AUDIENCE, email, hd: email.split("@")[1] ?? "" });

describe("the compare function", () => {
  it("answers a granted consultant with their clients only", async () => {
    const res = await call(await tokenFor(ANA));
    expect(res.status).toBe(200);
    const p = res.body as Portfolio;
    expect(p.clients.map((c) => c.tenant)).toEqual(["alpha", "beta"]);
    expect(JSON.stringify(p)).not.toMatch(/secret/i);
    expect(res.headers?.["cache-control"]).toContain("no-store");
  });

  it("serves the same portfolio as a self-contained page", async () => {
    const res = await call(await tokenFor(ANA), { format: "html", locale: "en" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.stringContaining("Who needs attention first"));
    expect(res.body).toEqual(expect.stringContaining("Alpha SAS"));
    expect(res.body).not.toEqual(expect.stringContaining("Secret Industries"));
  });

  it("refuses a forged, expired, foreign-audience or missing token with 401 and reveals nothing", async () => {
    const forged = await issuer.forge({ aud: AUDIENCE, email: ANA, hd: "cabinet-conseil.fr" });
    const expired = await issuer.sign({
      aud: AUDIENCE,
      email: ANA,
      hd: "cabinet-conseil.fr",
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    });
    const foreign = await issuer.sign({ aud: "someone-else", email: ANA, hd: "cabinet-conseil.fr" });
    const consumer = await issuer.sign({ aud: AUDIENCE, email: "ana@gmail.com" });
    for (const token of [forged, expired, foreign, consumer, null]) {
      const res = await call(token);
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toMatch(/Alpha|Beta|alpha|beta/);
    }
  });

  it("shows a valid account nothing of tenants that did not grant it", async () => {
    const res = await call(await tokenFor("eve@intruder.fr"));
    expect(res.status).toBe(200);
    expect((res.body as Portfolio).clients).toEqual([]);
    const asked = await call(await tokenFor("eve@intruder.fr"), { tenants: "alpha" });
    const ghost = await call(await tokenFor("eve@intruder.fr"), { tenants: "ghost" });
    expect([asked.status, ghost.status]).toEqual([400, 400]);
    // The same answer whether the tenant exists or not: nothing tells which clients the service has.
    const shape = (r: ServiceResponse, id: string) => JSON.stringify(r.body).replaceAll(id, "ID");
    expect(shape(asked, "alpha")).toBe(shape(ghost, "ghost"));
    expect(asked.body).toMatchObject({ error: "bad_input", message: "tenants: no access to tenant alpha" });
  });

  it("stops answering for a tenant on the request after its grant is revoked", async () => {
    const token = await tokenFor(ANA);
    const beta = HISTORIES[1];
    if (!beta) throw new Error("fixture");
    await (await store.tenant("beta")).configs.save(tenantJson(beta, { consultants: ["someone@else.fr"] }));
    const res = await call(token);
    expect((res.body as Portfolio).clients.map((c) => c.tenant)).toEqual(["alpha"]);
    const asked = await call(token, { tenants: "beta" });
    expect(asked.status).toBe(400);
  });

  it("names the query parameter it cannot read", async () => {
    const res = await call(await tokenFor(ANA), { week: "2026-47" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: "bad_input", issues: [{ path: "week" }] });
  });
});
