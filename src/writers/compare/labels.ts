/**
 * The comparison's words: the `compare.*` keys of the ICU catalogues (src/core/messages), so the
 * language checks cover them like every other output's.
 */

import type { AttentionReason } from "../../app/compare-model.js";
import { EN } from "../../core/messages/en.js";
import { FR, type MessageKey } from "../../core/messages/fr.js";
import type { Locale } from "../../core/model.js";
import { t } from "../labels.js";

/** `compare.<key>` of the catalogue, without the prefix (reasons have their own helper). */
export type CompareTextKey = Exclude<
  MessageKey extends infer K ? (K extends `compare.${infer R}` ? R : never) : never,
  `reason.${string}`
>;

const PLURAL = /\{(\w+), plural/g;
/** Per message, the arguments a plural reads in either language. */
const plurals = new Map<MessageKey, Set<string>>();

function pluralArgs(id: MessageKey): Set<string> {
  let found = plurals.get(id);
  if (!found) {
    found = new Set([...`${FR[id]} ${EN[id]}`.matchAll(PLURAL)].map((m) => m[1] ?? ""));
    plurals.set(id, found);
  }
  return found;
}

/**
 * Small whole numbers (counts, scores, percentiles) in a plain `{n}` are printed as they are: the
 * same in both languages, and a page of 200 clients would otherwise format thousands of numbers.
 * A plural's argument stays a number (ICU picks the form from it).
 */
export function ct(locale: Locale, key: CompareTextKey, vars: Record<string, string | number> = {}): string {
  const id = `compare.${key}` as MessageKey;
  const counted = pluralArgs(id);
  const plain: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(vars)) {
    const small = typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 1000;
    plain[k] = small && !counted.has(k) ? String(v) : v;
  }
  return t(locale, id, plain);
}

export const reasonLabel = (locale: Locale, r: AttentionReason): string => t(locale, `compare.reason.${r}`);
