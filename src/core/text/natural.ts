import { createRequire } from "node:module";
import { memo, WORD_MEMO_SIZE } from "./memo.js";

/**
 * The few parts of `natural` we use, loaded by submodule path: the package index pulls in
 * database drivers and dotenv (which prints lines on stdout), so it must never be imported.
 */
const require = createRequire(import.meta.url);

interface Stemmer {
  stem(token: string): string;
}

const porterFr = require("natural/lib/natural/stemmers/porter_stemmer_fr.js") as Stemmer;
const porterEn = require("natural/lib/natural/stemmers/porter_stemmer.js") as Stemmer;
const stopFr = require("natural/lib/natural/util/stopwords_fr.js") as { words: string[] };
const stopEn = require("natural/lib/natural/util/stopwords.js") as { words: string[] };

/**
 * French Porter (Snowball) stem of one lower-case, accent-free token. Folding first keeps
 * writers who type without accents comparable, but costs the stemmer its "-ée" rule:
 * "motivee" would stem to "motive" while "motive" gives "motiv". The residual "e" of a
 * folded "-ée(s)" participle is dropped to restore the match.
 */
export const stemFr: (token: string) => string = memo(WORD_MEMO_SIZE, (token) => {
  const stem = porterFr.stem(token);
  return /ees?$/.test(token) && stem.endsWith("e") && stem.length > 3 ? stem.slice(0, -1) : stem;
});

/** English Porter stem of one lower-case token. */
export const stemEn: (token: string) => string = memo(WORD_MEMO_SIZE, (token) => porterEn.stem(token));

/** natural's stop-word lists, copied so callers cannot mutate the shared module state. */
export const NATURAL_STOPWORDS_FR: readonly string[] = [...stopFr.words];
export const NATURAL_STOPWORDS_EN: readonly string[] = [...stopEn.words];
