import { resolve } from "node:path";
import { buildLiveServices, clockFromEnv } from "../app/live-services.js";
import { BadInputError } from "../core/errors.js";
import { andList } from "../core/i18n.js";
import { FR, type MessageKey } from "../core/messages/fr.js";
import type { Locale } from "../core/model.js";
import { type RunSyncResult, runSync } from "../sources/sync/run-sync.js";
import { loadTenantFile } from "../sources/sync/tenant-file.js";
import { FileWorkspaceWriter } from "../sources/sync/workspace-writer.js";
import { t } from "../writers/labels.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./io.js";
import { Progress } from "./progress.js";

const OPTIONS = {
  tenant: { type: "string" },
  out: { type: "string" },
  full: { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

/** `vigie sync`: live APIs → workspace folder (an offline snapshot to re-run and audit). */
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
  const result = await runSync({
    tenant,
    tenantJson: raw,
    out: new FileWorkspaceWriter(resolve(io.cwd, o.out)),
    syncers: services.syncers,
    full: o.full ?? false,
    progress: syncProgress(
      progress,
      services.syncers.map((s) => s.name),
      tenant.locale,
    ),
  });
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
