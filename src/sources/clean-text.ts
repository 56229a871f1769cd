/**
 * Text as people see it, before anything matches or renders it: Unicode NFC, no invisible or
 * control characters, no bidirectional overrides.
 *
 * Why: a zero-width space pasted into "CO​DIR" stops the ritual pattern from matching while
 * the title looks the same on screen, and a right-to-left override in a title would reorder
 * the text of the page it is shown on.
 */

/**
 * Invisible characters: zero-width space / non-joiner, word joiner, BOM, soft hyphen, Mongolian
 * vowel separator, and the bidi embeddings, overrides, isolates and marks.
 */
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/gu;
/** A zero-width joiner is part of an emoji sequence between two pictographs; elsewhere it is noise. */
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
/** C0/C1 controls other than the whitespace ones, which become a plain space. */
const CONTROL = /(?![\t\n\v\f\r\u0085])\p{Cc}/gu;
const CONTROL_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;

export interface CleanText {
  text: string;
  /** True when something other than surrounding spaces was removed or replaced. */
  changed: boolean;
}

/** One line of text (a title, a paragraph): cleaned, inner whitespace runs kept as written. */
export function cleanLine(raw: string): CleanText {
  const text = raw
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(STRAY_JOINER, "")
    .replace(CONTROL, "")
    .replace(CONTROL_SPACE, " ");
  return { text: text.trim(), changed: text !== raw.normalize("NFC") };
}

/** Collects which items of a file had their text cleaned, for one warning per file and field. */
export class CleanedFields {
  private readonly seen = new Map<string, string[]>();

  /** Cleans `raw`, remembering `path` (e.g. `items[3].summary`) under `field` when it changed. */
  clean(raw: string, field: string, path: string): string {
    const { text, changed } = cleanLine(raw);
    if (changed) {
      const paths = this.seen.get(field) ?? [];
      paths.push(path);
      this.seen.set(field, paths);
    }
    return text;
  }

  /** One message per field: "summary of 3 items (items[4], …): invisible or control characters removed". */
  messages(): string[] {
    return [...this.seen].map(([field, paths]) => {
      const shown = paths.slice(0, 3).join(", ") + (paths.length > 3 ? ", …" : "");
      const count = paths.length === 1 ? "1 item" : `${paths.length} items`;
      return `${field} of ${count} (${shown}): invisible, control or bidi characters removed before matching`;
    });
  }
}
