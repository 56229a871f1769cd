/**
 * `oauthNotion`: connects a tenant's own Notion workspace through the public integration's OAuth.
 *
 * 1. `POST ?tenant=<id>` from the add-on (Google ID token of an admin or assistant) → `{url}`: Notion's
 *    authorization page, with a signed `state` bound to the tenant and the caller.
 * 2. Notion redirects the browser to `GET ?code=…&state=…`: the state is checked (signature, expiry,
 *    the caller still an admin or assistant), the code exchanged at `POST /v1/oauth/token`, and the
 *    access token stored sealed for that tenant. The browser gets a short page, never the token.
 */
import type { Store } from "../../store/store.js";
import type { Envelope } from "../../upstream/secrets/envelope.js";
import { authenticate, authorize, type CallerPolicy } from "./caller.js";
import { Connections } from "./connections.js";
import { HttpError, json, queryParam, type ServiceRequest, type ServiceResponse } from "./http.js";
import type { StateSigner } from "./oauth-state.js";
import type { ServiceTenant } from "./service-tenant.js";

export const NOTION_AUTHORIZE_URL = "https://api.notion.com/v1/oauth/authorize";

export interface NotionOAuthClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Default Notion's; a fake's for tests. */
  authorizeUrl?: string;
  /** Exchanges a code; resolves with the access token and the workspace name. */
  exchange(code: string): Promise<{ accessToken: string; workspaceName: string | null }>;
}

export interface OAuthNotionDeps {
  store: Store;
  policy: CallerPolicy;
  envelope: Envelope;
  signer: StateSigner;
  notion: NotionOAuthClient;
  now: () => number;
}

export async function handleOAuthNotion(
  req: ServiceRequest,
  deps: OAuthNotionDeps,
): Promise<ServiceResponse> {
  if (req.method === "POST") return start(req, deps);
  if (req.method === "GET") return callback(req, deps);
  throw new HttpError(
    405,
    "method_not_allowed",
    `expected POST (start) or GET (Notion's redirect), got ${req.method}`,
  );
}

async function start(req: ServiceRequest, deps: OAuthNotionDeps): Promise<ServiceResponse> {
  const identity = await authenticate(req, deps.policy);
  const tenantId = queryParam(req, "tenant");
  const scoped = await deps.store.tenant(tenantId);
  const current = await scoped.configs.latest();
  authorize(identity, tenantId, current?.roles ?? null, scoped.pseudonym);
  const url = new URL(deps.notion.authorizeUrl ?? NOTION_AUTHORIZE_URL);
  url.searchParams.set("client_id", deps.notion.clientId);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("owner", "user");
  url.searchParams.set("redirect_uri", deps.notion.redirectUri);
  url.searchParams.set("state", deps.signer.sign(tenantId, scoped.pseudonym(identity.email), deps.now()));
  return json(200, { url: url.toString() });
}

async function callback(req: ServiceRequest, deps: OAuthNotionDeps): Promise<ServiceResponse> {
  if (req.query.error)
    return page(
      400,
      "Notion was not connected",
      "The authorization was declined in Notion. You can start again from the add-on.",
    );
  const code = req.query.code?.trim();
  const rawState = req.query.state?.trim();
  if (!code || !rawState)
    return page(400, "Notion was not connected", "This page expects Notion's redirect (code and state).");
  const state = deps.signer.verify(rawState, deps.now());
  if (typeof state === "string")
    return page(400, "Notion was not connected", `This link cannot be used: ${state}.`);
  const scoped = await deps.store.tenant(state.tenant);
  const tenant = (await scoped.configs.latest())?.tenant as ServiceTenant | undefined;
  const editors = [...(tenant?.admins ?? []), ...(tenant?.assistants ?? [])].map((e) => scoped.pseudonym(e));
  if (!editors.includes(state.caller)) {
    return page(
      403,
      "Notion was not connected",
      "The person who started this connection is no longer an admin or assistant of this company.",
    );
  }
  let exchanged: { accessToken: string; workspaceName: string | null };
  try {
    exchanged = await deps.notion.exchange(code);
  } catch {
    return page(
      502,
      "Notion was not connected",
      "Notion refused the authorization code (used twice or expired?). Start again from the add-on.",
    );
  }
  await new Connections(deps.store.sql, state.tenant, deps.envelope).save("notion", exchanged.accessToken, {
    workspaceName: exchanged.workspaceName,
    connectedBy: state.caller,
  });
  return page(
    200,
    "Notion connected",
    `Vigie can now read and write the pages you shared${exchanged.workspaceName ? ` in “${exchanged.workspaceName}”` : ""}. You can close this window.`,
  );
}

function page(status: number, title: string, text: string): ServiceResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} — Vigie</title></head><body><h1>${esc(title)}</h1><p>${esc(text)}</p></body></html>`;
  return { status, body: html, headers: { "cache-control": "no-store", "referrer-policy": "no-referrer" } };
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
