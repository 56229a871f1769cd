/**
 * A note-extraction worker (see extract-pool.ts): extracts the notes it is sent, with the
 * same `extractNote` the main thread runs, and sends back their lines in the same order.
 */
import { parentPort } from "node:worker_threads";
import { type ExtractOptions, extractNote } from "../core/text/extract.js";
import type { NoteInput } from "../core/text/types.js";

export interface ExtractJob {
  notes: NoteInput[];
  options: ExtractOptions;
}

parentPort?.on("message", (job: ExtractJob) => {
  parentPort?.postMessage(job.notes.map((n) => extractNote(n, job.options)));
});
