/**
 * A revoked Notion access, end to end with `vigie run` against the fakes (Notion answers 401
 * `unauthorized`): the week is still written where it can be — the local report, in the tenant's
 * language — and its first warning says Notion access was revoked and how to reconnect; nothing is
 * written to Notion, nothing measured without the notes enters the history, and the run is recorded
 * as failed for good with a stable reason the add-on words (config GET, see run-tenant.test.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/store.js";
import { storeEnv } from "../store/engines.js";

const WEEK = "2026-W47";
const RUN = ["run", "--tenant", "tenant.json", "--workspace", "ws", "--out", "out", "--week", WEEK, "--json"];
const FR = "L'accès de Vigie à Notion a été révoqué";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
}, 60_000);
afterEach(async () => {
  await sandbox.close();
});

it("writes the week without Notion, says so in its warnings, and records the run as failed", async () => {
  const env = {
    ...sandbox.env,
    ...storeEnv("pglite", join(sandbox.dir, "store")),
    VIGIE_NOTION_TOKEN: "ntn_revoked_token_000000000000000000000000000000",
  };
  const io = memoryIo({ cwd: sandbox.dir, env });
  expect(await main(RUN, io)).toBe(2);
  expect(io.err).toContain("VIGIE_NOTION_TOKEN");
  const out = (f: string) => readFile(join(sandbox.dir, "out", f), "utf8");
  const report = JSON.parse(await out("report.json"));
  expect(report.warnings[0]).toEqual({ file: "Notion", message: expect.stringContaining(FR) });
  expect(report.warnings[0].message).toContain("Connecter Notion");
  expect(await out("report.md")).toContain("Notion a été révoqué");
  expect(await out("report.html")).toContain("Notion a été révoqué");
  expect(sandbox.state()).toEqual({ pages: 0, alertRows: 0 });

  const store = await openStore({ env, cwd: sandbox.dir });
  try {
    const ts = await store.tenant("atelier-dupont");
    expect(await ts.runs.get(WEEK)).toMatchObject({
      status: "failed",
      error: { kind: "notion_unauthorized", retryable: false },
    });
    expect(await ts.history.weeks()).toEqual([]);
    expect(await ts.alerts.list()).toEqual([]);
  } finally {
    await store.close();
  }
}, 240_000);
