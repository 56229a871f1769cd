/**
 * Per-note language detection: words that are frequent in one language and absent from
 * the other, plus accented letters (English notes rarely have any). Crude but robust on
 * minutes, which are short and full of names.
 */
import type { Locale } from "../model.js";
import { foldLower, tokenize } from "./normalize.js";

const FR_WORDS = new Set(
  `le la les des du de un une et est pour sur avec dans que qui pas nous il elle sont au aux ne se cette ces
  mais ou plus d l qu c n j y ont sera fait faire tres aussi avons etre chez`.split(/\s+/),
);
const EN_WORDS = new Set(
  `the and is are to of for with that this we it be will by at from was have has not our you they their been
  should would can there what which an next done`.split(/\s+/),
);
const ACCENTED = /[àâäçéèêëîïôöùûüÿœæ]/giu;

/** The note's language; ties (including empty text) go to `fallback`, French by default. */
export function detectLocale(text: string, fallback: Locale = "fr"): Locale {
  let fr = (text.match(ACCENTED) ?? []).length / 2;
  let en = 0;
  for (const token of tokenize(foldLower(text))) {
    if (FR_WORDS.has(token)) fr += 1;
    else if (EN_WORDS.has(token)) en += 1;
  }
  if (fr === en) return fallback;
  return fr > en ? "fr" : "en";
}
