/**
 * `crash-after-page`: a loopback proxy in front of the Notion fake that lets the weekly page's create
 * through, then cuts every later request (connection destroyed) — as if the run had died right after
 * creating the page: nothing after it (content, alert rows) reaches Notion, and the run fails. The
 * next run, through an unarmed proxy, must converge to one page and one row per alert.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface CrashProxy {
  url: string;
  /** Arms (or disarms) the crash for the next run. */
  arm(on: boolean): void;
  /** Crashes injected so far. */
  readonly injected: number;
  close(): Promise<void>;
}

export async function startCrashProxy(target: string, parentPageId: string): Promise<CrashProxy> {
  const state = { armed: false, crashed: false, injected: 0 };
  const server = createServer((req, res) => {
    if (state.crashed) {
      req.socket.destroy();
      return;
    }
    forward(target, req, res, (body, status) => {
      if (state.armed && status === 200 && isWeeklyPageCreate(req, body, parentPageId)) {
        state.crashed = true;
        state.injected += 1;
      }
    }).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arm: (on) => {
      state.armed = on;
      state.crashed = false;
    },
    get injected() {
      return state.injected;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Sends the request on and its answer back; `seen` gets the request body and the answer's status. */
async function forward(
  target: string,
  req: IncomingMessage,
  res: ServerResponse,
  seen: (body: string, status: number) => void,
): Promise<void> {
  const body = await readAll(req);
  const url = new URL(req.url ?? "/", target);
  const upstream = request(
    url,
    { method: req.method, headers: { ...req.headers, host: url.host } },
    (answer) => {
      readAll(answer).then(
        (text) => {
          seen(body.toString("utf8"), answer.statusCode ?? 0);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(text);
        },
        () => res.destroy(),
      );
    },
  );
  upstream.on("error", () => res.destroy());
  upstream.end(body);
}

function isWeeklyPageCreate(req: IncomingMessage, body: string, parentPageId: string): boolean {
  if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== "/v1/pages") return false;
  try {
    const parent = (JSON.parse(body) as { parent?: { page_id?: string } }).parent;
    return parent?.page_id?.replace(/-/g, "") === parentPageId.replace(/-/g, "");
  } catch {
    return false;
  }
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}
