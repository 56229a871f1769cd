/**
 * The HTTP side: `node:http` on 127.0.0.1, an ephemeral port. Order of checks follows the
 * layers of the real service: edge faults (hang, 502 HTML) → auth and version → API faults
 * (429, 5xx, 409) → body size and JSON → the route → a failure reported after the commit.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { FakeApiError } from "./errors.js";
import type { FaultInjector, FaultResponse } from "./faults.js";
import { isObject, type JsonObject } from "./ids.js";
import { checkBodySize } from "./limits.js";
import type { NotionOAuth } from "./oauth.js";
import { pathId, type Route } from "./route.js";
import type { NotionStore } from "./store.js";

export const NOTION_VERSION = "2025-09-03";

export interface RequestLogEntry {
  method: string;
  path: string;
  route: string;
  status: number;
}

export interface RequestStats {
  count: number;
  byRoute: Record<string, number>;
  log: RequestLogEntry[];
}

export interface ServerDeps {
  store: NotionStore;
  routes: Route[];
  token: string;
  /** The public integration's OAuth, when the fake plays one: its tokens are accepted too. */
  oauth: NotionOAuth | null;
  faults: FaultInjector;
  latencyMs: number;
  requests: RequestStats;
}

export async function listen(deps: ServerDeps): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, randomUUID(), 500, errorBody(500, "internal_server_error", String(error), ""));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  // Hung requests keep their sockets open; close them or `close()` would wait forever.
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const found = findRoute(deps.routes, method, url.pathname);
  const routeName = found?.route.name ?? `${method} ${url.pathname}`;
  const raw = await readBody(req);
  const entry = record(deps.requests, method, url.pathname, routeName);
  const answer = (status: number, body: JsonObject | string, headers: Record<string, string> = {}) => {
    entry.status = status;
    send(res, requestId, status, body, headers);
  };
  await sleep(deps.faults.latencyMs(deps.latencyMs));
  const edge = deps.faults.edge(routeName);
  if (edge?.kind === "hang") return;
  if (edge) return answerFault(edge, requestId, answer);
  if (deps.oauth && method === "POST" && url.pathname === "/v1/oauth/token") {
    const reply = deps.oauth.token(req.headers.authorization, parseOAuthBody(raw));
    return answer(reply.status, reply.json as JsonObject);
  }
  try {
    checkHeaders(req, deps.token, deps.oauth);
    const apiFault = deps.faults.api(found?.route.write ?? false);
    if (apiFault) return answerFault(apiFault, requestId, answer);
    if (!found) throw new FakeApiError(400, "invalid_request_url", "Invalid request URL.");
    const result = runRoute(deps.store, found, url, raw);
    const afterCommit = deps.faults.afterCommit(routeName);
    if (afterCommit === "drop") return void res.socket?.destroy();
    if (afterCommit === "status") {
      return answer(500, errorBody(500, "internal_server_error", "Unexpected error occurred.", requestId));
    }
    answer(
      200,
      isObject(result) && result.object === "list"
        ? { ...result, request_id: requestId }
        : (result as JsonObject),
    );
  } catch (error) {
    if (!(error instanceof FakeApiError)) throw error;
    answer(error.status, errorBody(error.status, error.code, error.message, requestId));
  }
}

function findRoute(routes: Route[], method: string, path: string) {
  for (const route of routes) {
    const match = route.method === method ? route.match(path) : undefined;
    if (match) return { route, rawId: match.rawId };
  }
  return undefined;
}

function runRoute(
  store: NotionStore,
  found: { route: Route; rawId?: string },
  url: URL,
  raw: Buffer,
): unknown {
  const id = pathId(found.route, found.rawId);
  checkBodySize(raw.length);
  return found.route.handle({ store, id, query: url.searchParams, body: parseBody(raw) });
}

function checkHeaders(req: IncomingMessage, token: string, oauth: NotionOAuth | null): void {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (bearer !== token && !(bearer && oauth?.tokens.has(bearer))) {
    throw new FakeApiError(401, "unauthorized", "API token is invalid.");
  }
  const version = req.headers["notion-version"];
  if (version === undefined) {
    throw new FakeApiError(
      400,
      "missing_version",
      "Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.",
    );
  }
  if (version !== NOTION_VERSION) {
    throw new FakeApiError(
      400,
      "validation_error",
      `The Notion fake only speaks Notion-Version ${NOTION_VERSION}, got \`${String(version)}\`.`,
    );
  }
}

function parseOAuthBody(raw: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw.toString("utf8"));
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function parseBody(raw: Buffer): JsonObject {
  if (raw.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new FakeApiError(400, "invalid_json", "Error parsing JSON body.");
  }
  if (!isObject(parsed)) throw new FakeApiError(400, "invalid_json", "Error parsing JSON body.");
  return parsed;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function record(stats: RequestStats, method: string, path: string, route: string): RequestLogEntry {
  stats.count += 1;
  stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
  const entry = { method, path, route, status: 0 };
  stats.log.push(entry);
  return entry;
}

function answerFault(
  fault: FaultResponse,
  requestId: string,
  answer: (status: number, body: JsonObject | string, headers?: Record<string, string>) => void,
): void {
  if (fault.kind === "json") {
    answer(fault.status, errorBody(fault.status, fault.code, fault.message, requestId), fault.headers);
    return;
  }
  // An edge page: HTML, a Cloudflare ray id, no Notion request id, as the SDK expects to see it.
  const ray = `${requestId.replace(/-/g, "").slice(0, 16)}-CDG`;
  answer(fault.status, fault.body, { "content-type": "text/html", "cf-ray": ray });
}

export function errorBody(status: number, code: string, message: string, requestId: string): JsonObject {
  return { object: "error", status, code, message, request_id: requestId };
}

function send(
  res: ServerResponse,
  requestId: string,
  status: number,
  body: JsonObject | string,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "x-request-id": requestId,
    // The SDK reads this one (UnknownHTTPResponseError.request_id); an edge page has none.
    ...(typeof body === "string" ? {} : { "x-notion-request-id": requestId }),
    ...headers,
  });
  res.end(text);
}
