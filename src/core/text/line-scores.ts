/**
 * How well the extractor reads labelled note lines: per-kind precision, recall and F1, the
 * macro-F1 over the five kinds, and on the action lines both sides agree on, how often the
 * owner and the due date are right. Pure: the corpus is read elsewhere (src/sources).
 */
import type { Locale } from "../model.js";
import { extractNote } from "./extract.js";
import { foldLower } from "./normalize.js";
import type { LineKind } from "./types.js";

export const LINE_KINDS: readonly LineKind[] = ["decision", "action", "escalation", "priority", "none"];

/** One labelled line of a note corpus (`fixtures/notes/*.jsonl`). */
export interface LabelledLine {
  id: string;
  locale: Locale;
  /** How it is written: "bullet", "sentences", "franglais", "transcription", "table", "terse". */
  register: string;
  /** The note's date, from which relative due dates are resolved. */
  date: string;
  /** The company's CEO, so that "à remonter à Marie" can be read as an escalation. */
  ceo: string | null;
  /** Lines of the note before the judged one (a heading it sits under). */
  context: readonly string[];
  text: string;
  kind: LineKind;
  owner: string | null;
  due: string | null;
}

export interface LineReading {
  kind: LineKind;
  owner: string | null;
  due: string | null;
}

/** What the extractor reads of the labelled line, in its note (context lines first). */
export function readLabelled(line: LabelledLine): LineReading {
  const text = [...line.context, line.text].join("\n");
  const lines = extractNote(
    { text, date: line.date, locale: line.locale },
    { ceoNames: line.ceo ? [line.ceo] : [] },
  );
  const last = lines[lines.length - 1];
  return { kind: last?.kind ?? "none", owner: last?.owner ?? null, due: last?.due ?? null };
}

export interface ClassScore {
  kind: LineKind;
  /** Lines labelled with this kind. */
  support: number;
  /** Lines read as this kind. */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldScore {
  /** Action lines labelled and read as actions. */
  lines: number;
  correct: number;
}

export interface LineScores {
  lines: number;
  classes: ClassScore[];
  /** Unweighted mean of the F1 of the kinds labelled or read (all five on a real corpus). */
  macroF1: number;
  accuracy: number;
  owner: FieldScore;
  due: FieldScore;
  /** Lines read wrongly, for `eval --verbose`. */
  errors: { line: LabelledLine; read: LineReading }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Owners compare as written, ignoring case, accents and a leading "@". */
const sameOwner = (a: string | null, b: string | null) =>
  (a === null ? null : foldLower(a).replace(/^@/, "").trim()) ===
  (b === null ? null : foldLower(b).replace(/^@/, "").trim());

export function scoreLines(labelled: readonly LabelledLine[]): LineScores {
  const read = labelled.map((line) => ({ line, read: readLabelled(line) }));
  const classes = LINE_KINDS.map((kind) => {
    const tp = read.filter((r) => r.line.kind === kind && r.read.kind === kind).length;
    const predicted = read.filter((r) => r.read.kind === kind).length;
    const support = read.filter((r) => r.line.kind === kind).length;
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { kind, support, predicted, precision, recall, f1 };
  });
  // As usual for macro averages, a kind neither labelled nor read has no say in the mean.
  const present = classes.filter((c) => c.support > 0 || c.predicted > 0);
  const actions = read.filter((r) => r.line.kind === "action" && r.read.kind === "action");
  return {
    lines: read.length,
    classes,
    macroF1: present.length ? present.reduce((a, c) => a + c.f1, 0) / present.length : 1,
    accuracy: ratio(read.filter((r) => r.line.kind === r.read.kind).length, read.length),
    owner: {
      lines: actions.length,
      correct: actions.filter((r) => sameOwner(r.line.owner, r.read.owner)).length,
    },
    due: { lines: actions.length, correct: actions.filter((r) => r.line.due === r.read.due).length },
    errors: read.filter(
      (r) =>
        r.line.kind !== r.read.kind ||
        (r.line.kind === "action" && (!sameOwner(r.line.owner, r.read.owner) || r.line.due !== r.read.due)),
    ),
  };
}
