/**
 * "Test access" for one tenant (`health?tenant=<id>`): can the service read the tenant's Workspace as
 * its admin (domain-wide delegation granted?), and reach its Notion output with its own token? One
 * small read each; the answer is in plain words an administrator can act on, never a token or a body.
 */
import { Client } from "@notionhq/client";
import { ConfigError, UpstreamError } from "../../core/errors.js";
import { GoogleClients } from "../../upstream/google/clients.js";
import { googleCredentialsFromEnv } from "../../upstream/google/credentials.js";
import { classifyGoogleError, DelegationNotGrantedError } from "../../upstream/google/errors.js";
import { classifyNotionError } from "../../upstream/notion/errors.js";
import type { Env } from "../../upstream/secrets/secrets.js";

export interface AccessResult {
  ok: boolean;
  /** What works, or what to do. */
  message: string;
  /** A stable reason code for the add-on: `unauthorized_client`, `not_connected`… */
  reason?: string;
}

export interface AccessReport {
  google: AccessResult;
  notion: AccessResult | null;
}

const TIMEOUT_MS = 10_000;

export async function checkGoogle(env: Env, admin: string | undefined): Promise<AccessResult> {
  if (!admin)
    return {
      ok: false,
      reason: "no_admin",
      message: "No Google Workspace administrator is configured (googleAdmin).",
    };
  try {
    const credentials = googleCredentialsFromEnv({ ...env, VIGIE_GOOGLE_ADMIN: admin });
    const clients = new GoogleClients(credentials, {
      timeoutMs: TIMEOUT_MS,
      ...(env.VIGIE_GOOGLE_ROOT_URL ? { rootUrl: env.VIGIE_GOOGLE_ROOT_URL } : {}),
      ...(env.VIGIE_GOOGLE_TOKEN_URL ? { tokenUrl: env.VIGIE_GOOGLE_TOKEN_URL } : {}),
    });
    await clients.directory(admin).users.list({ customer: "my_customer", maxResults: 1 });
    return {
      ok: true,
      message:
        "Google Workspace: Vigie can read the directory and calendars as the configured administrator.",
    };
  } catch (raw) {
    const e = classifyGoogleError(raw);
    if (e instanceof DelegationNotGrantedError)
      return { ok: false, reason: "unauthorized_client", message: e.message };
    if (e instanceof ConfigError) return { ok: false, reason: "refused", message: e.message };
    return {
      ok: false,
      reason: e.retryable ? "unavailable" : "refused",
      message: `Google Workspace could not be reached (${e.status ?? "network"}); try again later.`,
    };
  }
}

export async function checkNotion(
  env: Env,
  token: string | null,
  pageId: string | undefined,
): Promise<AccessResult | null> {
  if (!pageId) return null;
  if (!token)
    return {
      ok: false,
      reason: "not_connected",
      message: "Notion is not connected: use “Connect Notion” in the add-on.",
    };
  const client = new Client({
    auth: token,
    retry: false,
    timeoutMs: TIMEOUT_MS,
    ...(env.VIGIE_NOTION_BASE_URL ? { baseUrl: env.VIGIE_NOTION_BASE_URL } : {}),
  });
  try {
    await client.pages.retrieve({ page_id: pageId });
    return { ok: true, message: "Notion: Vigie can reach the output page." };
  } catch (raw) {
    const e = classifyNotionError(raw);
    if (e instanceof ConfigError)
      return {
        ok: false,
        reason: "revoked",
        message: "Notion access was revoked or is no longer valid: reconnect Notion from the add-on.",
      };
    if (e instanceof UpstreamError && e.status === 404) {
      return {
        ok: false,
        reason: "not_shared",
        message: "The Notion output page is not shared with Vigie: share it with the integration.",
      };
    }
    return { ok: false, reason: "unavailable", message: "Notion could not be reached; try again later." };
  }
}
