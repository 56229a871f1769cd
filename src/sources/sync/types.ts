import type { Tenant } from "../../core/model.js";

/**
 * A live source that brings a workspace folder (SPEC "Workspace folder") up to date from an
 * API: it writes the verbatim API responses, so the folder reader serves live runs, fakes
 * and fixtures alike.
 */
export interface Syncer {
  /** "google" or "notion": the key of its state and request counts. */
  name: string;
  sync(ctx: SyncContext): Promise<SyncResult>;
}

export interface SyncContext {
  tenant: Tenant;
  out: WorkspaceWriter;
  /**
   * This syncer's saved state from the previous run (sync tokens, cursors, last edit times),
   * `{}` on a first run. The syncer returns the new state in its result; it is saved only
   * when the whole sync succeeded, so a failed run starts again from the previous state.
   */
  state: Record<string, unknown>;
  progress: (done: number, total: number, what: string) => void;
}

export interface SyncResult {
  state: Record<string, unknown>;
  requests: number;
  /** Items written or updated, per kind ("events", "users", "docs", "pages"…). */
  written: Record<string, number>;
  warnings: string[];
}

/** Writes files of the workspace folder: JSON, atomically (temp file + rename). */
export interface WorkspaceWriter {
  readonly root: string;
  /** `path` is relative to the workspace root, e.g. `google/calendar/a@b.fr.json`. */
  readJson(path: string): Promise<unknown | null>;
  writeJson(path: string, data: unknown): Promise<void>;
  remove(path: string): Promise<void>;
}
