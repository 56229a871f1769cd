/**
 * `vigie sync` through main(), against the Google and Notion fakes seeded with the demo company: the
 * real SDKs over HTTP, the environment passed in through CliIo.
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { SYNC_STATE_FILE } from "../../src/sources/sync/run-sync.js";
import { readWorkspace, USERS_FILE } from "../../src/sources/workspace-folder.js";
import { openStore } from "../../src/store/store.js";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ notionOutput: false });
});
afterEach(async () => {
  await sandbox.close();
});

const io = (env: Record<string, string | undefined>) => memoryIo({ cwd: sandbox.dir, env });

/** Every file of the written workspace, state included, as one text to grep. */
async function everyFile(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, "utf8")))).join("\n");
}

/** The sync state the embedded store keeps for the demo tenant, as stored. */
async function storedState(env: Record<string, string | undefined>): Promise<string> {
  const store = await openStore({ env, cwd: sandbox.dir });
  try {
    const rows = await store.sql.query<{ j: string }>(
      "SELECT row_to_json(c)::text AS j FROM sync_cursors c WHERE tenant_id = 'atelier-dupont' ORDER BY syncer",
    );
    return rows.map((r) => r.j).join("\n");
  } finally {
    await store.close();
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe("vigie sync", () => {
  it("writes the workspace, then syncs incrementally from the saved state", async () => {
    const first = io(sandbox.env);
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "ws", "--json"], first)).toBe(0);
    const one = JSON.parse(first.out);
    // Google: users 1 + 60 calendars + files 1 + start token 1 + 19 docs. Notion: see the sandbox test.
    expect(one.requests.google).toBe(82);
    expect(one.written.google).toEqual({ users: 60, events: 2722, files: 19, docs: 19 });
    expect(one.written.notion.pages).toBeGreaterThan(0);
    const ws = join(sandbox.dir, "ws");
    const snapshot = await readWorkspace(ws);
    expect(snapshot.tenant.id).toBe("atelier-dupont");
    expect(snapshot.notes.some((n) => n.source === "page")).toBe(true);
    // The state is in the store, not in the folder.
    expect(await exists(join(ws, SYNC_STATE_FILE))).toBe(false);
    const afterFirst = await storedState(sandbox.env);
    expect(afterFirst).toContain('"syncer":"google"');
    expect(sandbox.google.requests.syncTokens).toEqual([]);

    const second = io(sandbox.env);
    expect(await main(["sync", "--tenant", "tenant.json", "--out", "ws", "--json"], second)).toBe(0);
    const two = JSON.parse(second.out);
    expect(two.requests.google).toBe(62);
    // Every calendar resumed from the sync token the first sync stored.
    const issued = sandbox.google.requests.syncTokens;
    expect(issued).toHaveLength(60);
    for (const token of issued) expect(afterFirst).toContain(token);
    expect(two.requests.notion).toBeLessThan(one.requests.notion / 5);
    expect(two.written.google).toEqual({ users: 0, events: 0, files: 0, docs: 0 });
    expect(two.written.notion.pages).toBe(0);
    const written = await everyFile(ws);
    for (const secret of sandbox.secrets) {
      expect(first.out + first.err + second.out + second.err).not.toContain(secret);
      expect(written).not.toContain(secret);
    }
    // Two syncs of the whole demo company: generous, so a busy machine is not a failure.
  }, 120_000);

  it("resumes once from a folder's old sync-state.json, then from the store only", async () => {
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "old", "--json"], io(sandbox.env))).toBe(0);
    // Move the state back into the folder, as a sync before the store kept it would have left it.
    const store = await openStore({ env: sandbox.env, cwd: sandbox.dir });
    const ts = await store.tenant("atelier-dupont");
    const pages = JSON.parse(await readFile(join(sandbox.dir, "old", USERS_FILE), "utf8"));
    const emails: string[] = pages.flatMap((p: { users: { primaryEmail: string }[] }) =>
      p.users.map((u) => u.primaryEmail),
    );
    const mirror = JSON.parse(await readFile(join(sandbox.dir, "old", ".vigie/mirror-id.json"), "utf8")).id;
    const state = await ts.cursors.load(mirror, emails);
    await ts.cursors.clear();
    await store.close();
    await writeFile(
      join(sandbox.dir, "old", SYNC_STATE_FILE),
      JSON.stringify({ version: 1, syncers: state }),
    );
    const migrated = io(sandbox.env);
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "old", "--json"], migrated)).toBe(0);
    expect(JSON.parse(migrated.out).requests.google).toBe(62);
    // The old file is ignored from now on: spoiling it changes nothing.
    await writeFile(join(sandbox.dir, "old", SYNC_STATE_FILE), JSON.stringify({ version: 1, syncers: {} }));
    const later = io(sandbox.env);
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "old", "--json"], later)).toBe(0);
    expect(JSON.parse(later.out).requests.google).toBe(62);
  }, 120_000);

  it("--full lists everything again", async () => {
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "ws", "--json"], io(sandbox.env))).toBe(0);
    const full = io(sandbox.env);
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "ws", "--full", "--json"], full)).toBe(0);
    expect(JSON.parse(full.out).requests.google).toBe(82);
  }, 120_000);

  it("keeps the previous state when a syncer fails", async () => {
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "ws", "--json"], io(sandbox.env))).toBe(0);
    const state = await storedState(sandbox.env);
    sandbox.notion.unshare("dde93b8b-2462-4b46-8e10-e56480330570");
    const failed = io(sandbox.env);
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "ws"], failed)).toBe(2);
    expect(failed.err).toContain("sources.notionNotesDataSourceId");
    expect(await storedState(sandbox.env)).toBe(state);
  }, 120_000);

  it.each([
    ["VIGIE_GOOGLE_ADMIN", { VIGIE_GOOGLE_ADMIN: undefined }],
    ["VIGIE_GOOGLE_SA_KEY", { VIGIE_GOOGLE_SA_KEY: undefined }],
    ["VIGIE_NOTION_TOKEN", { VIGIE_NOTION_TOKEN: "" }],
    ["VIGIE_NOTION_BASE_URL", { VIGIE_NOTION_BASE_URL: "not a url" }],
    ["VIGIE_UPSTREAM_PACE", { VIGIE_UPSTREAM_PACE: "ludicrous" }],
  ])("exits 2 naming %s when it is missing or wrong", async (name, patch) => {
    const run = io({ ...sandbox.env, ...patch });
    expect(await main(["sync", "--tenant", sandbox.dir, "--out", "ws"], run)).toBe(2);
    expect(run.err).toContain(name);
    expect(await exists(join(sandbox.dir, "ws", "google"))).toBe(false);
    expect(sandbox.google.requests.count + sandbox.notion.requests.count).toBe(0);
  });

  it("exits 2 naming tenant.json and the field", async () => {
    const tenant = JSON.parse(await readFile(sandbox.tenantFile, "utf8"));
    await writeFile(sandbox.tenantFile, JSON.stringify({ ...tenant, sources: { calendar: ["x"] } }));
    const run = io(sandbox.env);
    expect(await main(["sync", "--tenant", sandbox.tenantFile, "--out", "ws"], run)).toBe(2);
    expect(run.err).toContain(sandbox.tenantFile);
    expect(run.err).toContain("sources.calendar");
  });

  it("exits 2 when --tenant or --out is missing", async () => {
    const run = io(sandbox.env);
    expect(await main(["sync", "--out", "ws"], run)).toBe(2);
    expect(run.err).toContain("--tenant");
    expect(await main(["sync", "--tenant", sandbox.dir], run)).toBe(2);
    expect(run.err).toContain("--out");
  });
});
