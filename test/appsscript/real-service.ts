/**
 * The add-on against the real service: its server code in a worker thread (addon-thread.ts), every
 * UrlFetchApp call carried to the Functions Framework test servers of test/functions/harness.ts,
 * `{origin}/<entry>/<route>` as the deployed functions answer it.
 */
import { Worker } from "node:worker_threads";
import { BRIDGE_BYTES, serveBridge } from "../fakes/appsscript/sync-bridge.js";
import type { FetchReply, FetchRequest } from "../fakes/appsscript/url-fetch.js";
import type { Harness } from "../functions/harness.js";
import type { AddonThreadData } from "./addon-thread.js";
import { builtAddon } from "./world.js";

export const ORIGIN = "https://europe-west1-vigie.cloudfunctions.net";

export interface RealServiceAddon {
  /** A server function as google.script.run calls it: its value, or the failure handler's message. */
  call(
    name: string,
    ...args: unknown[]
  ): Promise<{ ok: true; value: unknown } | { ok: false; message: string }>;
  close(): Promise<number>;
}

export async function addonOnService(h: Harness, email: string, locale = "fr"): Promise<RealServiceAddon> {
  const buffer = new SharedArrayBuffer(8 + BRIDGE_BYTES);
  const data: AddonThreadData = {
    projectDir: (await builtAddon()).dir,
    email,
    locale,
    identityToken: await h.tokenFor(email),
    origin: ORIGIN,
    buffer,
  };
  const worker = new Worker(new URL("./addon-thread-boot.mjs", import.meta.url), { workerData: data });
  serveBridge(worker, buffer, (req) => forward(h, req));
  const pending = new Map<number, (r: never) => void>();
  let next = 0;
  worker.on("message", (m: { kind: string; id: number; ok: boolean; value?: unknown; message?: string }) => {
    if (m.kind !== "result") return;
    pending.get(m.id)?.((m.ok ? { ok: true, value: m.value } : { ok: false, message: m.message }) as never);
    pending.delete(m.id);
  });
  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (m: { kind: string }) => m.kind === "ready" && resolve());
  });
  return {
    call: (name, ...args) =>
      new Promise((resolve) => {
        const id = next++;
        pending.set(id, resolve as (r: never) => void);
        worker.postMessage({ kind: "call", id, name, args: JSON.parse(JSON.stringify(args)) });
      }),
    close: () => worker.terminate(),
  };
}

/** `{origin}/config/run?tenant=…` → the `config` entry's `run` route, headers and body as sent. */
async function forward(h: Harness, req: FetchRequest): Promise<FetchReply> {
  const url = new URL(req.url);
  const [entry = "", ...route] = url.pathname.replace(/^\//, "").split("/");
  const res = await h.call(entry, {
    method: req.method,
    path: route.join("/"),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    ...(req.payload !== null ? { body: JSON.parse(req.payload) } : {}),
  });
  return { status: res.status, body: res.text, headers: { "Content-Type": "application/json" } };
}
