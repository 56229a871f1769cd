/**
 * `npm run sandbox`: both fakes seeded with the demo company, then `vigie run --json` twice, in-process
 * through `main()` with the real SDKs over HTTP, on the same week. Each run's summary line gets what the
 * fakes saw: faults injected, requests received, and the state the Notion fake holds after the run.
 */

import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { type CrashProxy, startCrashProxy } from "./crash-proxy.js";
import { PARENT_PAGE_ID, type Sandbox, startSandbox } from "./environment.js";
import { faultsInjected, type Injected, planFaults } from "./faults.js";

export interface SandboxOptions {
  /** Comma-separated fault names (see faults.ts). Default: none. */
  faults?: string;
  /** Default 2026-W47, the demo company's last full week. */
  week?: string;
  /** Where the runs' stderr goes (progress, errors). Default: dropped. */
  stderr?: (text: string) => void;
}

export interface SandboxResult {
  /** One summary per run, as printed. */
  lines: Record<string, unknown>[];
  exitCodes: number[];
  /** The alert rows the Notion fake holds at the end: key and status, sorted. */
  alertRows: { key: string; status: string }[];
  /** Everything the runs printed, stdout and stderr, to check that no secret leaked. */
  printed: string;
  secrets: string[];
}

export async function runSandbox(options: SandboxOptions = {}): Promise<SandboxResult> {
  const plan = planFaults(options.faults ?? "");
  const sandbox = await startSandbox({ googleFaults: plan.google, notionFaults: plan.notion });
  const proxy = plan.crashAfterPage ? await startCrashProxy(sandbox.notion.url, PARENT_PAGE_ID) : null;
  const env = { ...sandbox.env, ...(proxy ? { VIGIE_NOTION_BASE_URL: proxy.url } : {}) };
  const result: SandboxResult = {
    lines: [],
    exitCodes: [],
    alertRows: [],
    printed: "",
    secrets: sandbox.secrets,
  };
  try {
    for (const run of [1, 2]) {
      proxy?.arm(run === 1);
      const before = readCounters(sandbox, proxy);
      const { code, stdout, stderr } = await runOnce(
        env,
        sandbox.dir,
        options.week ?? "2026-W47",
        options.stderr,
      );
      const after = readCounters(sandbox, proxy);
      result.printed += stdout + stderr;
      result.exitCodes.push(code);
      result.lines.push({
        ...(code === 0 ? lastJsonLine(stdout) : failedRun(code, stderr)),
        faults: faultsInjected(plan.names, before.injected, after.injected),
        state: sandbox.state(),
        fakeRequests: delta(before.requests, after.requests),
      });
    }
    result.alertRows = sandbox.alertRows();
  } finally {
    await proxy?.close();
    await sandbox.close();
  }
  return result;
}

async function runOnce(
  env: Record<string, string>,
  dir: string,
  week: string,
  forward?: (text: string) => void,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo({ cwd: dir, env, ...(forward ? { onStderr: forward } : {}) });
  const argv = ["run", "--tenant", "tenant.json", "--workspace", "workspace", "--out", "out"];
  const code = await main([...argv, "--week", week, "--json"], io);
  return { code, stdout: io.out, stderr: io.err };
}

function readCounters(sandbox: Sandbox, proxy: CrashProxy | null) {
  const injected: Injected = {
    google: { ...sandbox.google.faults.injected },
    notion: { ...sandbox.notion.faults.injected },
    crash: proxy?.injected ?? 0,
  };
  const tokens = sandbox.google.requests.byPath["/token"] ?? 0;
  const requests = {
    notion: sandbox.notion.requests.count,
    google: sandbox.google.requests.count - tokens,
    googleTokens: tokens,
  };
  return { injected, requests };
}

function delta<T extends Record<string, number>>(before: T, after: T): T {
  const out: Record<string, number> = {};
  for (const key of Object.keys(after)) out[key] = (after[key] ?? 0) - (before[key] ?? 0);
  return out as T;
}

function lastJsonLine(stdout: string): Record<string, unknown> {
  const line = stdout.trim().split("\n").pop() ?? "{}";
  return JSON.parse(line) as Record<string, unknown>;
}

/** A run that failed prints no summary: say so, with its exit code and error line. */
function failedRun(code: number, stderr: string): Record<string, unknown> {
  const error = stderr
    .split("\n")
    .filter((l) => l.startsWith("vigie: "))
    .pop();
  return { page: null, alerts: null, requests: null, warnings: [], exit: code, error: error ?? null };
}
