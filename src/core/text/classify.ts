/**
 * Markers of a line in both languages, and the rule that turns markers plus the current
 * section into one kind.
 *
 * Precedence: escalation > decision > action > priority, as asked, with one refinement:
 * what the line says explicitly beats the heading it sits under, and the heading beats
 * weak cues. So "Action : …" under "Décisions" is an action (the writer labelled it), and
 * "Recruter 2 commerciaux d'ici mars" under "Priorités" stays a priority although a
 * deadline alone would suggest an action.
 */

import { AGREEMENT, RULE } from "./agreement.js";
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import type { Lexicon } from "./lexicon-types.js";
import { affirmed } from "./negation.js";
import { fold } from "./normalize.js";
import type { Section } from "./sections.js";
import type { LineKind } from "./types.js";

const LEXICONS: Lexicon[] = [FR, EN];
const any = (folded: string, pick: (lex: Lexicon) => RegExp[]) =>
  LEXICONS.some((lex) => pick(lex).some((re) => re.test(folded)));
/** Like `any`, but a match inside a negation's scope does not count ("pas besoin d'escalader"). */
const affirmedAny = (folded: string, pick: (lex: Lexicon) => RegExp[]) =>
  LEXICONS.some((lex) => affirmed(folded, pick(lex)));

export interface Markers {
  escalation: boolean;
  decision: boolean;
  undecided: boolean;
  actionLabel: boolean;
  actionCue: boolean;
  priorityLabel: boolean;
  done: boolean;
  /** Nothing but a placeholder: "—", "n/a", "RAS", "TBD", "?". */
  placeholder: boolean;
  question: boolean;
}

const PLACEHOLDER = /^(?:n\/?a|-+|—|–|none|nil|aucune?|neant|rien|ras|tbd|tbc|\?+|\.\.\.|…|x)\s*\.?$/u;
const DONE_SIGN = /[✅☑✔✓]/u;

/** Markers of a folded lower-case line (bullets and checkboxes already removed). */
export function readMarkers(folded: string, escalatesToTop: (folded: string) => boolean): Markers {
  const question = /\?\s*$/.test(folded);
  const placeholder = PLACEHOLDER.test(folded);
  return {
    escalation: affirmedAny(folded, (l) => l.escalation) || escalatesToTop(folded),
    decision:
      !question &&
      (any(folded, (l) => l.decision) || affirmed(folded, AGREEMENT) || any(folded, () => [...RULE])),
    undecided: any(folded, (l) => l.undecided),
    actionLabel: any(folded, (l) => l.actionLabel),
    actionCue: affirmedAny(folded, (l) => l.actionCue),
    priorityLabel: any(folded, (l) => l.priorityLabel),
    done: DONE_SIGN.test(folded) || (any(folded, (l) => l.done) && !any(folded, (l) => l.notDone)),
    placeholder,
    question,
  };
}

export interface LineFacts {
  markers: Markers;
  section: Section;
  checkbox: "open" | "checked" | null;
  /** The line names its doer in a form that makes it an action ("@Paul", "Paul doit"). */
  ownerCue: boolean;
  /** A date follows a deadline word ("d'ici vendredi", "by Friday"). */
  deadline: boolean;
  /** The line names someone in any form, cue or not ("(Paul)", "– Lisa"). */
  named: boolean;
  /** The line holds a date, cued or not ("(Paul, 20/11)"). */
  dated: boolean;
  /** The line starts with a task verb / a to-do verb (see `Lexicon.taskVerb`). */
  taskVerb: boolean;
  todoVerb: boolean;
  words: number;
}

/** A long sentence under "Priorités" is commentary on the list, not one more priority. */
export const MAX_PRIORITY_WORDS = 16;

/** Task verb lines, owner/label prefix removed: "Paul : envoyer le devis" → "envoyer le devis". */
export function taskVerbs(folded: string): { taskVerb: boolean; todoVerb: boolean } {
  const rest = folded.replace(/^(?:->|→|=>|⇒|➜|➔)?\s*(?:[^:]{1,30}:\s*)?/u, "");
  const test = (pick: (lex: Lexicon) => RegExp) =>
    LEXICONS.some((lex) => pick(lex).test(rest) || pick(lex).test(folded));
  return { taskVerb: test((l) => l.taskVerb), todoVerb: test((l) => l.todoVerb) };
}

/** True when the line says nothing was decided, explicitly or by its place in the note. */
export function isUndecided({ markers, section }: LineFacts): boolean {
  if (markers.undecided || section === "open") return true;
  return section === "decision" && (markers.placeholder || markers.question);
}

export function resolveKind(facts: LineFacts, undecided: boolean): LineKind {
  const m = facts.markers;
  if (m.escalation) return "escalation";
  if (m.decision && !undecided) return "decision";
  if (m.actionLabel || facts.checkbox !== null) return "action";
  const cued = m.actionCue || facts.ownerCue || facts.deadline || taskCue(facts);
  // A line that only says nothing was decided is not an item of its section; "we will come
  // back to it" is no task either, unless someone or a date is named.
  const firm = facts.ownerCue || facts.deadline || taskCue(facts);
  if (m.placeholder || (undecided && !firm)) return "none";
  const inherited = sectionKind(facts, undecided);
  if (inherited) return inherited;
  if (m.priorityLabel) return "priority";
  return cued ? "action" : "none";
}

function sectionKind({ section, words }: LineFacts, undecided: boolean): LineKind | null {
  if (section === "escalation") return "escalation";
  if (section === "decision") return undecided ? "none" : "decision";
  if (section === "action") return "action";
  if (section === "priority" && words <= MAX_PRIORITY_WORDS) return "priority";
  return null;
}

/** "Envoyer le devis (Paul, 20/11)", "Relancer le client": a to-do, except in an agenda. */
function taskCue(f: LineFacts): boolean {
  if (f.section === "agenda" || !f.taskVerb) return false;
  return f.todoVerb || f.named || f.dated;
}

/** "Marie Dupont", "marie.dupont@acme.fr" → folded forms to look for: full name and first name. */
export function nameForms(names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const raw of names) {
    const name = fold(raw.split("@")[0] ?? "")
      .toLowerCase()
      .replace(/[._]+/g, " ")
      .trim();
    if (name.length === 0) continue;
    forms.add(name);
    const first = name.split(/\s+/)[0] ?? "";
    if (first.length >= 3) forms.add(first);
  }
  return [...forms];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A matcher for escalations toward the top: the roles of both lexicons and, when given,
 * the CEO's own names ("arbitrage de Marie"). A bare mention of the CEO is not enough.
 */
export function topMatcher(ceoNames: readonly string[]): (folded: string) => boolean {
  const names = nameForms(ceoNames).map(escapeRegExp);
  const top = `(?:${[FR.top, EN.top, ...names].join("|")})`;
  const direct = LEXICONS.flatMap((l) => l.escalationTop).map((s) => new RegExp(s.replaceAll("{top}", top)));
  const request = LEXICONS.flatMap((l) => l.requestTop).map((s) => new RegExp(s.replaceAll("{top}", top)));
  const pending = LEXICONS.map((l) => l.pending);
  return (folded) =>
    affirmed(folded, direct) || (affirmed(folded, request) && pending.some((re) => re.test(folded)));
}
