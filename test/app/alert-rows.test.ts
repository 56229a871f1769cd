/**
 * `vigie run` against the Google and Notion fakes keeps, on each stored alert, the Notion row it wrote;
 * a re-run of the week updates those rows — found by the kept id even when a person changed a row's
 * key — and never adds one.
 */
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ALERTS_DATA_SOURCE_ID, type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/store.js";
import { propertyNames } from "../../src/writers/notion/alerts-schema.js";
import { storeEnv } from "../store/engines.js";

const WEEK = "2026-W47";
const RUN = ["run", "--tenant", "tenant.json", "--workspace", "ws", "--out", "out", "--week", WEEK, "--json"];
const LONG = 240_000;

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

async function run(env: Record<string, string>, ...extra: string[]) {
  const io = memoryIo({ cwd: sandbox.dir, env });
  const code = await main([...RUN, ...extra], io);
  expect(code, io.err).toBe(0);
  return JSON.parse(io.out.trim().split("\n").pop() ?? "{}");
}

const liveRows = () => sandbox.notion.store.pagesIn(ALERTS_DATA_SOURCE_ID).filter((p) => !p.in_trash);

async function storedRows(env: Record<string, string>): Promise<Map<string, string | null>> {
  const store = await openStore({ env, cwd: sandbox.dir });
  try {
    const alerts = await (await store.tenant("atelier-dupont")).alerts.list();
    return new Map(alerts.map((a) => [a.key, a.notionRowId]));
  } finally {
    await store.close();
  }
}

it(
  "stores each alert's Notion row id, and a re-run updates the same rows",
  async () => {
    const env = { ...sandbox.env, ...storeEnv("pglite", join(sandbox.dir, "store")) };
    const first = await run(env);
    expect(first.alerts.created).toBeGreaterThan(0);
    const rows = liveRows();
    const kept = await storedRows(env);
    expect(kept.size).toBe(rows.length);
    expect([...kept.values()].sort()).toEqual(rows.map((r) => r.id).sort());

    // A person re-keys one row (its key no longer matches): the kept id still finds it.
    const edited = rows[0];
    if (!edited) throw new Error("no alert row");
    const key = propertyNames("fr").key;
    edited.properties[key] = {
      id: "key",
      type: "rich_text",
      rich_text: [{ type: "text", text: { content: "à revoir" }, plain_text: "à revoir" }],
    };
    const again = await run(env, "--rerun");
    expect(again.alerts.created).toBe(0);
    expect(again.alerts.updated).toBe(1);
    expect(
      liveRows()
        .map((r) => r.id)
        .sort(),
    ).toEqual(rows.map((r) => r.id).sort());
    expect(await storedRows(env)).toEqual(kept);
  },
  LONG,
);
