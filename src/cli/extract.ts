/**
 * `vigie extract`: meeting-note text on stdin → what the extractor understands of each
 * line, one JSON object per line. Input is JSON Lines (`{"text", "date"?, "locale"?}`, one
 * note per line) or, when the first non-blank line is not a JSON object, one plain-text note.
 * Unknown keys in a JSON line are ignored, so richer exports can be piped in as they are.
 */
import { DateTime } from "luxon";
import { BadInputError } from "../core/errors.js";
import { LOCALES, type Locale } from "../core/model.js";
import { type ExtractOptions, extractNote } from "../core/text/extract.js";
import type { NoteInput } from "../core/text/types.js";

const SOURCE = "stdin";
const EXPECTED_NOTE =
  'expected a JSON object with a string "text" (and optional "date" "YYYY-MM-DD", "locale" "fr" or "en")';

/** The notes in the input, in order. Throws BadInputError naming the 1-based input line. */
export function parseExtractInput(input: string): NoteInput[] {
  const text = input.replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim().length > 0);
  if (first === undefined) return [];
  if (!first.trim().startsWith("{")) return [{ text: text.replace(/\r?\n$/, "") }];
  const notes: NoteInput[] = [];
  lines.forEach((line, i) => {
    if (line.trim().length > 0) notes.push(parseNoteLine(line, i + 1));
  });
  return notes;
}

function parseNoteLine(line: string, n: number): NoteInput {
  const where = `line ${n}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BadInputError(SOURCE, where, `${EXPECTED_NOTE}, got ${preview(line)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BadInputError(SOURCE, where, `${EXPECTED_NOTE}, got ${preview(line)}`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    throw new BadInputError(
      SOURCE,
      where,
      `${EXPECTED_NOTE}, got "text": ${preview(JSON.stringify(record.text))}`,
    );
  }
  return {
    text: record.text,
    date: parseDate(record.date, where),
    locale: parseLocale(record.locale, where),
  };
}

function parseDate(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  const ok =
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    DateTime.fromISO(value, { zone: "utc" }).isValid;
  if (!ok)
    throw new BadInputError(SOURCE, `${where}: date`, `expected "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  return value;
}

function parseLocale(value: unknown, where: string): Locale | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && (LOCALES as readonly string[]).includes(value)) return value as Locale;
  throw new BadInputError(SOURCE, `${where}: locale`, `expected "fr" or "en", got ${JSON.stringify(value)}`);
}

function preview(text: string | undefined): string {
  const t = (text ?? "undefined").trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** Output lines: one JSON object per line of note text, keys in the documented order. */
export function runExtract(input: string, options: ExtractOptions = {}): string[] {
  return parseExtractInput(input).flatMap((note, index) =>
    extractNote(note, options).map((l) =>
      JSON.stringify({ note: index, line: l.line, text: l.text, kind: l.kind, owner: l.owner, due: l.due }),
    ),
  );
}
