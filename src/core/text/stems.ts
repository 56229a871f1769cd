/**
 * Topic stems of a line: what it is about, comparable across notes and strategy pages.
 * Labels, dates, numbers, stop words and the line's owner are dropped; accents are folded
 * before stemming so "équipe" and "equipe" agree.
 */
import type { Locale } from "../model.js";
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import { stemEn, stemFr } from "./natural.js";
import { foldLower, tokenize } from "./normalize.js";
import { isStopStem, isStopWord } from "./stopwords.js";

/** Single letters are contraction debris ("l'", "d'") or units; "IA", "RH" stay topics. */
export const MIN_TOKEN_LENGTH = 2;

/**
 * @param exclude folded lower-case tokens to drop as well (the owner's and people's names).
 */
export function contentStems(
  text: string,
  locale: Locale,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const stem = locale === "fr" ? stemFr : stemEn;
  const body = foldLower(text)
    .replace(FR.label, "")
    .replace(EN.label, "")
    .replace(/\S+@\S+|https?:\/\/\S+/g, " ")
    .replace(/@[\p{L}\p{N}._-]+/gu, " ");
  const out = new Set<string>();
  for (const token of tokenize(body)) {
    if (token.length < MIN_TOKEN_LENGTH || /\d/.test(token)) continue;
    if (isStopWord(token) || exclude.has(token)) continue;
    const s = stem(token);
    if (s.length >= 2 && !isStopStem(s)) out.add(s);
  }
  return [...out];
}
