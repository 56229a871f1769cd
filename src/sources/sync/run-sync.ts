/**
 * One sync of a workspace folder: `tenant.json` first, then every syncer from its saved state, and the
 * new state saved only when every syncer succeeded. Shared by `vigie sync` and `vigie run`.
 *
 * The state lives in `<workspace>/.vigie/sync-state.json`, written atomically. Saving it after a partial
 * failure would let the next run skip what the failed one never fetched; keeping the old state instead
 * makes the next run replay a delta whose writes are idempotent (files replaced by id).
 */
import type { Tenant } from "../../core/model.js";
import type { Syncer, SyncResult, WorkspaceWriter } from "./types.js";

export const SYNC_STATE_FILE = ".vigie/sync-state.json";
const STATE_VERSION = 1;

export interface RunSyncInput {
  tenant: Tenant;
  /** `tenant.json` as read (not the parsed value with defaults): what the sidebar saved stays verbatim. */
  tenantJson: unknown;
  out: WorkspaceWriter;
  syncers: Syncer[];
  /** Ignore the saved state: every syncer lists everything again. Default false. */
  full?: boolean;
  /** Overall progress: syncers report their own steps, counted together. */
  progress?: (done: number, total: number, what: string) => void;
  /** Where the syncers' state lives. Default: `<workspace>/.vigie/sync-state.json`. */
  cursors?: CursorStore;
  /**
   * A syncer failure the caller can carry on without (a revoked Notion access): that syncer's files
   * and state stay as they were and its error is returned in `skipped`. Default: none, every
   * failure throws.
   */
  skippable?: (error: unknown) => boolean;
}

/** The syncers' saved state, by syncer name (the store keeps it for the pipeline). */
export interface CursorStore {
  load(): Promise<Record<string, Record<string, unknown>>>;
  save(state: Record<string, Record<string, unknown>>): Promise<void>;
}

export interface RunSyncResult {
  /** Requests per syncer ("google", "notion"), retries included. */
  requests: Record<string, number>;
  /** Items written per syncer and kind. */
  written: Record<string, Record<string, number>>;
  warnings: string[];
  /** Syncers that failed with a skippable error, and that error. */
  skipped: { syncer: string; error: unknown }[];
}

export async function runSync(input: RunSyncInput): Promise<RunSyncResult> {
  await input.out.writeJson("tenant.json", input.tenantJson);
  const cursors = input.cursors ?? fileCursors(input.out);
  const saved = input.full ? {} : await cursors.load();
  const report = progressCombiner(input.syncers, input.progress);
  const settled = await Promise.allSettled(
    input.syncers.map((syncer) =>
      syncer.sync({
        tenant: input.tenant,
        out: input.out,
        state: saved[syncer.name] ?? {},
        progress: (done, total, what) => report(syncer.name, done, total, what),
      }),
    ),
  );
  // Every syncer has settled before this throws: no write lands after the run reported its failure.
  const failed = settled.find((s) => s.status === "rejected" && !input.skippable?.(s.reason));
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const state: Record<string, Record<string, unknown>> = { ...saved };
  const summary: RunSyncResult = { requests: {}, written: {}, warnings: [], skipped: [] };
  input.syncers.forEach((syncer, i) => {
    const outcome = settled[i] as PromiseSettledResult<SyncResult>;
    if (outcome.status === "rejected") {
      summary.skipped.push({ syncer: syncer.name, error: outcome.reason });
      return;
    }
    const result = outcome.value;
    state[syncer.name] = result.state;
    summary.requests[syncer.name] = result.requests;
    summary.written[syncer.name] = result.written;
    summary.warnings.push(...result.warnings);
  });
  await cursors.save(state);
  return summary;
}

/** The state file in the workspace folder (`vigie sync`). */
function fileCursors(out: WorkspaceWriter): CursorStore {
  return {
    load: () => readSyncState(out),
    save: (state) => out.writeJson(SYNC_STATE_FILE, { version: STATE_VERSION, syncers: state }),
  };
}

/** The saved state per syncer; a missing file, or one from another version, means a first run. */
export async function readSyncState(out: WorkspaceWriter): Promise<Record<string, Record<string, unknown>>> {
  const raw = await out.readJson(SYNC_STATE_FILE);
  if (!isRecord(raw) || raw.version !== STATE_VERSION || !isRecord(raw.syncers)) return {};
  const state: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(raw.syncers)) if (isRecord(value)) state[name] = value;
  return state;
}

/** Sums the syncers' own progress into one bar: each syncer's latest (done, total). */
function progressCombiner(
  syncers: Syncer[],
  progress: RunSyncInput["progress"],
): (name: string, done: number, total: number, what: string) => void {
  const seen = new Map<string, { done: number; total: number }>(
    syncers.map((s) => [s.name, { done: 0, total: 0 }]),
  );
  return (name, done, total, what) => {
    seen.set(name, { done, total });
    let sumDone = 0;
    let sumTotal = 0;
    for (const s of seen.values()) {
      sumDone += Math.min(s.done, s.total);
      sumTotal += s.total;
    }
    progress?.(sumDone, sumTotal, `${name}: ${what}`);
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
