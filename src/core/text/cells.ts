/**
 * Table rows flattened to one line, cells joined by " | " (how the Docs and Notion readers
 * hand a table row over). A row is read as one statement: a leading kind label
 * ("Décision | …", "Priority 1 | …") labels the rest, a cell that is only a person's name is
 * the owner column, and a row made only of column titles ("Action | Owner | Due") is a
 * header that says nothing.
 */
import { foldLower } from "./normalize.js";

const SEPARATOR = /\s+\|\s+|\s*\|\s*(?=\S)/;

/** Column titles of action and decision logs, FR and EN (folded). */
const HEADER_CELL =
  /^(?:#|n°|no|sujet|sujets|topic|topics|item|items|point|points|theme|action|actions|tache|taches|task|tasks|decision|decisions|responsable|resp\.?|porteur|pilote|owner|owners|qui|who|assignee|echeance|date|dates|due|due date|deadline|delai|statut|status|etat|state|priorite|priority|commentaires?|comments?|notes?|remarques?|details?|description|kpi|valeur|value|cible|target|tendance|trend|equipe|team)$/;

const LABEL_CELL =
  /^(?:decisions?|decide|actee?|arbitrage|a arbitrer|escalade|escalation|to escalate|actions?|action item|todo|a faire|(?:top )?priorite|priority|prio|p[0-3]|objectif|objective|okr|focus)(?:\s*(?:n°|no\.?|#)?\s*\d+)?$/;

// A cell holding a name and nothing else: "Paul", "Marie Dupont", "Jean-Pierre", "JD".
const NAME_CELL =
  /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?(?:\s+\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,3}|@[\p{L}._-]+)$/u;

export interface Row {
  /** The row as one statement: "Décision : Passage à … ; validée". */
  text: string;
  /** Every cell is a column title. */
  header: boolean;
  /** The cells that are a bare name, in order (the owner column). */
  names: string[];
}

/** The row a line holds, or null when the line is no table row. */
export function readRow(body: string): Row | null {
  if (!body.includes("|")) return null;
  const cells = body
    .split(SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  if (cells.length < 2) return null;
  const folded = cells.map((c) => foldLower(c).replace(/\s*:$/, ""));
  const header = folded.every((c) => HEADER_CELL.test(c));
  const names = cells.slice(1).filter((c, i) => NAME_CELL.test(c) && !HEADER_CELL.test(folded[i + 1] ?? ""));
  const [first, ...rest] = cells;
  const labelled = LABEL_CELL.test(folded[0] ?? "");
  const text = labelled ? `${first} : ${rest.join(" ; ")}` : cells.join(" ; ");
  return { text, header, names };
}
