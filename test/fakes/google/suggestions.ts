/**
 * Docs `suggestionsViewMode`, as documents.get applies it to a stored document (kept with its
 * suggestions inline): PREVIEW_WITHOUT_SUGGESTIONS rejects every pending suggestion (insertions
 * vanish, deletions stay as plain text), PREVIEW_SUGGESTIONS_ACCEPTED accepts them all, and
 * SUGGESTIONS_INLINE (the default) returns them marked.
 */
import { isJson, type Json } from "./workspace.js";

const MODES = [
  "DEFAULT_FOR_CURRENT_ACCESS",
  "SUGGESTIONS_INLINE",
  "PREVIEW_SUGGESTIONS_ACCEPTED",
  "PREVIEW_WITHOUT_SUGGESTIONS",
];

export function isSuggestionsViewMode(mode: string): boolean {
  return MODES.includes(mode);
}

export function applySuggestionsView(doc: Json, mode: string): Json {
  if (mode !== "PREVIEW_SUGGESTIONS_ACCEPTED" && mode !== "PREVIEW_WITHOUT_SUGGESTIONS") {
    return { ...doc, suggestionsViewMode: "SUGGESTIONS_INLINE" };
  }
  const dropped = mode === "PREVIEW_WITHOUT_SUGGESTIONS" ? "suggestedInsertionIds" : "suggestedDeletionIds";
  return { ...(rewrite(doc, dropped) as Json), suggestionsViewMode: mode };
}

/** Drops paragraph elements marked `dropped`, and clears the other mark on those that stay. */
function rewrite(value: unknown, dropped: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, dropped));
  if (!isJson(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "suggestedInsertionIds" || key === "suggestedDeletionIds") continue;
    if (key === "elements" && Array.isArray(v)) {
      out[key] = v.filter((e) => !marked(e, dropped)).map((e) => rewrite(e, dropped));
    } else out[key] = rewrite(v, dropped);
  }
  return out;
}

function marked(element: unknown, mark: string): boolean {
  if (!isJson(element)) return false;
  return Object.values(element).some(
    (inner) => isJson(inner) && Array.isArray(inner[mark]) && inner[mark].length > 0,
  );
}
