import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIENCE, type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h.close());

const get = (token?: string) =>
  h.call("config", { query: { tenant: "atelier-dupont" }, ...(token ? { token } : {}) });

describe("config refuses callers it cannot authenticate (401)", () => {
  it("no token", async () => {
    const res = await get();
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("a forged token: right claims, signed by another key", async () => {
    const forged = await h.issuer.forge({
      aud: AUDIENCE,
      email: "marie@atelier-dupont.fr",
      hd: "atelier-dupont.fr",
    });
    const res = await get(forged);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ message: expect.stringContaining("signature") });
  });

  it("an expired token", async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 7200;
    const token = await h.issuer.sign({
      aud: AUDIENCE,
      email: "marie@atelier-dupont.fr",
      hd: "atelier-dupont.fr",
      iat: hourAgo,
      exp: hourAgo + 3600,
    });
    const res = await get(token);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ message: expect.stringContaining("expired") });
  });

  it("a token for another audience", async () => {
    const token = await h.issuer.sign({
      aud: "someone-else.apps.googleusercontent.com",
      email: "marie@atelier-dupont.fr",
      hd: "atelier-dupont.fr",
    });
    const res = await get(token);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ message: expect.stringContaining("aud") });
  });

  it("a token from another issuer", async () => {
    const token = await h.issuer.sign({
      aud: AUDIENCE,
      iss: "https://evil.example",
      email: "marie@atelier-dupont.fr",
      hd: "atelier-dupont.fr",
    });
    expect((await get(token)).status).toBe(401);
  });

  it("a token from a Workspace domain the service does not serve", async () => {
    const token = await h.issuer.sign({ aud: AUDIENCE, email: "eve@elsewhere.fr", hd: "elsewhere.fr" });
    const res = await get(token);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ message: expect.stringContaining("elsewhere.fr") });
  });

  it("a consumer account (no hosted domain), or an hd that is not the address's domain", async () => {
    const consumer = await h.issuer.sign({ aud: AUDIENCE, email: "marie.dupont@gmail.com" });
    expect((await get(consumer)).status).toBe(401);
    const mismatch = await h.issuer.sign({ aud: AUDIENCE, email: "eve@gmail.com", hd: "atelier-dupont.fr" });
    expect((await get(mismatch)).status).toBe(401);
  });

  it("an unverified email", async () => {
    const token = await h.issuer.sign({
      aud: AUDIENCE,
      email: "marie@atelier-dupont.fr",
      hd: "atelier-dupont.fr",
      email_verified: false,
    });
    expect((await get(token)).status).toBe(401);
  });

  it("never echoes the token back", async () => {
    const forged = await h.issuer.forge({
      aud: AUDIENCE,
      email: "marie@atelier-dupont.fr",
      hd: "atelier-dupont.fr",
    });
    const res = await get(forged);
    expect(res.text).not.toContain(forged.split(".")[2]);
  });
});

describe("config with a valid token", () => {
  it("a valid caller of no tenant is forbidden (403), not told whether the tenant exists", async () => {
    const token = await h.tokenFor("marie@atelier-dupont.fr");
    const res = await get(token);
    expect(res.status).toBe(403);
  });

  it("a tenant id that is not a slug is a bad request", async () => {
    const token = await h.tokenFor("marie@atelier-dupont.fr");
    const res = await h.call("config", { query: { tenant: "../../x" }, token });
    expect(res.status).toBe(400);
  });
});
