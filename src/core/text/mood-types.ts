/**
 * Shape of a mood lexicon: the fatigue / lassitude / cynicism language the
 * `negative_sentiment` signal counts. Organised by family so a reviewer can see what is
 * covered and what is not; the families are not reported separately.
 *
 * Two kinds of entries:
 * - `stems`: phrases stemmed when compiled, so "épuisées", "épuisement", "exhausting" all
 *   match. Reserved for words whose every common sense in meeting notes is the mood.
 * - `patterns`: regular expressions on folded lower-case text (accents removed, "’" → "'"),
 *   for free word order ("personne n'y croit plus") and for ambiguous words that only count
 *   with their context ("l'équipe est vidée", not "bac vidé").
 * `guards` blank out the non-mood uses of mood words before anything is matched
 * ("tension de trésorerie", "conflit d'agenda", "stock épuisé", "stress test").
 */
export type MoodFamily =
  | "exhaustion"
  | "weariness"
  | "cynicism"
  | "frustration"
  | "repetition"
  | "overload"
  | "turnover";

export interface MoodLexicon {
  stems: Partial<Record<MoodFamily, string[]>>;
  patterns: Partial<Record<MoodFamily, RegExp[]>>;
  guards: RegExp[];
}
