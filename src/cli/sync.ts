import { resolve } from "node:path";
import { buildLiveServices, clockFromEnv } from "../app/live-services.js";
import { syncPlan } from "../app/sync-plan.js";
import { mirrorId } from "../app/workspace-mirror.js";
import { BadInputError } from "../core/errors.js";
import { andList } from "../core/i18n.js";
import { FR, type MessageKey } from "../core/messages/fr.js";
import type { Locale } from "../core/model.js";
import { type CursorStore, type RunSyncResult, readSyncState, runSync } from "../sources/sync/run-sync.js";
import { loadTenantFile } from "../sources/sync/tenant-file.js";
import { FileWorkspaceWriter } from "../sources/sync/workspace-writer.js";
import { openStore, type TenantStore } from "../store/store.js";
import { t } from "../writers/labels.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./io.js";
import { Progress } from "./progress.js";
import { storeOptionEnv } from "./store-option.js";

const OPTIONS = {
  tenant: { type: "string" },
  out: { type: "string" },
  store: { type: "string" },
  full: { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

/**
 * `vigie sync`: live APIs → workspace folder (an offline snapshot to re-run and audit). Where each
 * source resumes (sync tokens, page tokens, cursors) is kept in the store, as `vigie run` does.
 */
export async function syncCommand(argv: string[], io: CliIo, clock = () => new Date()): Promise<number> {
  const o = parseOptions(argv, OPTIONS);
  if (!o.tenant) throw new BadInputError("command line", "--tenant", TENANT_EXPECTED);
  if (!o.out) throw new BadInputError("command line", "--out", "expected the workspace folder to write");
  const { tenant, raw } = await loadTenantFile(resolve(io.cwd, o.tenant));
  const progress = new Progress(io, showProgress(io, o));
  const retries = retryCounter();
  const services = buildLiveServices(tenant, {
    env: io.env,
    writeNotion: false,
    full: o.full ?? false,
    now: clockFromEnv(io.env, clock),
    log: io.stderr,
    onRetry: retries.onRetry,
  });
  // Opened once the credentials are known good: a missing one fails before anything is created.
  const env = storeOptionEnv(o.store, io.env);
  const store = await openStore({ env, cwd: io.cwd, onWait: (m) => io.stderr(`vigie: ${m}\n`) });
  let result: RunSyncResult;
  try {
    const out = new FileWorkspaceWriter(resolve(io.cwd, o.out));
    const ts = await store.tenant(tenant.id);
    result = await runSync({
      tenant,
      tenantJson: raw,
      out,
      syncers: services.syncers,
      full: o.full ?? false,
      cursors: await storedCursors(ts, out, { tenant, workspace: resolve(io.cwd, o.out), now: clock }),
      progress: syncProgress(
        progress,
        services.syncers.map((s) => s.name),
        tenant.locale,
      ),
    });
  } finally {
    await store.close();
  }
  progress.done();
  if (o.json) {
    const { requests, written, warnings } = result;
    io.stdout(`${JSON.stringify({ requests, written, retries: retries.counts, warnings })}\n`);
  } else if (!o.quiet) {
    io.stdout(formatSyncSummary(tenant.locale, result, retries.counts));
    io.stdout(`${t(tenant.locale, "cli.workspaceWritten", { dir: `${resolve(io.cwd, o.out)}/` })}\n`);
  }
  return 0;
}

/**
 * The store's cursors of this workspace folder. A folder synced before the store kept them still has
 * its `.vigie/sync-state.json`: read once, when the store has nothing for the folder, then ignored.
 */
async function storedCursors(
  ts: TenantStore,
  out: FileWorkspaceWriter,
  plan: Parameters<typeof syncPlan>[1],
): Promise<CursorStore> {
  const mirror = await mirrorId(out);
  const { calendars } = await syncPlan(ts, plan, mirror.fresh);
  return {
    load: async () => {
      const stored = await ts.cursors.load(mirror.id, calendars);
      return Object.keys(stored).length > 0 ? stored : readSyncState(out);
    },
    save: (state) => ts.cursors.save(mirror.id, state),
  };
}

export const TENANT_EXPECTED = "expected a tenant.json file or a folder holding one";

/** A bar on a terminal; with --json or --quiet, only when stderr is a terminal (redrawn, then cleared). */
export function showProgress(io: CliIo, o: { json?: boolean; quiet?: boolean }): boolean {
  if (o.quiet) return false;
  return o.json ? io.isTTY : true;
}

/** One phase for the whole sync: per-calendar phases would print a line each off a terminal. */
export function syncProgress(progress: Progress, names: string[], locale: Locale) {
  const phase = t(locale, "phase.sync", { service: andList(locale, names.map(capital)) });
  return (done: number, total: number) => progress.update(phase, done, total);
}

/** Retries per service, for the summary (a retry is a request the service saw twice). */
export function retryCounter() {
  const counts: Record<string, number> = {};
  return {
    counts,
    onRetry: ({ error }: { error: { service: string } }) => {
      counts[error.service] = (counts[error.service] ?? 0) + 1;
    },
  };
}

/** "google: 82 requests — users 60, events 2722 …" per service, then the warnings. */
export function formatSyncSummary(
  locale: Locale,
  result: RunSyncResult,
  retries: Record<string, number>,
): string {
  const lines = Object.entries(result.requests).map(([name, requests]) => {
    const written = Object.entries(result.written[name] ?? {})
      .map(([kind, n]) => writtenLabel(locale, kind, n))
      .join(", ");
    const retried = retries[name] ? t(locale, "cli.syncRetried", { n: retries[name] }) : "";
    const vars = { service: name, n: requests, retried, written: written || t(locale, "cli.syncNothing") };
    return t(locale, "cli.syncLine", vars);
  });
  const warnings = result.warnings.map((w) => `  ${t(locale, "cli.warning", { text: w })}`);
  return `${[...lines, ...warnings].join("\n")}\n`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "60 utilisateurs" / "60 users"; a kind the catalogue lacks is shown as the syncer names it. */
function writtenLabel(locale: Locale, kind: string, n: number): string {
  const key = `written.${kind}`;
  return key in FR ? t(locale, key as MessageKey, { n }) : `${kind} ${n}`;
}
