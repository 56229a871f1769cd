/**
 * Headings switch the section a line belongs to: items under "Relevé de décisions" are
 * decisions, under "Prochaines étapes" actions, under "Top 3" priorities. A heading is a
 * markdown heading, a short label ending with ":" ("Décisions :"), or a line that is only
 * a known label ("Next steps", "Échanges", "Tour de table"). "Décisions : aucune" carries
 * content: it is not a heading. Every heading closes the section before it.
 */
import { AGENDA_HEADINGS, NEUTRAL_HEADINGS } from "./headings.js";
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import type { SectionPatterns } from "./lexicon-types.js";
import { foldLower, type LineShape } from "./normalize.js";

/** "agenda": items are topics to discuss, so a bare verb ("Préparer le salon") is no to-do. */
export type Section = keyof SectionPatterns | "agenda" | "none";

/** Longer lines ending with ":" introduce a list inside the text; they are not headings. */
export const MAX_HEADING_WORDS = 6;
/** A line without ":" or "#" is a heading only if this short and a known label. */
export const MAX_BARE_HEADING_WORDS = 5;

// Open before decision ("Décisions reportées"), escalation before decision ("Arbitrages attendus").
const ORDER: (keyof SectionPatterns)[] = ["open", "escalation", "decision", "action", "priority"];

// Without ":" or "#", "À remonter au CODIR" or "Décision reportée" are statements, not headings.
const BARE_SECTIONS: ReadonlySet<Section> = new Set(["decision", "action", "priority"]);

export interface Heading {
  section: Section;
  /** Markdown level, or null for a label heading. */
  level: number | null;
}

const labelOf = (text: string) =>
  foldLower(text)
    .replace(/\s*:\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();

/** The section a label names, or "none" for any other label ("Points abordés"). */
export function sectionOf(label: string): Section {
  const folded = labelOf(label);
  for (const section of ORDER) {
    if ([FR, EN].some((lex) => lex.sections[section].some((re) => re.test(folded)))) return section;
  }
  return AGENDA_HEADINGS.some((re) => re.test(folded)) ? "agenda" : "none";
}

/** A known label of no item kind ("Échanges", "Risks"): a heading even without ":" or "#". */
export function isNeutralLabel(label: string): boolean {
  const folded = labelOf(label);
  return NEUTRAL_HEADINGS.some((re) => re.test(folded)) || AGENDA_HEADINGS.some((re) => re.test(folded));
}

// "Prio 2 – réorganiser l'entrepôt" is an item with a label, not the heading "Priorités".
const INLINE_CONTENT = /:\s*\S|[–—]\s*\S+\s+\S|\s-\s+\S+\s+\S/u;

/** The heading this line is, or null for a content line. */
export function readHeading(shape: LineShape): Heading | null {
  const body = shape.body;
  if (body.length === 0) return null;
  if (shape.headingLevel !== null) return { section: sectionOf(body), level: shape.headingLevel };
  const words = body.split(/\s+/).length;
  if (/:\s*$/.test(body) && !shape.checkbox && words <= MAX_HEADING_WORDS) {
    return { section: sectionOf(body), level: null };
  }
  if (shape.bullet || shape.checkbox || words > MAX_BARE_HEADING_WORDS || INLINE_CONTENT.test(body))
    return null;
  const section = sectionOf(body);
  if (BARE_SECTIONS.has(section) || isNeutralLabel(body)) return { section, level: null };
  return null;
}

/** Where the extractor stands while reading a note top to bottom. */
export interface SectionState {
  section: Section;
  level: number | null;
  /** Whether the section's first item was a list item; null before any item. */
  bulleted: boolean | null;
  blankSince: boolean;
}

export const START: SectionState = { section: "none", level: null, bulleted: null, blankSince: false };

/** The state after a heading. A deeper markdown sub-heading of no known kind keeps its parent's section. */
export function enterHeading(state: SectionState, heading: Heading): SectionState {
  const sub =
    heading.section === "none" &&
    heading.level !== null &&
    state.level !== null &&
    heading.level > state.level &&
    state.section !== "none";
  if (sub) return { ...state, bulleted: null, blankSince: false };
  return { section: heading.section, level: heading.level, bulleted: null, blankSince: false };
}

/**
 * The state for a content line. A bulleted list ends at a blank line followed by a plain
 * paragraph: that paragraph is back in the body of the note, not in the list.
 */
export function enterContent(state: SectionState, shape: LineShape): SectionState {
  const item = shape.bullet || shape.checkbox !== null;
  if (state.section !== "none" && state.blankSince && state.bulleted === true && !item) {
    return START;
  }
  return { ...state, bulleted: state.bulleted ?? item, blankSince: false };
}
