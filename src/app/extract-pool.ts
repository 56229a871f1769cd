/**
 * Note extraction on the machine's second core. A large workspace (thousands of notes) spends
 * seconds in the extractor, which is pure and per note: the notes not yet in the extraction
 * cache are split between `min(2, availableParallelism)` worker threads, and their lines go
 * into the cache, so `prepareSnapshot` then finds every note extracted and the analysis is
 * the same as on one thread. Small workspaces (and tests) stay on one thread: starting a
 * worker costs more than it saves below a few hundred notes.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ceoNamesOf, noteInput } from "../core/context.js";
import { isExtracted, noteCacheKey, storeExtracted } from "../core/extraction-cache.js";
import type { Snapshot } from "../core/model.js";
import type { ExtractedLine, NoteInput } from "../core/text/types.js";
import type { ExtractJob } from "./extract-worker.js";

/** Below this many notes to extract, one thread does it. */
export const MIN_PARALLEL_NOTES = 500;

export interface ExtractPoolOptions {
  /** Threads to use (default `min(2, os.availableParallelism())`); 1 extracts nothing ahead. */
  threads?: number;
  /** Default MIN_PARALLEL_NOTES. */
  minNotes?: number;
  /** The worker's module (tests swap in a failing one). Default: extract-worker beside this file. */
  worker?: URL;
}

/** Extracts the snapshot's notes in worker threads when there are enough; returns how many it did. */
export async function extractNotesInParallel(
  snapshot: Snapshot,
  opts: ExtractPoolOptions = {},
): Promise<number> {
  const threads = opts.threads ?? Math.min(2, availableParallelism());
  const people = new Map(snapshot.people.filter((p) => !p.suspended).map((p) => [p.email, p]));
  const options = { ceoNames: ceoNamesOf(snapshot.tenant, people) };
  const todo: { key: string; input: NoteInput }[] = [];
  const seen = new Set<string>();
  for (const n of snapshot.notes) {
    const input = noteInput(n);
    const key = noteCacheKey(n.id, input, options);
    if (!seen.has(key) && !isExtracted(key)) todo.push({ key, input });
    seen.add(key);
  }
  if (threads < 2 || todo.length < (opts.minNotes ?? MIN_PARALLEL_NOTES)) return 0;
  const size = Math.ceil(todo.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => todo.slice(i * size, (i + 1) * size));
  const url = opts.worker ?? workerUrl();
  const results = await Promise.all(
    chunks.map((c) => runWorker(url, { notes: c.map((t) => t.input), options }, c.length)),
  );
  for (const [i, c] of chunks.entries()) {
    for (const [k, t] of c.entries()) storeExtracted(t.key, results[i]?.[k] ?? []);
  }
  return todo.length;
}

/** The worker beside this module: `.js` once built; from the TypeScript sources, through tsx. */
function workerUrl(): URL {
  return new URL(
    import.meta.url.endsWith(".ts") ? "./extract-worker.ts" : "./extract-worker.js",
    import.meta.url,
  );
}

/** One worker, one job; its failure (a throw, an exit, a wrong answer) rejects with the reason. */
function runWorker(url: URL, job: ExtractJob, expected: number): Promise<ExtractedLine[][]> {
  const worker = url.pathname.endsWith(".ts") ? new Worker(tsxBoot(url), { eval: true }) : new Worker(url);
  return new Promise<ExtractedLine[][]>((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`note extraction worker failed: ${why}`));
    worker.once("message", (lines: ExtractedLine[][]) => {
      if (!Array.isArray(lines) || lines.length !== expected) {
        fail(
          `expected lines for ${expected} notes, got ${Array.isArray(lines) ? lines.length : typeof lines}`,
        );
      } else resolve(lines);
    });
    worker.once("error", (e) => fail(e instanceof Error ? e.message : String(e)));
    worker.once("exit", (code) => fail(`it stopped (exit code ${code}) before answering`));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}

/** Code for a worker that loads a TypeScript module: registers tsx first (development and tests). */
function tsxBoot(url: URL): string {
  const api = import.meta.resolve("tsx/esm/api");
  return `import(${JSON.stringify(api)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(url.href)}); });`;
}
