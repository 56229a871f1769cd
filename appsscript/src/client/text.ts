/** Small text helpers of the sidebar: HTML escaping, slugs, accent-free words. */

export function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** "Atelier Dupont SAS" → "atelier-dupont-sas": what the schema accepts as an id. */
export function slugOf(name: string, max = 63): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/** The words a ritual's name is recognised by, for "titles it would miss". */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);
}

export function hasWord(title: string, words: readonly string[]): boolean {
  const folded = fold(title);
  return words.some((w) => folded.includes(w));
}

/** Path → a safe element id: `rituals[0].match` → `f-rituals-0--match`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]/g, "-")}`;
}
