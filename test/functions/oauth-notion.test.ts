import { Client } from "@notionhq/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Connections } from "../../src/app/service/connections.js";
import { envelopeFromEnv } from "../../src/upstream/secrets/envelope.js";
import { type NotionFake, startNotionFake } from "../fakes/notion/index.js";
import { type Harness, startHarness } from "./harness.js";
import { bricoles, dupont } from "./tenants.js";

const REDIRECT = "https://europe-west1-vigie.cloudfunctions.net/oauthNotion";
const CLIENT = { clientId: "vigie-public-integration", clientSecret: "client-secret-not-for-logs" };

let h: Harness;
let notion: NotionFake;
beforeAll(async () => {
  notion = await startNotionFake({
    workspace: "test/fakes/fixtures/notion-mini",
    token: "internal-unused",
    oauth: { ...CLIENT, redirectUris: [REDIRECT] },
  });
  h = await startHarness({
    VIGIE_NOTION_CLIENT_ID: CLIENT.clientId,
    VIGIE_NOTION_CLIENT_SECRET: CLIENT.clientSecret,
    VIGIE_NOTION_REDIRECT_URI: REDIRECT,
    VIGIE_NOTION_BASE_URL: notion.url,
  });
  const store = await h.store();
  await (await store.tenant("atelier-dupont")).configs.save(dupont());
  await (await store.tenant("bricoles")).configs.save(bricoles());
}, 120_000);
afterAll(async () => {
  await h.close();
  await notion.close();
});

async function startFlow(email: string, tenant: string) {
  return h.call("oauthNotion", { method: "POST", query: { tenant }, token: await h.tokenFor(email) });
}

/** What the browser does: approve on Notion, follow the redirect back with code and state. */
async function approveAndReturn(authorizeUrl: string) {
  const url = new URL(authorizeUrl);
  const code = notion.oauth?.authorize(String(url.searchParams.get("redirect_uri")), "Dupont HQ") ?? "";
  return h.call("oauthNotion", { query: { code, state: String(url.searchParams.get("state")) } });
}

async function storedToken(tenant: string): Promise<string | null> {
  const store = await h.store();
  return new Connections(store.sql, tenant, envelopeFromEnv(h.env)).token("notion");
}

describe("oauthNotion", () => {
  it("connects a tenant: the token works against Notion and is stored sealed, not in clear", async () => {
    const started = await startFlow("paul.martin@atelier-dupont.fr", "atelier-dupont");
    expect(started.status).toBe(200);
    const authorizeUrl = (started.body as { url: string }).url;
    expect(new URL(authorizeUrl).searchParams.get("client_id")).toBe(CLIENT.clientId);
    const back = await approveAndReturn(authorizeUrl);
    expect(back.status).toBe(200);
    expect(back.text).toContain("Notion connected");
    const token = await storedToken("atelier-dupont");
    expect(token).toMatch(/^ntn_oauth_/);
    const me = new Client({
      auth: token ?? "",
      baseUrl: notion.url,
      notionVersion: "2025-09-03",
      retry: false,
    });
    const page = await me.pages.retrieve({ page_id: "a0000000-0000-4000-8000-000000000001" });
    expect(page.id).toBe("a0000000-0000-4000-8000-000000000001");
    const rows = await (await h.store()).sql.query<{ sealed: unknown }>(
      "SELECT sealed FROM tenant_connections",
    );
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(back.text).not.toContain(token ?? "x");
  });

  it("refuses to start for a caller who is not an editor of that tenant", async () => {
    expect((await startFlow("marie.dupont@atelier-dupont.fr", "bricoles")).status).toBe(403);
  });

  it("refuses a state that was altered to point at another tenant", async () => {
    const started = await startFlow("marie.dupont@atelier-dupont.fr", "atelier-dupont");
    const url = new URL((started.body as { url: string }).url);
    const [body, mac] = String(url.searchParams.get("state")).split(".");
    const claims = JSON.parse(Buffer.from(body ?? "", "base64url").toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, tenant: "bricoles" })).toString("base64url");
    url.searchParams.set("state", `${altered}.${mac}`);
    const back = await approveAndReturn(url.toString());
    expect(back.status).toBe(400);
    expect(await storedToken("bricoles")).toBeNull();
  });

  it("refuses a code used twice, and says so in plain words", async () => {
    const started = await startFlow("marie.dupont@atelier-dupont.fr", "atelier-dupont");
    const url = new URL((started.body as { url: string }).url);
    const code = notion.oauth?.authorize(REDIRECT) ?? "";
    const state = String(url.searchParams.get("state"));
    expect((await h.call("oauthNotion", { query: { code, state } })).status).toBe(200);
    const again = await h.call("oauthNotion", { query: { code, state } });
    expect(again.status).toBe(502);
    expect(again.text).toContain("refused the authorization code");
  });

  it("a declined authorization stores nothing", async () => {
    const res = await h.call("oauthNotion", { query: { error: "access_denied", state: "x" } });
    expect(res.status).toBe(400);
    expect(res.text).toContain("declined");
  });
});
