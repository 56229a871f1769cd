/**
 * Exactly one effect per tenant-week, on both store engines, against the Google and Notion fakes
 * (the real SDKs over HTTP): two `vigie run` released together — in one process and as two processes —
 * leave one weekly page and one row per alert; a delivery for a week already done sends no request;
 * a run that crashed holding the lease is finished by the next delivery once its lease has ended.
 */
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/store.js";
import { ENGINES, type Engine, storeEnv } from "../store/engines.js";

const WEEK = "2026-W47";
const RUN = ["run", "--tenant", "tenant.json", "--workspace", "ws", "--out", "out", "--week", WEEK, "--json"];
const LONG = 240_000;
const ROOT = join(import.meta.dirname, "../..");

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

async function runOnce(env: Record<string, string>) {
  const io = memoryIo({ cwd: sandbox.dir, env });
  const code = await main(RUN, io);
  return {
    code,
    summary: code === 0 ? JSON.parse(io.out.trim().split("\n").pop() ?? "{}") : null,
    err: io.err,
  };
}

/** `vigie run` as a process of its own (TypeScript through tsx, as `npx tsx` would run it). */
async function runProcess(env: Record<string, string>) {
  const at = (path: string) => join(sandbox.dir, path);
  const argv = RUN.map((a, i) =>
    ["--tenant", "--workspace", "--out"].includes(RUN[i - 1] ?? "") ? at(a) : a,
  );
  // From the repository, where `tsx` resolves; every path absolute.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...argv],
    { cwd: ROOT, env: { ...process.env, ...env }, timeout: LONG },
  );
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}");
}

function expectOneEffect(alerts: number) {
  const rows = sandbox.alertRows();
  expect(sandbox.state()).toEqual({ pages: 1, alertRows: alerts });
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
}

/** Tables holding what runs observe: no address, no note sentence, no token may be found in them. */
const OBSERVED = [
  "tenant_configs",
  "runs",
  "tenant_leases",
  "measured_weeks",
  "measures",
  "findings",
  "alerts",
  "sync_cursors",
];

async function expectNoPersonalData(env: Record<string, string>) {
  const store = await openStore({ env, cwd: sandbox.dir });
  try {
    const dump: string[] = [];
    for (const table of OBSERVED) {
      const rows = await store.sql.query(`SELECT row_to_json(t)::text AS j FROM ${table} t`);
      dump.push(...rows.map((r) => String(r.j)));
    }
    expect(dump.length).toBeGreaterThan(100);
    const text = dump.join("\n");
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    for (const secret of sandbox.secrets) expect(text).not.toContain(secret);
    for (const sentence of await noteSentences()) expect(text).not.toContain(sentence);
  } finally {
    await store.close();
  }
}

/** A few sentences of the demo's meeting notes (Docs paragraphs), to look for in the store. */
async function noteSentences(): Promise<string[]> {
  const dir = join(sandbox.dir, "seed/google/docs");
  const files = (await readdir(dir)).slice(0, 5);
  const out: string[] = [];
  for (const f of files) {
    const text = await readFile(join(dir, f), "utf8");
    for (const m of text.matchAll(/"content":\s*"([^"\\]{25,})/g)) out.push((m[1] ?? "").trim());
  }
  expect(out.length).toBeGreaterThan(5);
  return out;
}

describe.each(ENGINES)("exactly once per tenant-week, %s store", (engine: Engine) => {
  const env = (dir = join(sandbox.dir, "store")) => ({ ...sandbox.env, ...storeEnv(engine, dir) });

  it(
    "two runs released together write one page and one row per alert",
    async () => {
      const e = env();
      const results = await Promise.all([runOnce(e), runOnce(e)]);
      expect(
        results.map((r) => r.code),
        results.map((r) => r.err).join("\n"),
      ).toEqual([0, 0]);
      const done = results.filter((r) => !r.summary.alreadyDone);
      expect(done).toHaveLength(1);
      const created = done[0]?.summary.alerts.created;
      expect(created).toBeGreaterThan(0);
      expectOneEffect(created);
      const other = results.find((r) => r.summary.alreadyDone);
      expect(other?.summary.page).toBe(done[0]?.summary.page);
    },
    LONG,
  );

  it(
    "a delivery for a week already done sends no request",
    async () => {
      const e = env();
      const first = await runOnce(e);
      const before = { notion: sandbox.notion.requests.count, google: sandbox.google.requests.count };
      const again = await runOnce(e);
      expect(again.summary.alreadyDone.week).toBe(WEEK);
      expect(again.summary.page).toBe(first.summary.page);
      expect({ notion: sandbox.notion.requests.count, google: sandbox.google.requests.count }).toEqual(
        before,
      );
      expectOneEffect(first.summary.alerts.created);
      await expectNoPersonalData(e);
    },
    LONG,
  );

  it(
    "a run that crashed holding the lease is finished once the lease has ended",
    async () => {
      const e = env();
      const store = await openStore({ env: e, cwd: sandbox.dir });
      try {
        const tenant = await store.tenant("atelier-dupont");
        // A run that took the tenant and started the week, then died: its lease lasts 1 ms.
        expect(await tenant.runs.acquireLease("crashed-run", WEEK, 1)).toEqual({ held: true });
        expect((await tenant.runs.start(WEEK, "crashed-run", null)).started).toBe(true);
      } finally {
        await store.close();
      }
      await sleep(20);
      const next = await runOnce(e);
      expect(next.code, next.err).toBe(0);
      expect(next.summary.alreadyDone).toBeUndefined();
      expectOneEffect(next.summary.alerts.created);
      const check = await openStore({ env: e, cwd: sandbox.dir });
      try {
        const run = await (await check.tenant("atelier-dupont")).runs.get(WEEK);
        expect(run).toMatchObject({ status: "done", attempts: 2 });
      } finally {
        await check.close();
      }
    },
    LONG,
  );

  it(
    "two processes released together write one page and one row per alert",
    async () => {
      const e = env();
      const summaries = await Promise.all([runProcess(e), runProcess(e)]);
      const done = summaries.filter((s) => !s.alreadyDone);
      expect(done).toHaveLength(1);
      expect(summaries.filter((s) => s.alreadyDone)).toHaveLength(1);
      expectOneEffect(done[0].alerts.created);
    },
    LONG,
  );
});
