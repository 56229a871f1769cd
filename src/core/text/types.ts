import type { Locale } from "../model.js";

export type LineKind = "decision" | "action" | "escalation" | "priority" | "none";

/** What the extractor understands of one line of a note. */
export interface ExtractedLine {
  line: number;
  text: string;
  kind: LineKind;
  /** Action owner as written (a name, an email, initials), or null. */
  owner: string | null;
  /** Action due date `YYYY-MM-DD`, relative dates resolved from the note's date; or null. */
  due: string | null;
  /** The line states that nothing was decided / the decision was postponed. */
  undecided: boolean;
  /** The line marks an action or topic as done / closed. */
  done: boolean;
  /** The line says an action or topic is still not done, chased again, blocked or slipping. */
  stalled: boolean;
  /** Fatigue, lassitude or cynicism language (FR/EN). */
  negative: boolean;
  /** Positive / constructive language, to balance `negative`. */
  positive: boolean;
  /** Stems of the line's content words (stop words removed), for topic overlap. */
  stems: string[];
}

export interface NoteInput {
  text: string;
  /** The note's date `YYYY-MM-DD`: relative due dates are resolved from it. */
  date?: string | null;
  locale?: Locale | null;
}
