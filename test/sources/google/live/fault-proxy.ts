/**
 * A loopback HTTP proxy in front of the Google fake that answers chosen requests itself: for faults the
 * fake cannot shape (a 429 with a given Retry-After). Everything else is forwarded untouched.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Injected {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
}

export interface FaultProxy {
  url: string;
  /** Requests answered by the proxy itself. */
  injected: number;
  close(): Promise<void>;
}

/** `decide` sees each API request's path (token requests always pass) and may answer it instead. */
export async function startFaultProxy(
  target: string,
  decide: (path: string, url: URL) => Injected | null,
): Promise<FaultProxy> {
  const proxy: FaultProxy = { url: "", injected: 0, close: async () => {} };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fault = url.pathname === "/token" ? null : decide(decodeURIComponent(url.pathname), url);
    if (fault) {
      proxy.injected += 1;
      res.writeHead(fault.status, { "content-type": "application/json; charset=UTF-8", ...fault.headers });
      res.end(JSON.stringify(fault.json ?? {}));
      return;
    }
    forward(target, req)
      .then(async (upstream) => {
        res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "" });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

async function forward(target: string, req: IncomingMessage): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string" && name !== "host" && name !== "content-length") headers.set(name, value);
  }
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  return fetch(new URL(req.url ?? "/", target), { method: req.method, headers, body });
}

/** Google's 429 answer with a Retry-After in seconds. */
export function tooManyRequests(retryAfterSeconds: number): Injected {
  return {
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    json: {
      error: {
        code: 429,
        message: "Rate Limit Exceeded",
        status: "RESOURCE_EXHAUSTED",
        errors: [{ domain: "usageLimits", reason: "rateLimitExceeded", message: "Rate Limit Exceeded" }],
      },
    },
  };
}
