/**
 * Headings of no item kind: "Échanges", "Tour de table", "Notes", "Risks", "KPIs". They
 * matter because notes from Google Docs and Notion carry no markup: a heading is a line of
 * its own, often without ":", so a known section word alone on a line must close the
 * section before it (else everything after "Priorités" would stay a priority).
 * Agenda headings are kept apart: their items are topics to discuss, not to-dos.
 * Patterns match folded lower-case text, the whole line, with an optional qualifier.
 */
// Shorter than the section heading tail (lexicon-types.ts): a bare "Questions" line is a
// heading, "Question à poser au PDG" is an item.
const TAIL =
  "(?:\\s+(?:du|de|des|d'|en|avec|for|of|from|this|the|with|q\\d|t\\d|s\\d|h\\d|\\d+)\\b[^:]{0,30}|\\s*\\([^)]*\\)|\\s+[-–—]\\s*\\S+)?";

const whole = (label: string) => new RegExp(`^(?:${label})${TAIL}$`);

export const AGENDA_HEADINGS: RegExp[] = [
  whole("ordre du jour|odj|agenda|au programme|programme|sujets? (?:a traiter|du jour|a aborder)"),
  whole("points? (?:a aborder|abordes|a l'ordre du jour)|sujets? abordes|topics?(?: (?:discussed|covered))?"),
  whole("discussion (?:points|topics)|items? (?:to discuss|for discussion)"),
];

export const NEUTRAL_HEADINGS: RegExp[] = [
  whole("echanges?|discussions?|debats?|tour de table|tour d'horizon|round ?table|divers|points? divers|aob"),
  whole(
    "questions?(?: diverses| et reponses)?|q ?& ?[ar]|any other business|misc(?:ellaneous)?|other business",
  ),
  whole("contexte|rappel du contexte|context|background|introduction|intro|objet"),
  whole("participants?|presents?|presentes?|presence|absents?|excusee?s?|invitee?s?|attendees|apologies"),
  whole(
    "notes?|meeting notes|minutes|compte[ -]rendu|cr|synthese|resume|recap(?:itulatif)?|summary|tl ?;? ?dr",
  ),
  whole("informations?|infos?|annonces?|actualites?|news|announcements?|updates?|status(?: updates?)?"),
  whole(
    "point d'avancement|avancement|etat des lieux|bilan|retours?|remarques?|feedback|highlights|lowlights",
  ),
  whole("risques?|risks?(?: (?:and|&) issues)?|blocages?|points? bloquants?|blockers?|issues|irritants?"),
  whole("points? (?:positifs|negatifs|d'attention|de vigilance)|vigilances?|alertes?|wins|faits marquants"),
  whole(
    "ce qui (?:a )?(?:bien )?(?:marche|fonctionne)|ce qui n'a pas (?:marche|fonctionne)|les plus|les moins",
  ),
  whole(
    "a ameliorer|axes? d'amelioration|what went well|what (?:didn't|did not) go well|to improve|improvements?",
  ),
  whole("kpis?|indicateurs?(?: cles)?|chiffres?(?: cles)?|tableau de bord|metrics|numbers|dashboard"),
  whole("meteo(?: d'equipe| de l'equipe)?|humeur|mood|check-?in|shout-?outs?|remerciements"),
  whole(
    "prochaine reunion|prochain (?:point|rdv|rendez-vous|codir|comite)|next meeting|date du prochain \\w+",
  ),
];
