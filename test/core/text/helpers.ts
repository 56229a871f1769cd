import type { Locale } from "../../../src/core/model.js";
import { type ExtractOptions, extractNote } from "../../../src/core/text/extract.js";
import type { ExtractedLine } from "../../../src/core/text/types.js";

/** Extracts a one-line note: each line tested alone, outside any section. */
export function one(text: string, locale: Locale | null = null, options: ExtractOptions = {}): ExtractedLine {
  const line = extractNote({ text, date: "2026-11-24", locale }, options)[0];
  if (!line) throw new Error("no line extracted");
  return line;
}

/** `[text, kind]` of every non-blank line of a note. */
export function kinds(text: string, locale: Locale | null = null): [string, string][] {
  return extractNote({ text, date: "2026-11-24", locale })
    .filter((l) => l.text.trim().length > 0)
    .map((l) => [l.text, l.kind]);
}
