/**
 * End to end, from an empty project to a configured company: the operator registers the tenant with
 * `vigie tenant add`, then the add-on's own server code (the built Code.js under the Apps Script fakes)
 * connects, saves, runs now and tests Notion access against the real `config` function — real ID-token
 * verification, real PostgreSQL store, the Notion fake through the official SDK, a Pub/Sub fake.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Connections } from "../../src/app/service/connections.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { envelopeFromEnv } from "../../src/upstream/secrets/envelope.js";
import { type GcloudFake, startGcloudFake } from "../fakes/gcloud/server.js";
import { type NotionFake, startNotionFake } from "../fakes/notion/index.js";
import { type Harness, startHarness } from "../functions/harness.js";
import { postgresUrl } from "../helpers/services.js";
import { freshSchema } from "../store/engines.js";
import { addonOnService, ORIGIN, type RealServiceAddon } from "./real-service.js";

const MARIE = "marie.dupont@atelier-dupont.fr";
const TENANT_ID = "atelier-neuf";
const NOTION_TOKEN = "secret_e2e_notion_token_0123456789";
const PAGE = "5a1e0000-0000-4000-8000-000000000001";
const TENANT = {
  id: TENANT_ID,
  name: "Atelier Neuf SAS",
  timezone: "Europe/Paris",
  locale: "fr",
  ceo: MARIE,
  admins: [MARIE],
  rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
  output: { notion: { parentPageId: PAGE } },
};

let h: Harness;
let pubsub: GcloudFake;
let notion: NotionFake;
const threads: RealServiceAddon[] = [];
beforeAll(async () => {
  pubsub = await startGcloudFake({ topics: ["projects/local/topics/vigie-runs"] });
  notion = await startNotionFake({
    workspace: join(import.meta.dirname, "../fakes/fixtures/notion-mini"),
    token: NOTION_TOKEN,
  });
  h = await startHarness({
    VIGIE_DATABASE_URL: postgresUrl(),
    VIGIE_DATABASE_SCHEMA: freshSchema(),
    VIGIE_PUBSUB_ENDPOINT: pubsub.url,
    VIGIE_RUNS_TOPIC: "vigie-runs",
    VIGIE_NOTION_BASE_URL: notion.url,
    VIGIE_NOW: "2026-11-23T10:00:00Z",
  });
}, 120_000);
afterAll(async () => {
  await Promise.all(threads.map((t) => t.close()));
  await h.close();
  await Promise.all([pubsub.close(), notion.close()]);
});

async function addonAs(email: string, locale = "fr"): Promise<RealServiceAddon> {
  const addon = await addonOnService(h, email, locale);
  threads.push(addon);
  return addon;
}

const ok = (r: { ok: boolean; value?: unknown; message?: string }) => {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
};

describe("the add-on against the real service", () => {
  it("goes from an empty project to a saved, run and access-tested configuration", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "vigie-op-"));
    const add = ["tenant", "add", TENANT_ID, "--domain", "atelier-dupont.fr", "--admin", MARIE];
    expect(await main(add, memoryIo({ cwd, env: { ...h.env } }))).toBe(0);

    const addon = await addonAs(MARIE);
    const state = ok(await addon.call("connectService", ORIGIN, TENANT_ID));
    expect(state).toMatchObject({ tenantId: TENANT_ID, role: "admin", tenant: null, lastRun: null });
    expect(await addon.call("runNow")).toEqual({
      ok: false,
      message: "Enregistrez d'abord la configuration : il n'y a encore rien à analyser.",
    });

    expect(ok(await addon.call("saveConfig", TENANT))).toMatchObject({ ok: true });
    const saved = await (await (await h.store()).tenant(TENANT_ID)).configs.latest();
    expect(saved).toMatchObject({ version: 1, config: TENANT });
    expect(saved?.savedBy).not.toContain("@");

    expect(ok(await addon.call("runNow"))).toEqual({
      outcome: "queued",
      run: { week: "2026-W47", status: "queued", score: null, pageUrl: null, finishedAt: null, error: null },
    });
    expect(pubsub.published.map((m) => JSON.parse(m.data.toString()))).toEqual([
      { tenant: TENANT_ID, week: "2026-W47" },
    ]);

    expect(ok(await addon.call("testNotion", "page", PAGE))).toEqual({ ok: false, reason: "not_connected" });
    await new Connections((await h.store()).sql, TENANT_ID, envelopeFromEnv(h.env)).save(
      "notion",
      NOTION_TOKEN,
      {
        workspaceName: "Atelier Neuf",
        connectedBy: null,
      },
    );
    expect(ok(await addon.call("testNotion", "page", PAGE))).toEqual({ ok: true, title: "Stratégie 2026" });
    notion.unshare(PAGE);
    expect(ok(await addon.call("testNotion", "page", PAGE))).toEqual({ ok: false, reason: "not_shared" });
    notion.share(PAGE);
    expect(await addon.call("testNotion", "page", "pas-un-id")).toEqual({
      ok: false,
      message: "Ce n'est pas un identifiant de page ou de base Notion : recollez son lien.",
    });
  }, 120_000);

  it("shows the finished run's score and page, and says a done week is done", async () => {
    const runs = (await (await h.store()).tenant(TENANT_ID)).runs;
    await runs.acquireLease("e2e", "2026-W47", 60_000);
    await runs.start("2026-W47", "e2e", 1);
    const page = "https://www.notion.so/Vigie-2026-W47-0123456789abcdef0123456789abcdef";
    await runs.finish("2026-W47", "e2e", { timings: {}, requests: {}, outputs: { page, score: 71 } });
    await runs.releaseLease("e2e");

    const addon = await addonAs(MARIE, "en");
    const state = ok(await addon.call("connectService", ORIGIN, TENANT_ID));
    expect(state).toMatchObject({
      role: "admin",
      lastRun: { week: "2026-W47", status: "ok", score: 71, pageUrl: page },
    });
    const before = pubsub.published.length;
    expect(ok(await addon.call("runNow"))).toMatchObject({ outcome: "already-done", run: { score: 71 } });
    expect(pubsub.published).toHaveLength(before);
  }, 120_000);

  it("refuses, in the user's words, a colleague who is neither registered nor in the saved roles", async () => {
    const addon = await addonAs("paul.martin@atelier-dupont.fr");
    const res = await addon.call("connectService", ORIGIN, TENANT_ID);
    expect(res).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Votre compte ne peut pas configurer/),
    });
  }, 120_000);
});
