/**
 * Small helpers for reading API JSON that arrived from disk or the network: every shape is
 * checked before use, and a mismatch becomes a BadInputError naming the file and field.
 */
import { BadInputError } from "../core/errors.js";

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A short rendering of a bad value for an error message. */
export function show(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function str(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : null;
}

/** The array under `key`, or [] when absent; anything else is bad input. */
export function listAt(o: Json, key: string, file: string, path: string): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new BadInputError(file, join(path, key), `expected an array, got ${show(v)}`);
  return v;
}

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * The items of a list response, or of an array of its pages (as a paginated read saves
 * them). Each item comes with its field path for error messages.
 */
export function pagedItems(raw: unknown, key: string, file: string): { item: unknown; path: string }[] {
  const pages = Array.isArray(raw) ? raw : [raw];
  const out: { item: unknown; path: string }[] = [];
  pages.forEach((page, p) => {
    const prefix = Array.isArray(raw) ? `[${p}]` : "";
    if (!isObject(page))
      throw new BadInputError(file, prefix || null, `expected a JSON object, got ${show(page)}`);
    listAt(page, key, file, prefix).forEach((item, i) => {
      out.push({ item, path: `${join(prefix, key)}[${i}]` });
    });
  });
  return out;
}

/** The first page of a response (or the response itself): where list-level fields live. */
export function firstPage(raw: unknown): Json {
  const page = Array.isArray(raw) ? raw[0] : raw;
  return isObject(page) ? page : {};
}

/**
 * Parses JSON text; a syntax error names the file and the line and column, which the user
 * needs to fix a hand-edited file.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` at ${lineAndColumn(text, Number(pos[1]))}` : "";
    throw new BadInputError(file, null, `invalid JSON${where}: ${message}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
