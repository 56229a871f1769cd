/**
 * UrlFetchApp is synchronous; a real service answers asynchronously. To run the add-on's server code
 * against the real handler, the add-on lives in a worker thread (addon-thread.ts) whose UrlFetchApp
 * blocks on a shared buffer while the test's thread — free to serve HTTP — makes the request and
 * writes the answer back. This is the worker's half (`blockingHost`) and the test's half (`serveBridge`).
 */
import type { MessagePort } from "node:worker_threads";
import type { FetchReply, FetchRequest, Host } from "./url-fetch.js";

const HEADER = 8;
/** Room for one answer: the service's replies are a few kilobytes. */
export const BRIDGE_BYTES = 1 << 20;

export interface BridgeRequest {
  kind: "fetch";
  req: FetchRequest;
}

/** The worker's UrlFetchApp host: posts the request and waits (at most `timeoutMs`) for the answer. */
export function blockingHost(port: MessagePort, buffer: SharedArrayBuffer, timeoutMs = 60_000): Host {
  const flag = new Int32Array(buffer, 0, 2);
  const bytes = new Uint8Array(buffer, HEADER);
  return (req) => {
    Atomics.store(flag, 0, 0);
    port.postMessage({ kind: "fetch", req } satisfies BridgeRequest);
    if (Atomics.wait(flag, 0, 0, timeoutMs) === "timed-out") throw new Error(`Timeout: ${req.url}`);
    const length = Atomics.load(flag, 1);
    return JSON.parse(new TextDecoder().decode(bytes.slice(0, length))) as FetchReply;
  };
}

/** The test's half: answers each request the worker posts with `serve`, then wakes the worker. */
export function serveBridge(
  port: { on(event: "message", listener: (m: BridgeRequest | { kind: string }) => void): unknown },
  buffer: SharedArrayBuffer,
  serve: (req: FetchRequest) => Promise<FetchReply>,
): void {
  const flag = new Int32Array(buffer, 0, 2);
  const bytes = new Uint8Array(buffer, HEADER);
  port.on("message", (m: BridgeRequest | { kind: string }) => {
    if (m.kind !== "fetch") return;
    void serve((m as BridgeRequest).req)
      .catch((e: unknown): FetchReply => ({ status: 599, body: String(e) }))
      .then((reply) => {
        const encoded = new TextEncoder().encode(JSON.stringify(reply));
        if (encoded.length > bytes.length) throw new Error(`answer of ${encoded.length} bytes: too large`);
        bytes.set(encoded);
        Atomics.store(flag, 1, encoded.length);
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
      });
  });
}
