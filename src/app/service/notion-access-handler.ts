/**
 * `POST {url}/config/notion-access?tenant=ID {kind, id}`: the sidebar's "test access" — can the tenant's
 * own Notion connection read this page or data source? One read through the official SDK with the
 * tenant's sealed token (opened here, never returned or logged); the answer is ok with the object's
 * title, or a reason the add-on words for the user: not connected, not shared with the integration,
 * revoked, or Notion unavailable. Admins and assistants of the tenant only, as `config`.
 */
import type { Envelope } from "../../upstream/secrets/envelope.js";
import { Connections } from "./connections.js";
import type { NotionAccessRequest } from "./contract.js";
import { type EditorDeps, editorOf } from "./editor.js";
import { HttpError, json, type ServiceRequest, type ServiceResponse } from "./http.js";

export interface NotionAccessDeps extends EditorDeps {
  /** Opens the tenant's sealed token; null when the service has no envelope key (nothing is connected). */
  envelope: Envelope | null;
  /** The Notion API's base URL (fakes); default the SDK's. */
  notionBaseUrl?: string;
}

const NOTION_ID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export async function handleNotionAccess(
  req: ServiceRequest,
  deps: NotionAccessDeps,
): Promise<ServiceResponse> {
  if (req.method !== "POST")
    throw new HttpError(405, "method_not_allowed", `expected POST, got ${req.method}`);
  const { scoped } = await editorOf(req, deps);
  const asked = accessRequestOf(req.body);
  const token = deps.envelope
    ? await new Connections(deps.store.sql, scoped.tenantId, deps.envelope).token("notion")
    : null;
  // The Notion SDK loads for this route only: a GET of the configuration never pays for it (cold start).
  const { readAccess } = await import("./notion-access-read.js");
  return json(200, await readAccess(token, asked, deps.notionBaseUrl));
}

/** The body, or a 400 naming the field (the add-on shows it as an issue). */
function accessRequestOf(body: unknown): NotionAccessRequest {
  const b = (body ?? {}) as { kind?: unknown; id?: unknown };
  if (b.kind !== "page" && b.kind !== "dataSource") {
    throw badField("kind", `expected "page" or "dataSource", got ${JSON.stringify(b.kind ?? null)}`);
  }
  if (typeof b.id !== "string" || !NOTION_ID.test(b.id.trim())) {
    throw badField("id", `expected a Notion id (32 hex digits), got ${JSON.stringify(b.id ?? null)}`);
  }
  return { kind: b.kind, id: b.id.trim() };
}

function badField(path: string, en: string): HttpError {
  return new HttpError(400, "bad_request", `${path}: ${en}`, {
    issues: [{ path, message: { en, fr: `${path} : ${en}` } }],
  });
}
