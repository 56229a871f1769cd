/**
 * Clause-level negation scope. A marker ("escalader", "arbitrage nécessaire", "need to")
 * is negated when a negator stands before it in the same clause ("pas besoin de
 * remonter", "aucun arbitrage nécessaire", "no need to escalate", "nothing to escalate")
 * or right after it ("arbitrage non nécessaire", "escalation not needed"). Clauses end at
 * punctuation and at the conjunctions that start a new statement, so in "on ne peut pas
 * trancher, à remonter au DG" the negation of the first clause leaves the second alone.
 */

/** Where a clause ends: punctuation, table cells, dashes set apart, and clause-starting conjunctions. */
const BOUNDARY =
  /[,;:!?|()[\]]|\.(?:\s|$)|\s[–—-]\s|(?:->|→|=>)|\s(?:mais|donc|alors|car|puis|sinon|but|so|then|because|otherwise|however)\s/gu;

// Negators of both languages, on folded lower-case text. "ne"/"n'" cover "ne … pas",
// "n'est pas nécessaire", "on n'a pas besoin"; "ni" and "sans" deny what follows them.
const BEFORE =
  /(?:^|[^\p{L}'])(?:pas|aucune?|sans|rien|inutile|jamais|nul|ni|ne|no|not|nothing|never|without|none|nobody|neither|nor|cannot|needn't)(?![\p{L}'])|(?:^|[^\p{L}])n'|n't(?![\p{L}])/u;

// Right after the marker, within a few words: "arbitrage pas nécessaire", "escalation: not needed".
const AFTER =
  /^\s*(?:\S+\s+){0,2}?(?:(?:n'est |est |sont )?(?:pas|non) (?:necessaire|utile|requise?|demandee?|justifiee?)s?|inutiles?|superflue?s?|(?:is |are )?not (?:needed|required|necessary|warranted)|unnecessary|no longer needed)(?![\p{L}])/u;

/** Start index of the clause that holds `index`. */
export function clauseStart(folded: string, index: number): number {
  let start = 0;
  for (const m of folded.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > index) break;
    start = end;
  }
  return start;
}

/** The words after a marker up to the clause's end; a label's colon ("Escalade : non nécessaire") is skipped. */
function clauseAfter(folded: string, end: number): string {
  const rest = folded.slice(end).replace(/^\s*:/, " ");
  const stop = rest.search(BOUNDARY);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** True when the text matched at `[index, end)` lies in the scope of a negation. */
export function isNegated(folded: string, index: number, end: number): boolean {
  const before = folded.slice(clauseStart(folded, index), index);
  if (BEFORE.test(before)) return true;
  return AFTER.test(clauseAfter(folded, end));
}

const globalOf = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = globalOf.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    globalOf.set(re, g);
  }
  return g;
}

/** True when one of `patterns` matches somewhere outside any negation's scope. */
export function affirmed(folded: string, patterns: readonly RegExp[]): boolean {
  for (const re of patterns) {
    for (const m of folded.matchAll(global(re))) {
      const index = m.index ?? 0;
      if (!isNegated(folded, index, index + m[0].length)) return true;
    }
  }
  return false;
}
