/**
 * An empty tenant, from the operator's `vigie tenant add` to the first save in the add-on: the
 * registered first admin (and only them, from the registered domain) may save; from then on, roles
 * come from the saved configuration alone. The real `config` entry, the real CLI, one PostgreSQL store.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { postgresUrl } from "../helpers/services.js";
import { freshSchema } from "../store/engines.js";
import { type Harness, startHarness } from "./harness.js";
import { dupont } from "./tenants.js";

const MARIE = "marie.dupont@atelier-dupont.fr";
const PAUL = "paul.martin@atelier-dupont.fr";
const q = { tenant: "atelier-dupont" };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ VIGIE_DATABASE_URL: postgresUrl(), VIGIE_DATABASE_SCHEMA: freshSchema() });
}, 120_000);
afterAll(() => h.close());

async function vigie(...argv: string[]) {
  const io = memoryIo({ cwd: mkdtempSync(join(tmpdir(), "vigie-cli-")), env: { ...h.env } });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const put = async (email: string, body: unknown) =>
  h.call("config", { method: "PUT", query: q, token: await h.tokenFor(email), body });

describe("the first save of an empty tenant", () => {
  it("is refused to everybody while the operator has registered no first admin (403)", async () => {
    expect((await put(MARIE, dupont())).status).toBe(403);
    const get = await h.call("config", { query: q, token: await h.tokenFor(MARIE) });
    expect(get.status).toBe(403);
  });

  it("registers the tenant from the command line, idempotently, storing no address", async () => {
    const args = ["tenant", "add", "atelier-dupont", "--domain", "atelier-dupont.fr", "--admin", MARIE];
    const first = await vigie(...args);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toMatch(
      /^Tenant atelier-dupont registered: Workspace domain atelier-dupont\.fr, 1 first admin/,
    );
    expect(first.out).not.toContain(MARIE);
    const again = await vigie(...args, "--json");
    expect(JSON.parse(again.out)).toEqual({ tenant: "atelier-dupont", outcome: "unchanged", version: null });
    const rows = await (await h.store()).sql.query<{ config: unknown }>(
      "SELECT config FROM tenant_configs WHERE tenant_id = $1",
      ["atelier-dupont"],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]?.config)).not.toContain("@");
  });

  it("refuses a first admin outside the registered domain, naming the option (exit 2)", async () => {
    const res = await vigie(
      "tenant",
      "add",
      "autre",
      "--domain",
      "atelier-dupont.fr",
      "--admin",
      "x@bricoles.fr",
    );
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/--admin: admin\[0\]: expected an address of atelier-dupont\.fr/);
  });

  it("lets the registered admin read the empty tenant as its admin, and nobody else", async () => {
    const marie = await h.call("config", { query: q, token: await h.tokenFor(MARIE) });
    expect(marie.status).toBe(200);
    expect(marie.body).toMatchObject({ tenant: "atelier-dupont", role: "admin", lastRun: null });
    expect((marie.body as { config?: unknown }).config).toBeUndefined();
    expect((await h.call("config", { query: q, token: await h.tokenFor(PAUL) })).status).toBe(403);
    expect((await put(PAUL, dupont({ admins: [PAUL] }))).status).toBe(403);
  });

  it("requires the first save to keep its author an admin, and saves nothing otherwise", async () => {
    const res = await put(MARIE, dupont({ admins: [PAUL] }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ issues: [{ path: "admins" }] });
    await expect((await (await h.store()).tenant("atelier-dupont")).configs.latest()).resolves.toBeNull();
  });

  it("saves the registered admin's first configuration as version 1", async () => {
    const res = await put(MARIE, dupont());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tenant: "atelier-dupont", version: 1, role: "admin" });
  });

  it("takes every later role from the saved configuration, not the registration", async () => {
    // Paul is an assistant in dupont(): he may save now; Marie, removed from admins, may not.
    const paul = await put(PAUL, dupont({ admins: [PAUL], assistants: [] }));
    expect(paul.body).toMatchObject({ version: 2, role: "assistant" });
    expect((await put(MARIE, dupont())).status).toBe(403);
    const cli = await vigie(
      "tenant",
      "add",
      "atelier-dupont",
      "--domain",
      "atelier-dupont.fr",
      "--admin",
      MARIE,
    );
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/already configured \(version 2\).*Nothing changed/);
    expect((await put(MARIE, dupont())).status).toBe(403);
  });
});
