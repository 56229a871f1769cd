/**
 * Decisions written without a decision verb: a unanimous agreement ("tout le monde est
 * d'accord", "on est tous alignés", "everyone agreed", "we're all on the same page") and a
 * new rule with its validators ("Nouvelle règle : toute remise > 10 % est validée par Claire",
 * "Désormais …", "From now on, every quote is reviewed by …"). Folded lower-case text.
 * Agreement can be denied ("tout le monde n'est pas d'accord", "not everyone agreed"), so it
 * is checked under negation scope; a rule is a rule even when it forbids ("pas de réunion le
 * mercredi").
 */

const WHO_ALL_FR =
  "(?:tout le monde|tous|toutes|chacun|l'ensemble (?:des|du) [a-z'-]+(?: [a-z'-]+)?|les (?:participants|membres|presents|associes)|tous les (?:membres|participants|presents)(?: [a-z'-]+){0,3}|(?:le |la |l')?(?:codir|comex|comite|equipe|groupe|direction|bureau))";
const WHO_ALL_EN =
  "(?:everyone|everybody|all|all of us|we all|the whole (?:team|group|room|committee|board)|all (?:members|participants|attendees)(?: of [a-z ]{2,30})?|(?:the )?(?:team|group|room|committee|board|leadership(?: team)?))";

export const AGREEMENT: readonly RegExp[] = [
  // French
  new RegExp(
    `\\b${WHO_ALL_FR} (?:(?:est|sont|etait|etaient|s'est|se sont) )?(?:(?:tous |toutes |bien )?(?:d'accord|alignee?s?|ok|partante?s?|favorables?|unanimes?)|s'accorde(?:nt)?|mis d'accord|valide(?:nt)?|approuve(?:nt)?|acte(?:nt)?|adopte(?:nt)?)\\b`,
  ),
  /\bon est (?:tous |toutes )?(?:d'accord|alignes|ok|partants|unanimes)\b|\bnous sommes (?:tous |toutes )?(?:d'accord|alignes)\b/,
  /\b(?:accord|decision|vote|approbation|avis|choix) (?:unanime|de tous|general|collectif)\b|\bunanimite\b|\bunanimement\b/,
  /\b(?:full|plein|total|large) (?:consensus|alignement|alignment|accord|agreement)\b|\bconsensus (?:total|general|complet)\b/,
  // English
  new RegExp(
    `\\b${WHO_ALL_EN} (?:(?:is|are|was|were|has|have) )?(?:all )?(?:agreed?|aligned|on board|on the same page|in agreement|signed off|approved|voted for|unanimous)\\b`,
  ),
  /\b(?:we're|we are|we were) (?:all )?(?:aligned|agreed|in agreement|on the same page|on board)\b|\bsame page\b/,
  /\bunanimous(?:ly)?\b|\b(?:general|full|broad) (?:agreement|consensus)\b/,
];

const MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTHS_FR = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";

export const RULE: readonly RegExp[] = [
  // A rule announced as such.
  /^(?:nouvelle |new )?(?:regles?|rules?|policy)(?: (?:de|du|d'|for|on) [a-z' -]{1,25})?\s*[:\-–—]\s*\S/,
  // A rule that starts now: "Désormais", "À partir de janvier,", "From now on", "Going forward".
  new RegExp(
    `^(?:desormais|dorenavant|a l'avenir|a partir d(?:e |u |')(?:maintenant|aujourd'hui|${MONTHS_FR}|lundi|la semaine prochaine|janvier)|from now on|going forward|moving forward|from (?:today|next week|${MONTHS_EN})|as of (?:today|now|next week|${MONTHS_EN})|starting (?:today|now|next week|${MONTHS_EN})|effective (?:today|immediately|${MONTHS_EN}))\\b`,
  ),
  /\b(?:desormais|dorenavant|from now on|going forward)\b/,
  // Every item of a kind goes through named validators: "toute remise > 10 % est validée par …".
  /\b(?:tout|toute|tous les|toutes les|chaque|any|every|all)\b[^,;]{1,60}\b(?:sera|seront|est|sont|doit etre|doivent etre|is|are|will be|must be|gets?|needs?)\s+(?:systematiquement\s+|always\s+)?(?:validee?s?|approuvee?s?|signee?s?|relue?s?|approved|signed off|sign-?off|reviewed|validated|checked|vetted)\s+(?:par|by|from)\b/,
  /\b(?:tout|toute|tous les|toutes les|chaque|any|every|all)\b[^,;]{1,60}\b(?:passe|passent|go(?:es)? through)\s+(?:par|via)\b/,
];
