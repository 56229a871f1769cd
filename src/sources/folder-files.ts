/**
 * Reading a workspace folder's files: each parsed on its own, a bad one turned into a message
 * (the caller makes it a warning), a bounded number in flight.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { BadInputError } from "../core/errors.js";
import { parseJson } from "./json-input.js";

/** A file of the workspace once read: its JSON, or why it could not be. */
export type Loaded = { rel: string; json: unknown } | { rel: string; error: string };

/** `work` on every item, at most `concurrency` (default 16) at once; results in the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number | undefined,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T, i);
  };
  const width = Math.max(1, Math.min(concurrency ?? 16, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

export async function load(dir: string, rel: string): Promise<Loaded> {
  try {
    return { rel, json: parseJson(await readFile(join(dir, rel), "utf8"), rel) };
  } catch (e) {
    return { rel, error: problem(e) };
  }
}

/** A message without the file name, which the warning carries apart. */
function problem(e: unknown): string {
  if (e instanceof BadInputError) return e.field ? `${e.field}: ${e.expected}` : e.expected;
  return e instanceof Error ? e.message : String(e);
}

/** Runs a normaliser on one file; any failure becomes that file's warning instead of ending the run. */
export function attempt<T>(warn: (message: string) => void, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    warn(`${problem(e)}; file skipped`);
    return undefined;
  }
}

export function baseName(rel: string): string {
  const name = rel.slice(rel.lastIndexOf("/") + 1).replace(/\.json$/, "");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
