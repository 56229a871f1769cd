/**
 * The note extractor: what each line of a meeting note says (decision, action, escalation,
 * priority), who owns it, when it is due, whether it was left undecided or done, its tone
 * and its topic stems. Pure: the note's date is the only clock.
 */
import type { Locale } from "../model.js";
import { readRow } from "./cells.js";
import { isUndecided, type Markers, readMarkers, resolveKind, taskVerbs, topMatcher } from "./classify.js";
import { findDue } from "./dates.js";
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import { detectLocale } from "./locale.js";
import { LINE_MEMO_SIZE, memo } from "./memo.js";
import { foldLower, shapeLine, tokenize } from "./normalize.js";
import { findOwner, type Owner, speakerCommitment, terseOwner } from "./owner.js";
import {
  enterContent,
  enterHeading,
  isNeutralLabel,
  readHeading,
  type SectionState,
  START,
} from "./sections.js";
import { sentiment } from "./sentiment.js";
import { isStalled } from "./stalled.js";
import { contentStems } from "./stems.js";
import type { ExtractedLine, NoteInput } from "./types.js";

export { detectLocale } from "./locale.js";

export interface ExtractOptions {
  /**
   * The CEO's names or email ("Marie Dupont", "marie.dupont@acme.fr"), so that "arbitrage
   * de Marie" counts as an escalation. Default: none (roles such as "DG", "CEO" still count).
   */
  ceoNames?: readonly string[];
}

/*
 * What a line says of itself, whatever note it sits in, is worked out once per distinct text:
 * minutes repeat their headings and recurring points week after week, and each of these runs
 * dozens of patterns. A line's due date depends on the note's date too, hence its key.
 */
const toneOf = memo(LINE_MEMO_SIZE, sentiment);
const verbsOf = memo(LINE_MEMO_SIZE, taskVerbs);
const dueOf = memo(LINE_MEMO_SIZE, (key) => {
  const cut = key.indexOf("\n");
  return findDue(key.slice(cut + 1), key.slice(0, cut) || null);
});

/** The CEO's matcher and the markers read with it, per list of CEO names (one per tenant). */
const markerReaders = memo(1_000, (names) => {
  const escalatesToTop = topMatcher(JSON.parse(names) as string[]);
  return memo(LINE_MEMO_SIZE, (folded): Markers => readMarkers(folded, escalatesToTop));
});

/** One entry per line of `input.text` (split on newlines), in order. */
export function extractNote(input: NoteInput, options: ExtractOptions = {}): ExtractedLine[] {
  const locale: Locale = input.locale ?? detectLocale(input.text);
  const markersOf = markerReaders(JSON.stringify(options.ceoNames ?? []));
  const people = new Set(options.ceoNames?.flatMap((n) => tokenize(foldLower(n.split("@")[0] ?? ""))) ?? []);
  let state: SectionState = START;
  return input.text.split(/\r?\n/).map((raw, line) => {
    const shape = shapeLine(raw);
    const heading = readHeading(shape);
    if (heading) {
      state = enterHeading(state, heading);
      // A known label ("Échanges", "Décisions") says nothing of the topic; "Recrutement :" does.
      const known = heading.section !== "none" || isNeutralLabel(shape.body);
      return emptyLine(line, raw, known ? [] : contentStems(shape.body, locale, people));
    }
    if (shape.body.length === 0) {
      state = { ...state, blankSince: true };
      return emptyLine(line, raw, []);
    }
    state = enterContent(state, shape);
    return readLine({
      line,
      raw,
      body: shape.body,
      checkbox: shape.checkbox,
      state,
      locale,
      date: input.date,
    });
  });

  function readLine(ctx: LineContext): ExtractedLine {
    const row = readRow(ctx.body);
    if (row?.header) return emptyLine(ctx.line, ctx.raw, []);
    const body = row ? row.text : ctx.body;
    const folded = foldLower(body);
    const markers = markersOf(folded);
    const due = dueOf(`${ctx.date ?? ""}\n${folded}`);
    const verbs = verbsOf(folded);
    const owner = ownerOf(body, folded, row?.names ?? [], due.due !== null || verbs.taskVerb);
    const facts = {
      markers,
      section: ctx.state.section,
      checkbox: ctx.checkbox,
      ownerCue: owner?.cue ?? false,
      deadline: due.cued,
      named: owner !== null,
      dated: due.due !== null,
      ...verbs,
      words: body.split(/\s+/).length,
    };
    const undecided = isUndecided(facts);
    const kind = resolveKind(facts, undecided);
    const isAction = kind === "action";
    const exclude = new Set([...people, ...(owner ? tokenize(foldLower(owner.name)) : [])]);
    return {
      line: ctx.line,
      text: ctx.raw,
      kind,
      owner: isAction ? (owner?.name ?? null) : null,
      due: isAction ? due.due : null,
      undecided,
      done: ctx.checkbox === "checked" || markers.done,
      stalled: !markers.done && isStalled(folded),
      ...toneOf(ctx.body),
      stems: contentStems(body, ctx.locale, exclude),
    };
  }
}

/**
 * Who owns the line: a transcript speaker taking the task ("Paul : je m'en occupe"), the
 * owner column of a table row, a name as the forms of owner.ts write it, or a lower-case
 * first name leading a terse task line ("jo - chase invoice tmrw").
 */
function ownerOf(body: string, folded: string, columns: readonly string[], task: boolean): Owner | null {
  const speaker = speakerCommitment(body);
  if (speaker) return { name: speaker, cue: true };
  const column = columns[0];
  if (column) return { name: column.replace(/^@/, ""), cue: true };
  const written = findOwner(withoutLabel(body, folded)) ?? findOwner(body);
  if (written) return written;
  const terse = task ? terseOwner(body) : null;
  return terse ? { name: terse, cue: true } : null;
}

/** "AI: Bob to book the room" → "Bob to book the room", so the doer stands first again. */
function withoutLabel(body: string, folded: string): string {
  const label = FR.label.exec(folded) ?? EN.label.exec(folded);
  // Folding keeps one character per precomposed letter, so the label's length carries over.
  return label ? body.slice(label[0].length) : body;
}

interface LineContext {
  line: number;
  raw: string;
  body: string;
  checkbox: "open" | "checked" | null;
  state: SectionState;
  locale: Locale;
  date: string | null | undefined;
}

/** Headings and blank lines: no kind, no tone; a heading keeps its stems ("Recrutement :"). */
function emptyLine(line: number, text: string, stems: string[]): ExtractedLine {
  return {
    line,
    text,
    kind: "none",
    owner: null,
    due: null,
    undecided: false,
    done: false,
    stalled: false,
    negative: false,
    positive: false,
    stems,
  };
}
