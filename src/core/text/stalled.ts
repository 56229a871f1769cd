/**
 * Follow-through failures said in so many words: an action or topic still not done, chased
 * again, blocked, slipping ("toujours pas fait", "relancé à nouveau", "still blocked on",
 * "chased again, nothing yet", "overdue"). Matched on folded text (lower case, no accents).
 *
 * "late" and "retard" alone are business words too ("retard de livraison" is a topic): they
 * count only in forms that speak of the action itself ("en retard sur l'action", "running
 * late", "2 weeks late").
 */
const FR = [
  /\btoujours (?:pas|rien|en attente|bloquee?s?|en suspens|a faire|ouverte?s?|non (?:fait|traite|resolu)e?s?)\b/,
  /\b(?:encore|a nouveau|de nouveau|une nouvelle fois) (?:relancee?s?|reportee?s?|repoussee?s?|decalee?s?|en retard)\b/,
  /\brelancee?s? (?:a nouveau|encore|sans (?:reponse|retour|suite))\b/,
  /\b(?:pas|rien) (?:encore )?(?:avance|bouge|fait|demarre|lance)\b/,
  /\brien n'a (?:bouge|avance)\b/,
  /\bpas de (?:nouvelles|retour|suite|progres|avancee)\b/,
  /\bn'a (?:toujours )?pas ete (?:faite?|traitee?|livree?|envoyee?)\b/,
  /\b(?:non|pas encore) (?:faite?s?|realisee?s?|traitee?s?)\b/,
  /\b(?:reste|restent|sont|est) bloquee?s?\b|\bbloquee?s? depuis\b/,
  /\b(?:echeance|deadline|date) (?:depassee|manquee|ratee)\b|\ben souffrance\b/,
  /\ben retard (?:sur|de \d+|depuis)\b|\b(?:action|tache)s? en retard\b/,
];

const EN = [
  /\bstill (?:not|no|nothing|pending|blocked|waiting|open|outstanding|stuck|to do|unresolved|unassigned)\b/,
  /\b(?:chased|pinged|nudged|reminded) (?:again|twice|once more)\b/,
  /\bnothing (?:yet|back|happened|moved)\b|\bno (?:progress|update|news|movement|reply) (?:yet|since|on)\b/,
  /\b(?:not|not yet) (?:done|started|delivered|sent|completed|addressed)\b/,
  /\b(?:overdue|past due|slipped|slipping|carried over|rolled over|kicked down the road)\b/,
  /\b(?:blocked|stuck) (?:on|by|since|for)\b/,
  /\b(?:running|is|are|still|again) (?:late|behind)\b|\b\d+ (?:days?|weeks?) (?:late|overdue|behind)\b/,
  /\b(?:postponed|pushed|deferred|delayed) again\b/,
];

export function isStalled(folded: string): boolean {
  return FR.some((re) => re.test(folded)) || EN.some((re) => re.test(folded));
}
