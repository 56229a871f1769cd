/**
 * Line normalisation shared by every matcher: accents folded, bullets and checkboxes
 * recognised, tokens split. Matchers work on folded lower-case text so that "Décidé",
 * "decide" and "DÉCIDÉ" are one pattern.
 */

const MARKS = /\p{M}+/gu;

/** Removes diacritics ("é" → "e") and unifies typographic apostrophes. Case is kept. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(/[’ʼ‘`´]/g, "'")
    .normalize("NFC");
}

/** Folded and lower-cased: the form every lexicon regular expression is written for. */
export function foldLower(text: string): string {
  return fold(text).toLowerCase();
}

/** Word tokens of a folded lower-case text; "n't" becomes "not" so negation is one token. */
export function tokenize(folded: string): string[] {
  return folded
    .replace(/n't\b/g, " not")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

export type Checkbox = "open" | "checked" | null;

/** A line with its list and heading markup taken apart. */
export interface LineShape {
  /** The text without bullet, numbering, checkbox or markdown heading marks, trimmed. */
  body: string;
  bullet: boolean;
  checkbox: Checkbox;
  /** Markdown heading level (`## Décisions` → 2), or null. */
  headingLevel: number | null;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
// "—" alone is a placeholder ("nothing"), so a dash is a bullet only when text follows it.
const BULLET = /^(?:[-*•◦▪‣+–—]|\d{1,2}[.)])\s+(?=\S)/;
const CHECKBOX = /^(?:\[( |x|X)\]|(☐)|(☑|☒|✅|✔️?|✓))\s*/u;
const BOLD = /^(\*\*|__)(.+?)\1(:?)$/;

export function shapeLine(raw: string): LineShape {
  let body = raw.normalize("NFC").trim();
  let headingLevel: number | null = null;
  const heading = HEADING.exec(body);
  if (heading) {
    headingLevel = heading[1]?.length ?? 1;
    body = (heading[2] ?? "").replace(/#+\s*$/, "").trim();
  }
  const bullet = BULLET.test(body);
  if (bullet) body = body.replace(BULLET, "");
  let checkbox: Checkbox = null;
  const box = CHECKBOX.exec(body);
  if (box) {
    checkbox = box[2] !== undefined || box[1] === " " ? "open" : "checked";
    // Keep "✅" in the body: it also reads as "done" further on, wherever it sits.
    if (box[3] === undefined) body = body.slice(box[0].length);
  }
  const bold = BOLD.exec(body);
  if (bold) body = `${bold[2] ?? ""}${bold[3] ?? ""}`;
  return { body: body.trim(), bullet, checkbox, headingLevel };
}
