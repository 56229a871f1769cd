/**
 * The live connectors a tenant needs, built from the environment (passed in: nothing here reads
 * `process.env`). Google is always read; Notion when the tenant names Notion sources or a run writes
 * its page and alerts there.
 *
 * Endpoint overrides exist for the HTTP fakes and sandboxes, never for production:
 * - `VIGIE_GOOGLE_ROOT_URL`  API root of every Google SDK (default Google's).
 * - `VIGIE_GOOGLE_TOKEN_URL` OAuth token endpoint for the service-account JWT (default Google's).
 * - `VIGIE_NOTION_BASE_URL`  Notion API base URL (default https://api.notion.com).
 * - `VIGIE_UPSTREAM_PACE=fast` no client-side rate limit, 100 ms back-off base and 3 s request
 *   timeouts: for loopback fakes only (default: the real services' pace).
 * - `VIGIE_NOW` the run's clock as an ISO instant, for fakes seeded with dated fixtures (default: now).
 */

import type { Client } from "@notionhq/client";
import { ConfigError } from "../core/errors.js";
import type { Tenant } from "../core/model.js";
import {
  CALENDAR_WINDOW_DEFAULT,
  createGoogleSyncer,
  googleCredentialsFromEnv,
} from "../sources/google/live/index.js";
import { createNotionSyncer } from "../sources/notion/live/notion-syncer.js";
import type { Syncer } from "../sources/sync/types.js";
import { createNotionUpstream, createQuietLogger, notionClientFromEnv } from "../upstream/notion/client.js";
import type { Upstream, UpstreamOptions } from "../upstream/upstream.js";
import { createGoogleDocWriter, type GoogleDocWriter } from "../writers/google-doc/index.js";

export const ENV_GOOGLE_ROOT_URL = "VIGIE_GOOGLE_ROOT_URL";
export const ENV_GOOGLE_TOKEN_URL = "VIGIE_GOOGLE_TOKEN_URL";
export const ENV_NOTION_BASE_URL = "VIGIE_NOTION_BASE_URL";
export const ENV_UPSTREAM_PACE = "VIGIE_UPSTREAM_PACE";
export const ENV_NOW = "VIGIE_NOW";

type Env = Readonly<Record<string, string | undefined>>;

export interface LiveServicesOptions {
  env: Env;
  /** Whether Notion is written to (the weekly page and alerts); reading it depends on the tenant. */
  writeNotion: boolean;
  /** Whether the weekly Google Doc is written (tenant.output.googleDoc.folderId set, not a dry run). */
  writeGoogleDoc?: boolean;
  /** Notion syncer lists every page again and drops what is gone. Default false. */
  full?: boolean;
  /** Weeks back of a calendar's full listing. Default CALENDAR_WINDOW_DEFAULT.weeksBack (20). */
  calendarWeeksBack?: number;
  /** The run's clock (the calendar window, Notion fetch times). */
  now: () => Date;
  /** Where SDK warnings go (code and request id only, never a body). */
  log: (line: string) => void;
  onRetry?: UpstreamOptions["onRetry"];
}

export interface LiveServices {
  syncers: Syncer[];
  /** The Notion client and its one Upstream, shared by the syncer and the writers; null when unused. */
  notion: { client: Client; upstream: Upstream } | null;
  /** The Google Doc writer (its own `drive.file` client), or null when no doc is written. */
  googleDoc: GoogleDocWriter | null;
}

/** True when the tenant reads anything from Notion. */
export function readsNotion(tenant: Tenant): boolean {
  const s = tenant.sources;
  return Boolean(s.notionNotesDataSourceId) || (s.notionStrategyPageIds ?? []).length > 0;
}

export function buildLiveServices(tenant: Tenant, o: LiveServicesOptions): LiveServices {
  const fast = paceIsFast(o.env);
  const upstream: Partial<UpstreamOptions> = {
    ...(fast ? { intervalCap: Number.POSITIVE_INFINITY, concurrency: 8, baseDelayMs: 100 } : {}),
    ...(o.onRetry ? { onRetry: o.onRetry } : {}),
  };
  const timeout = fast ? { timeoutMs: 3_000 } : {};
  const rootUrl = urlFromEnv(o.env, ENV_GOOGLE_ROOT_URL);
  const tokenUrl = urlFromEnv(o.env, ENV_GOOGLE_TOKEN_URL);
  const google = createGoogleSyncer({
    credentials: googleCredentialsFromEnv(o.env),
    ...(rootUrl ? { rootUrl } : {}),
    ...(tokenUrl ? { tokenUrl } : {}),
    ...timeout,
    upstream,
    now: () => o.now().getTime(),
    ...(o.calendarWeeksBack !== undefined
      ? { calendarWindow: { ...CALENDAR_WINDOW_DEFAULT, weeksBack: o.calendarWeeksBack } }
      : {}),
  });
  const googleDoc = o.writeGoogleDoc
    ? createGoogleDocWriter({
        credentials: googleCredentialsFromEnv(o.env),
        ...(rootUrl ? { rootUrl } : {}),
        ...(tokenUrl ? { tokenUrl } : {}),
        ...timeout,
        upstream,
      })
    : null;
  const reads = readsNotion(tenant);
  if (!reads && !o.writeNotion) return { syncers: [google], notion: null, googleDoc };
  const baseUrl = urlFromEnv(o.env, ENV_NOTION_BASE_URL);
  const client = notionClientFromEnv(o.env, {
    ...(baseUrl ? { baseUrl } : {}),
    ...timeout,
    logger: createQuietLogger(o.log),
  });
  const notion = { client, upstream: createNotionUpstream(upstream) };
  if (!reads) return { syncers: [google], notion, googleDoc };
  const syncer = createNotionSyncer({
    notion: client,
    upstream: notion.upstream,
    full: o.full ?? false,
    now: o.now,
  });
  return { syncers: [google, syncer], notion, googleDoc };
}

export function paceIsFast(env: Env): boolean {
  const pace = env[ENV_UPSTREAM_PACE]?.trim();
  if (!pace || pace === "real") return false;
  if (pace === "fast") return true;
  throw new ConfigError(
    `${ENV_UPSTREAM_PACE}: expected "fast" (loopback fakes only) or "real", got "${pace}"`,
  );
}

export function urlFromEnv(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name}: expected an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${name}: expected an http(s) URL, got "${value}"`);
  }
  return value.replace(/\/+$/, "");
}

/** `VIGIE_NOW` when set (a fixed instant for fakes), else the given clock. */
export function clockFromEnv(env: Env, clock: () => Date): () => Date {
  const value = env[ENV_NOW]?.trim();
  if (!value) return clock;
  const at = Date.parse(value);
  if (Number.isNaN(at))
    throw new ConfigError(`${ENV_NOW}: expected an ISO instant like 2026-11-23T10:00:00Z, got "${value}"`);
  return () => new Date(at);
}
