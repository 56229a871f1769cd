/**
 * The live preview under a ritual's pattern: which recent event titles it matches, and which
 * titles that look like the ritual (they share a word with its name) it would miss. The
 * pattern is compiled by the same module the analysis uses, so what the preview shows is what
 * the weekly run will count.
 */
import { compileRitualPattern } from "../../../src/core/ritual-pattern";
import { type Lang, label } from "./labels";
import { esc, hasWord, wordsOf } from "./text";

export interface TitleCount {
  title: string;
  count: number;
}

const SHOWN = 5;

export function previewHtml(lang: Lang, name: string, match: string, titles: readonly TitleCount[]): string {
  if (titles.length === 0) return `<p class="hint">${esc(label(lang, "noTitles"))}</p>`;
  const compiled = compileRitualPattern(match);
  if (!compiled.ok || match.trim() === "") return "";
  const matched = titles.filter((t) => compiled.pattern.test(t.title));
  const words = wordsOf(name);
  const missed = titles.filter((t) => !compiled.pattern.test(t.title) && hasWord(t.title, words));
  return [
    list(label(lang, "matches", { n: matched.length }), matched, "hit"),
    list(label(lang, "misses", { n: missed.length }), missed, "miss"),
  ].join("");
}

function list(heading: string, items: readonly TitleCount[], kind: string): string {
  const shown = items
    .slice(0, SHOWN)
    .map((t) => `<li>${esc(t.title)} <span class="count">×${t.count}</span></li>`)
    .join("");
  const more = items.length > SHOWN ? `<li class="more">+${items.length - SHOWN}</li>` : "";
  return `<div class="preview ${kind}"><span>${esc(heading)}</span><ul>${shown}${more}</ul></div>`;
}
