/**
 * Calls to the Vigie service. Every request carries the user's Google OpenID Connect identity
 * token (ScriptApp.getIdentityToken: openid + email scopes); the service checks it and the
 * tenant's admins/assistants lists. No secret lives in the script.
 *
 * The service URL is where its functions answer by name (`{url}/config`, `{url}/oauthNotion`…).
 * Contract: the `config` function's routes and replies are typed once, in
 * src/app/service/contract.ts (the service compiles the same file); in short (`?tenant=ID` on each):
 *   GET  {url}/config                    → 200 ConfigReply
 *   PUT  {url}/config  Tenant            → 200 SavedReply | 400 { issues: TenantIssue[] }
 *   POST {url}/config/run                → 202 RunNowReply (queued) | 200 (week already done) | 409 nothing saved yet
 *   POST {url}/config/notion-access { kind: "dataSource" | "page", id } → 200 NotionAccess
 *   POST {url}/oauthNotion               → 200 { url }  (Notion's authorization page, signed state)
 *   401/403 → not allowed; 409 → nothing saved yet; anything else ≥ 400 (but a 400 with issues) → failed.
 */
import { say, UserError } from "./messages";
import { serviceUrl } from "./settings";

export interface Reply {
  status: number;
  body: unknown;
}

type Method = "get" | "put" | "post";

export function callService(method: Method, fn: string, tenant: string, payload?: unknown): Reply {
  const base = serviceUrl();
  if (!base) throw new UserError(say("noServiceUrl"));
  const token = ScriptApp.getIdentityToken();
  if (!token) throw new UserError(say("noToken"));
  const options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    muteHttpExceptions: true,
    followRedirects: false,
  };
  if (payload !== undefined) {
    options.contentType = "application/json";
    options.payload = JSON.stringify(payload);
  }
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(`${base}/${fn}?tenant=${encodeURIComponent(tenant)}`, options);
  } catch (e) {
    throw new UserError(say("unreachable", { reason: shortReason(e) }));
  }
  const status = response.getResponseCode();
  if (status === 401 || status === 403) throw new UserError(say("forbidden"));
  if (status === 409) throw new UserError(say("notSavedYet"));
  const body = parseBody(response.getContentText());
  if (status >= 400 && !(status === 400 && hasIssues(body))) throw new UserError(say("failed", { status }));
  return { status, body };
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function hasIssues(body: unknown): boolean {
  return typeof body === "object" && body !== null && Array.isArray((body as { issues?: unknown }).issues);
}

export function shortReason(e: unknown): string {
  // Not `instanceof Error`: a service's exception need not come from the script's own realm.
  const message = (e as { message?: unknown } | null)?.message;
  const text = typeof message === "string" ? message : String(e);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
