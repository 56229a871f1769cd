/**
 * The add-on's built Code.js under the Apps Script fakes, in a worker thread (see
 * test/fakes/appsscript/sync-bridge.ts): its UrlFetchApp reaches the test's real service. The test
 * posts `{id, name, args}`; the worker answers `{id, ok, value}` or `{id, ok: false, message}`, as
 * google.script.run's success and failure handlers would receive them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadAddon } from "../fakes/appsscript/runtime.js";
import { blockingHost } from "../fakes/appsscript/sync-bridge.js";

export interface AddonThreadData {
  projectDir: string;
  email: string;
  locale: string;
  identityToken: string;
  /** The origin the add-on is given as its service URL. */
  origin: string;
  buffer: SharedArrayBuffer;
}

const data = workerData as AddonThreadData;
const port = parentPort;
if (!port) throw new Error("addon-thread runs in a worker");
const addon = loadAddon({
  projectDir: data.projectDir,
  email: data.email,
  locale: data.locale,
  identityToken: data.identityToken,
});
addon.urlFetch.serve(data.origin, blockingHost(port, data.buffer));

port.on("message", (m: { kind: string; id: number; name: string; args: unknown[] }) => {
  if (m.kind !== "call") return;
  try {
    port.postMessage({ kind: "result", id: m.id, ok: true, value: addon.call(m.name, ...m.args) });
  } catch (e) {
    port.postMessage({ kind: "result", id: m.id, ok: false, message: (e as Error).message });
  }
});
port.postMessage({ kind: "ready" });
