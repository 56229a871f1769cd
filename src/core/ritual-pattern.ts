/**
 * A ritual's `match` pattern, compiled once with RE2 (re2js): matching runs in time linear
 * in the title, so a pattern such as `(a+)+$` cannot hang an analysis the way a
 * backtracking `RegExp` does. Validation (tenant.json, the `config` endpoint, the add-on's
 * form) and every place the analysis matches event or note titles go through this module,
 * so what the form accepts is exactly what the analysis runs.
 */
import { RE2JS } from "re2js";

/** Longest pattern accepted: a ritual's name and a few spellings fit in far less. */
export const MAX_PATTERN_LENGTH = 500;
/** Only the start of a title is matched (Calendar allows 1 024 characters; rituals are named early). */
export const MAX_TITLE_LENGTH = 500;

export interface RitualPattern {
  readonly source: string;
  /** Case-insensitive, unanchored, like `new RegExp(source, "i").test(title)`. */
  test(title: string): boolean;
}

/** Why a pattern cannot be used, in both languages the product speaks. */
export interface PatternProblem {
  en: string;
  fr: string;
}

export type CompiledPattern = { ok: true; pattern: RitualPattern } | { ok: false; problem: PatternProblem };

/** Compiles without throwing: the caller names the ritual and the field. */
export function compileRitualPattern(source: string): CompiledPattern {
  if (source.length > MAX_PATTERN_LENGTH) {
    return {
      ok: false,
      problem: {
        en: `pattern too long (${source.length} characters, at most ${MAX_PATTERN_LENGTH})`,
        fr: `motif trop long (${source.length} caractères, au plus ${MAX_PATTERN_LENGTH})`,
      },
    };
  }
  try {
    const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    return { ok: true, pattern: { source, test: (title) => re.test(title.slice(0, MAX_TITLE_LENGTH)) } };
  } catch (e) {
    const reason = reasonOf(e);
    return {
      ok: false,
      problem: {
        en: `invalid regular expression (${reason})`,
        fr: `expression régulière invalide (${reason})`,
      },
    };
  }
}

/** Compiled patterns by source: detectors ask for them every week and scope of a run. */
const compiledOnce = new Map<string, RitualPattern>();

/**
 * For the analysis, whose tenant was validated already: a pattern that does not compile
 * here means the tenant bypassed `parseTenant`, which is a programming error.
 */
export function ritualPattern(source: string): RitualPattern {
  const known = compiledOnce.get(source);
  if (known) return known;
  const compiled = compileRitualPattern(source);
  if (!compiled.ok)
    throw new Error(`ritual pattern ${JSON.stringify(source.slice(0, 40))}: ${compiled.problem.en}`);
  // A long-lived service process sees many tenants: keep the cache bounded.
  if (compiledOnce.size >= 1000) compiledOnce.clear();
  compiledOnce.set(source, compiled.pattern);
  return compiled.pattern;
}

/** RE2's reason, without the `(?i)` it prefixes and bounded so a message stays short. */
function reasonOf(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).replace(/^error parsing regexp: /, "");
  const clean = text.replace("`(?i)", "`");
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}
