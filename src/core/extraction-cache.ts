/**
 * What the note extractor made of a note, kept by note id and content hash: a note is read
 * once per process however many weeks, scopes and runs (eval, the service's tenants) look at
 * it, and a note edited since is read again. Titles are cached by their text alone.
 */
import { createHash } from "node:crypto";
import { type ExtractOptions, extractNote } from "./text/extract.js";
import type { ExtractedLine, NoteInput } from "./text/types.js";

/** Notes kept: more than the largest tenant's notes, bounded for a long-lived process. */
export const NOTE_CACHE_SIZE = 50_000;
/** Distinct meeting titles kept. */
export const TITLE_CACHE_SIZE = 100_000;

/** A map that forgets its oldest entries beyond `limit` (insertion order; refreshed on hit). */
class Bounded<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}

  has(key: string): boolean {
    return this.map.has(key);
  }

  get(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const value = make();
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
}

const notes = new Bounded<ExtractedLine[]>(NOTE_CACHE_SIZE);
const titles = new Bounded<string[]>(TITLE_CACHE_SIZE);

/** The cache key of a note: its id and a hash of everything the extractor reads. */
export function noteCacheKey(id: string, input: NoteInput, options: ExtractOptions = {}): string {
  const content = JSON.stringify([
    input.text,
    input.date ?? null,
    input.locale ?? null,
    options.ceoNames ?? [],
  ]);
  return `${id}\u0000${createHash("sha256").update(content).digest("base64")}`;
}

/** `extractNote(input, options)`, computed once per note id and content. */
export function extractNoteCached(
  id: string,
  input: NoteInput,
  options: ExtractOptions = {},
): ExtractedLine[] {
  return notes.get(noteCacheKey(id, input, options), () => extractNote(input, options));
}

/** Whether a note (by `noteCacheKey`) is already extracted. */
export function isExtracted(key: string): boolean {
  return notes.has(key);
}

/** Records lines extracted elsewhere (a worker thread running the same `extractNote`). */
export function storeExtracted(key: string, lines: ExtractedLine[]): void {
  notes.get(key, () => lines);
}

/** The topic stems of a meeting title (what the extractor reads in it as a one-line note). */
export function titleStems(title: string): string[] {
  return titles.get(title, () => extractNote({ text: title }).flatMap((x) => x.stems));
}
