/**
 * An HTTP-level fake of the Google APIs Vigie reads, for the official SDKs to be pointed at (see index.ts
 * for the exact client setup). Plain node:http on 127.0.0.1 with an ephemeral port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { authenticate, handleToken, isReply } from "./auth.js";
import { listEvents } from "./calendar.js";
import { listUsers } from "./directory.js";
import { getDocument } from "./docs.js";
import { getStartPageToken, listChanges, listFiles } from "./drive.js";
import { createFile, updateFile } from "./drive-upload.js";
import { type FaultConfig, FaultInjector } from "./faults.js";
import { type ApiContext, googleError, type Reply } from "./http.js";
import { FakeState } from "./state.js";
import { type Json, loadWorkspace } from "./workspace.js";

export interface GoogleFakeOptions {
  /** Workspace folder (SPEC "Workspace folder"); only its google/ part is read. Required. */
  workspace: string;
  /** Faults to inject into API requests. Default: none. */
  faults?: FaultConfig;
  /** Delay before every answer, in ms. Default: `faults.latencyMs`, else 0. */
  latencyMs?: number;
  /** Largest page any list returns, whatever the client asks: forces pagination. Default: the API's own. */
  pageSizeCap?: number;
  /** Clock for token expiry, `updated` stamps and the rate window. Default: Date.now. */
  now?: () => number;
  /** client_email → PEM public key; assertions from those issuers must carry a valid RS256 signature. */
  publicKeys?: Record<string, string>;
  /**
   * Service accounts (client_email) the Workspace administrator has not granted domain-wide delegation:
   * their token requests get Google's 401 `unauthorized_client`. Default: every one is granted.
   */
  ungranted?: string[];
}

export interface GoogleFake {
  /** Root URL for every SDK (`rootUrl`) and base of the token endpoint (`${url}/token`). No trailing slash. */
  url: string;
  close(): Promise<void>;
  state: FakeState;
  /**
   * Every request received, token requests included, keyed by decoded path, and by `METHOD path`
   * (`POST /upload/drive/v3/files`), to tell a list from an upload on the same resource; and every
   * Calendar sync token a request carried, in order.
   */
  requests: {
    count: number;
    byPath: Record<string, number>;
    byRoute: Record<string, number>;
    syncTokens: string[];
  };
  faults: { injected: Record<string, number> };
  addEvent(calendarId: string, event: Json): Json;
  updateEvent(calendarId: string, eventId: string, patch: Json): Json;
  cancelEvent(calendarId: string, eventId: string): Json;
  expireSyncToken(calendarId: string): void;
  addDriveFile(file: Json): Json;
  updateDriveFile(fileId: string, patch: Json): Json;
  removeDriveFile(fileId: string): void;
  setDocument(documentId: string, document: Json): void;
}

type Handler = (ctx: ApiContext) => Reply;

const ROUTES: Array<[string, RegExp, Handler]> = [
  ["GET", /^\/admin\/directory\/v1\/users$/, listUsers],
  ["GET", /^\/calendar\/v3\/calendars\/([^/]+)\/events$/, listEvents],
  ["GET", /^\/drive\/v3\/files$/, listFiles],
  ["GET", /^\/drive\/v3\/changes\/startPageToken$/, getStartPageToken],
  ["GET", /^\/drive\/v3\/changes$/, listChanges],
  ["GET", /^\/v1\/documents\/([^/:]+)$/, getDocument],
  ["POST", /^\/upload\/drive\/v3\/files$/, createFile],
  ["PATCH", /^\/upload\/drive\/v3\/files\/([^/]+)$/, updateFile],
];

export async function startGoogleFake(options: GoogleFakeOptions): Promise<GoogleFake> {
  const now = options.now ?? Date.now;
  const state = new FakeState(loadWorkspace(options.workspace), now);
  const injector = new FaultInjector(options.faults ?? {}, now);
  const requests = {
    count: 0,
    byPath: {} as Record<string, number>,
    byRoute: {} as Record<string, number>,
    syncTokens: [] as string[],
  };
  const latencyMs = options.latencyMs ?? options.faults?.latencyMs ?? 0;
  const server = createServer((req, res) => {
    requests.count += 1;
    const path = safeDecode((req.url ?? "/").split("?")[0] ?? "/");
    requests.byPath[path] = (requests.byPath[path] ?? 0) + 1;
    const route = `${req.method ?? "GET"} ${path}`;
    requests.byRoute[route] = (requests.byRoute[route] ?? 0) + 1;
    const syncToken = new URL(req.url ?? "/", "http://fake").searchParams.get("syncToken");
    if (syncToken) requests.syncTokens.push(syncToken);
    respond(req, state, injector, options)
      .then((reply) => reply && later(latencyMs, () => send(res, reply)))
      .catch((error: unknown) => send(res, googleError(500, `Fake failure: ${(error as Error).message}`)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      // Hung requests keep their sockets open on purpose; close them or close() would wait forever.
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return {
    url: `http://127.0.0.1:${port}`,
    close,
    state,
    requests,
    faults: { injected: injector.injected },
    addEvent: (calendarId, event) => state.addEvent(calendarId, event),
    updateEvent: (calendarId, eventId, patch) => state.updateEvent(calendarId, eventId, patch),
    cancelEvent: (calendarId, eventId) => state.cancelEvent(calendarId, eventId),
    expireSyncToken: (calendarId) => state.expireSyncToken(calendarId),
    addDriveFile: (file) => state.addDriveFile(file),
    updateDriveFile: (fileId, patch) => state.updateDriveFile(fileId, patch),
    removeDriveFile: (fileId) => state.removeDriveFile(fileId),
    setDocument: (documentId, document) => state.setDocument(documentId, document),
  };
}

/** The reply to send, or null to leave the request hanging. */
async function respond(
  req: IncomingMessage,
  state: FakeState,
  injector: FaultInjector,
  options: GoogleFakeOptions,
): Promise<Reply | null> {
  const body = await readBody(req);
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/token") {
    if (req.method !== "POST") return googleError(405, "Method Not Allowed");
    return handleToken(body, state, { publicKeys: options.publicKeys, ungranted: options.ungranted });
  }
  const fault = injector.check(url);
  if (fault?.kind === "hang") return null;
  if (fault) return fault.reply;
  const reply = route(req, url, body, state, options.pageSizeCap);
  return injector.afterCommit(req.method ?? "GET", safeDecode(url.pathname), reply);
}

function route(req: IncomingMessage, url: URL, body: string, state: FakeState, pageSizeCap?: number): Reply {
  for (const [method, pattern, handler] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match || req.method !== method) continue;
    const principal = authenticate(req.headers.authorization, state);
    if (isReply(principal)) return principal;
    const params = match.slice(1).map(safeDecode);
    const contentType = req.headers["content-type"];
    return handler({
      query: url.searchParams,
      params,
      principal,
      state,
      pageSizeCap,
      body,
      ...(contentType ? { contentType } : {}),
    });
  }
  return googleError(404, `Not Found: ${req.method} ${url.pathname} is not part of the fake`, {
    reason: "notFound",
  });
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return;
  const isHtml = reply.html !== undefined;
  const body = isHtml ? (reply.html ?? "") : JSON.stringify(reply.json ?? {});
  res.writeHead(reply.status, {
    "content-type": isHtml ? "text/html; charset=UTF-8" : "application/json; charset=UTF-8",
    ...reply.headers,
  });
  res.end(body);
}

function later(ms: number, run: () => void): void {
  if (ms > 0) setTimeout(run, ms);
  else run();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
