/**
 * The words that betray the other language in a French or English output, and the raw values
 * (ids, "(s)" plurals, placeholders) no reader should see: shared by the language tests.
 */
/** Words only English has (French shares "signal", "score", "actions", "notes", "organisation"…). */
export const ENGLISH = new Set(
  "the and of with without week weeks weekly alert alerts watch healthy share undecided escalation escalations meeting meetings report written analysed people team teams insufficient history baseline value per person more than this last steering usually against overdue owner due items item pairs priorities requests request held expected missed cancelled recommended evidence details trend overall strategy decisions rituals ritual wk declined unanswered reading analysing writing syncing created updated unchanged resolved nothing would workspace users events files finished".split(
    " ",
  ),
);
/** Words only French has. */
export const FRENCH = new Set(
  "le la les des du une semaine semaines réunion réunions équipe équipes alerte sain surveiller décision décisions sans avec rituels comptes rendus personnes habitude contre cette tendance référence détails lecture analyse écriture synchronisation requêtes créées inchangées utilisateurs événements".split(
    " ",
  ),
);
export const RAW =
  /\(s\)|\bNaN\b|\bundefined\b|\[object|\bnull\b|\{[a-z]+\}|share undecided|h\/person\/week|team:\S|ceo_escalation|missing_decisions/;

export function strangers(text: string, foreign: Set<string>): string[] {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return [...new Set(words.filter((w) => foreign.has(w)))];
}
