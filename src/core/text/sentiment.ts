/**
 * Fatigue / cynicism vs constructive language. Lexicon phrases are stemmed once, so
 * "épuisées", "épuisement" and "exhausted" match their entries. Both languages are checked
 * (French notes say "burn-out", English ones quote "ras-le-bol"), each with its own stemmer.
 *
 * Negation: a negator shortly before a phrase in the same clause cancels it ("pas de
 * frustration", "not exhausted"). A negated positive ("pas satisfait", "not on track")
 * reads as negative; a negated negative is only neutral, not praise.
 */
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import type { Lexicon } from "./lexicon-types.js";
import { stemEn, stemFr } from "./natural.js";
import { foldLower, tokenize } from "./normalize.js";

/** Tokens looked back for a negator: "pas de vraie frustration" is still negated. */
export const NEGATION_WINDOW = 3;

interface CompiledLexicon {
  stem: (token: string) => string;
  negative: string[][];
  positive: string[][];
  negators: Set<string>;
}

function compile(lexicon: Lexicon, stem: (token: string) => string): CompiledLexicon {
  const phrases = (list: string[]) => list.map((p) => tokenize(foldLower(p)).map(stem));
  return {
    stem,
    negative: phrases(lexicon.negative),
    positive: phrases(lexicon.positive),
    // A negator negates in either language: "pas de frustration" cancels the English entry too.
    negators: new Set([...FR.negators, ...EN.negators]),
  };
}

const LEXICONS = [compile(FR, stemFr), compile(EN, stemEn)];

export interface Sentiment {
  negative: boolean;
  positive: boolean;
}

export function sentiment(text: string): Sentiment {
  const result = { negative: false, positive: false };
  for (const clause of foldLower(text).split(/[,;.!?()]|\s[-–—]\s/)) {
    const tokens = tokenize(clause);
    for (const lex of LEXICONS) {
      const stems = tokens.map(lex.stem);
      const negated = (at: number) =>
        tokens.slice(Math.max(0, at - NEGATION_WINDOW), at).some((t) => lex.negators.has(t));
      for (const at of occurrences(stems, lex.negative)) {
        if (!negated(at)) result.negative = true;
      }
      for (const at of occurrences(stems, lex.positive)) {
        if (negated(at)) result.negative = true;
        else result.positive = true;
      }
    }
  }
  return result;
}

/** Start indexes where one of the phrases occurs as a contiguous run of stems. */
function occurrences(stems: string[], phrases: string[][]): number[] {
  const starts: number[] = [];
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= stems.length; i++) {
      if (phrase.every((s, k) => stems[i + k] === s)) starts.push(i);
    }
  }
  return starts;
}
