/**
 * Shape of a language lexicon. Every regular expression is written for folded, lower-case
 * text (accents removed, "’" → "'"), with list bullets and checkboxes already stripped.
 * The extractor checks both languages' markers on every line (French notes borrow English
 * words: "Next steps", "deadline", "go"); stemming alone follows the note's locale.
 */
export interface SectionPatterns {
  /** Headings whose items were decided: "Relevé de décisions", "Outcomes". */
  decision: RegExp[];
  /** Headings whose items await a decision from the top: "Points à arbitrer". */
  escalation: RegExp[];
  /** Headings whose items are actions: "Prochaines étapes", "Next steps". */
  action: RegExp[];
  /** Headings whose items are priorities: "Nos priorités", "Top 3", "OKR". */
  priority: RegExp[];
  /** Headings whose items are still open: "Points en suspens", "Open questions". */
  open: RegExp[];
}

export interface Lexicon {
  sections: SectionPatterns;
  /** A decision is stated: "Décision : …", "On valide …", "We decided …". */
  decision: RegExp[];
  /** Nothing was decided, or it was postponed: "Pas de décision", "decision deferred". */
  undecided: RegExp[];
  /** Explicit action labels ("Action :", "TODO", "Owner:"): they beat the section's kind. */
  actionLabel: RegExp[];
  /** Softer action cues ("il faut", "à envoyer", "we need to"): they yield to a section. */
  actionCue: RegExp[];
  /**
   * A line starting with a task verb ("Envoyer le devis", "Send the quote"): an action when
   * it also names someone or a date ("(Paul, 20/11)", "– Lisa – Monday"); agenda items
   * ("Présenter le budget (Paul)") are exempt, since there the name is the presenter.
   */
  taskVerb: RegExp;
  /** Task verbs that make a to-do on their own ("Relancer le client", "Book the venue"). */
  todoVerb: RegExp;
  /** Escalation phrases that stand alone: "à arbitrer", "escalade", "escalate". */
  escalation: RegExp[];
  /** Words naming the top of the company (regular expression source, no groups captured). */
  top: string;
  /** Escalation sources around the top: `{top}` becomes `top` plus the CEO's names. */
  escalationTop: string[];
  /** A request to the top only counts with one of these ("on attend", "needed"). */
  pending: RegExp;
  /** Phrases like "validation de {top}" that escalate only when `pending` also matches. */
  requestTop: string[];
  /** Inline priority labels: "Priorité n°2 – …", "P1 : …", "Priority #1: …". */
  priorityLabel: RegExp[];
  /** Leading labels removed before stemming, so stems describe the item, not the label. */
  label: RegExp;
  /** The line reports something done / closed. */
  done: RegExp[];
  /** …unless negated or idiomatic: "pas encore fait", "not done", "well done". */
  notDone: RegExp[];
  /** Deadline words that make a following date a due date ("d'ici", "by"). */
  deadlineCue: string;
  /** Constructive language, as phrases; stemmed when compiled. Negative language: mood-*.ts. */
  positive: string[];
  /** Tokens that cancel a following sentiment phrase within a short window. */
  negators: string[];
}

/** Optional qualifier after a heading label: "Décisions du 12/11", "Priorités Q4", "Next steps (Sales)". */
export const TAIL =
  "(?:\\s+(?:(?:du|de|des|pour|en|a|au|for|of|from|this|the|q\\d|t\\d|s\\d|\\d+)\\b|d'|\\(|-|–|—).*)?";
