/**
 * Fatigue / cynicism vs constructive language. Lexicon phrases are stemmed once, so
 * "épuisées", "épuisement" and "exhausted" match their entries; context-bound words are
 * regular expressions (mood-fr.ts, mood-en.ts). Both languages are checked (French notes
 * say "burn-out", English ones quote "ras-le-bol"), each with its own stemmer. Non-mood
 * uses of mood words ("tension de trésorerie", "calendar conflict") are blanked first.
 *
 * Negation: a negator shortly before a phrase in the same clause cancels it ("pas de
 * frustration", "not exhausted"). A negated positive ("pas satisfait", "not on track")
 * reads as negative; a negated negative is only neutral, not praise.
 */
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import { MOOD_EN } from "./mood-en.js";
import { MOOD_FR } from "./mood-fr.js";
import type { MoodLexicon } from "./mood-types.js";
import { stemEn, stemFr } from "./natural.js";
import { foldLower, tokenize } from "./normalize.js";

/** Tokens looked back for a negator: "pas de vraie frustration" is still negated. */
export const NEGATION_WINDOW = 3;

/** Phrases of stems, by their first stem: a clause looks up its own stems, not every phrase. */
type Phrases = Map<string, string[][]>;

interface CompiledLexicon {
  stem: (token: string) => string;
  negative: Phrases;
  positive: Phrases;
}

function phrases(list: string[], stem: (t: string) => string): Phrases {
  const out: Phrases = new Map();
  for (const p of list) {
    const stems = tokenize(foldLower(p)).map(stem);
    const first = stems[0];
    if (first === undefined) continue;
    const same = out.get(first);
    if (same) same.push(stems);
    else out.set(first, [stems]);
  }
  return out;
}

function compile(mood: MoodLexicon, positive: string[], stem: (token: string) => string): CompiledLexicon {
  const negative = Object.values(mood.stems).flat();
  return { stem, negative: phrases(negative, stem), positive: phrases(positive, stem) };
}

const LEXICONS = [compile(MOOD_FR, FR.positive, stemFr), compile(MOOD_EN, EN.positive, stemEn)];
// A negator negates in either language: "pas de frustration" cancels the English entry too.
const NEGATORS = new Set([...FR.negators, ...EN.negators]);
const MOODS = [MOOD_FR, MOOD_EN];
const PATTERNS = MOODS.flatMap((m) => Object.values(m.patterns).flat()).map(
  (re) => new RegExp(re.source, `${re.flags.replace("g", "")}g`),
);
const GUARDS = MOODS.flatMap((m) => m.guards).map(
  (re) => new RegExp(re.source, `${re.flags.replace("g", "")}g`),
);
const CLAUSE = /[,;.!?()]|\s[-–—]\s/;

export interface Sentiment {
  negative: boolean;
  positive: boolean;
}

export function sentiment(text: string): Sentiment {
  const result = { negative: false, positive: false };
  // A guard is replaced by a clause break, so no phrase nor negation reaches across it.
  const folded = GUARDS.reduce((t, re) => t.replace(re, " , "), foldLower(text));
  for (const clause of folded.split(CLAUSE)) {
    const tokens = tokenize(clause);
    const negated = (at: number) => isNegated(tokens, at);
    for (const lex of LEXICONS) {
      const stems = tokens.map(lex.stem);
      if (occurrences(stems, lex.negative).some((at) => !negated(at))) result.negative = true;
      for (const at of occurrences(stems, lex.positive)) {
        if (negated(at)) result.negative = true;
        else result.positive = true;
      }
    }
    if (!result.negative && patternHits(clause).some((at) => !negated(at))) result.negative = true;
  }
  return result;
}

/** A negator within the window before `at`. "Un peu fatigué" is a little tired, not "peu" (hardly). */
function isNegated(tokens: string[], at: number): boolean {
  for (let i = Math.max(0, at - NEGATION_WINDOW); i < at; i++) {
    const token = tokens[i] ?? "";
    if (NEGATORS.has(token) && !(token === "peu" && tokens[i - 1] === "un")) return true;
  }
  return false;
}

/** Token indexes where a mood pattern starts in the clause. */
function patternHits(clause: string): number[] {
  const hits: number[] = [];
  for (const re of PATTERNS) {
    for (const m of clause.matchAll(re)) hits.push(tokenize(clause.slice(0, m.index)).length);
  }
  return hits;
}

/** Start indexes where one of the phrases occurs as a contiguous run of stems. */
function occurrences(stems: string[], list: Phrases): number[] {
  const starts: number[] = [];
  for (let i = 0; i < stems.length; i++) {
    const candidates = list.get(stems[i] ?? "");
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (i + phrase.length <= stems.length && phrase.every((s, k) => stems[i + k] === s)) starts.push(i);
    }
  }
  return starts;
}
