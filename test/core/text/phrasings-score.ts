/**
 * Scoring of the held-out phrasings: per-category recall, and the false-positive rate on
 * neutral-but-tricky lines (any label at all — negative tone, a kind, undecided — is a
 * false positive there). Shared by the test and by ad-hoc reports (`npx tsx`).
 */
import { extractNote } from "../../../src/core/text/extract.js";
import type { ExtractedLine } from "../../../src/core/text/types.js";

export type Category =
  | "negative"
  | "neutral"
  | "decision"
  | "undecided"
  | "action"
  | "escalation"
  | "priority";
export type Phrasings = Record<Category, string[]>;

/** The CEO of the held-out company, so "On remonte à Marie" can be read as an escalation. */
const OPTIONS = { ceoNames: ["Marie Dupont"] };

/** The judged line: the last line of the note. */
function judged(text: string): ExtractedLine {
  const lines = extractNote({ text, date: "2026-11-24" }, OPTIONS);
  const last = lines[lines.length - 1];
  if (!last) throw new Error(`no line in ${text}`);
  return last;
}

const PASSES: Record<Category, (l: ExtractedLine) => boolean> = {
  negative: (l) => l.negative,
  neutral: (l) => !l.negative && l.kind === "none" && !l.undecided,
  decision: (l) => l.kind === "decision" && !l.undecided,
  undecided: (l) => l.undecided && l.kind !== "decision",
  action: (l) => l.kind === "action",
  escalation: (l) => l.kind === "escalation",
  priority: (l) => l.kind === "priority",
};

export interface Score {
  /** Share of lines read as their category (for "neutral": share left unlabelled). */
  rate: number;
  missed: string[];
}

export function score(category: Category, lines: readonly string[]): Score {
  const missed = lines.filter((text) => !PASSES[category](judged(text)));
  return { rate: 1 - missed.length / lines.length, missed };
}
