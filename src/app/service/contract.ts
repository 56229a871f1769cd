/**
 * The add-on ↔ service contract of the `config` function, as types only. This file has no imports on
 * purpose: the service (NodeNext, `./contract.js`) and the add-on (bundler resolution, extensionless)
 * both compile it, so the two sides cannot drift apart. The routes (under `{url}/config`, `?tenant=ID`):
 *   GET  /                 → 200 ConfigReply
 *   PUT  /                 tenant.json → 200 SavedReply | 400 { issues }
 *   POST /run              → 202 RunNowReply (queued) | 200 RunNowReply (week already done) | 409 (no configuration)
 *   POST /notion-access    NotionAccessRequest → 200 NotionAccess
 */

/** The last run of a tenant as the sidebar shows it. */
export interface LastRun {
  /** ISO week, `2026-W47`. */
  week: string;
  /** `queued`: asked for with "run now", not picked up yet. */
  status: "ok" | "failed" | "running" | "queued";
  score: number | null;
  pageUrl: string | null;
  finishedAt: string | null;
  /** A failed run's reason in plain words; null otherwise. */
  error: string | null;
  /** What the caller must do, in French and English (a revoked Notion access); absent or null otherwise. */
  problem?: { code: string; message: { fr: string; en: string } } | null;
}

export type EditorRole = "admin" | "assistant";

export interface ConfigReply {
  tenant: string;
  /** Absent while nothing has been saved. */
  version?: number;
  savedAt?: string;
  role: EditorRole;
  /** `tenant.json` as saved; absent on an empty tenant. */
  config?: Record<string, unknown>;
  lastRun: LastRun | null;
}

export interface SavedReply {
  tenant: string;
  version: number;
  savedAt: string;
  role: EditorRole;
}

export interface RunNowReply {
  /** `queued` when a run was asked for; `already-done` when the week has its page (nothing sent). */
  outcome: "queued" | "already-done";
  run: LastRun;
}

export type NotionObjectKind = "dataSource" | "page";

export interface NotionAccessRequest {
  kind: NotionObjectKind;
  /** A Notion id (32 hex digits, dashes optional). */
  id: string;
}

/** Why the tenant's Notion connection cannot read the object. */
export type NotionAccessReason = "not_connected" | "not_shared" | "revoked" | "unavailable";

export interface NotionAccess {
  ok: boolean;
  /** The page's or data source's title, when `ok`. */
  title?: string;
  reason?: NotionAccessReason;
}
