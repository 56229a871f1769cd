import { IntlMessageFormat } from "intl-messageformat";
import { EN } from "./messages/en.js";
import { FR, type MessageKey } from "./messages/fr.js";
import type { Locale } from "./model.js";

/**
 * Every sentence Vigie writes is an ICU message (FormatJS `intl-messageformat`): plurals are
 * written out (`{n, plural, one {# réunion} other {# réunions}}`), never "réunion(s)", and
 * numbers are formatted for the locale ("8,3" / "8.3", narrow no-break space for thousands).
 */
export type Localised = Record<Locale, string>;

export type Vars = Record<string, string | number>;

/** The BCP 47 tag each product locale formats with. */
export const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** `{n}` of a number prints at most one decimal, like every figure on the page. */
const FORMATS = { number: { figure: { maximumFractionDigits: 1 } } };

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A simple `{name}` placeholder holding a number becomes `{name, number, figure}`: ICU prints a
 * bare argument verbatim, and a figure must follow the locale. Compiled messages are cached (the
 * detectors format the same sentences for every week of the trend).
 */
function compile(locale: Locale, message: string, numeric: readonly string[]): IntlMessageFormat {
  const key = `${locale}\u0000${numeric.join(",")}\u0000${message}`;
  let m = compiled.get(key);
  if (!m) {
    const source = numeric.length
      ? message.replace(/\{(\w+)\}/g, (all, k: string) =>
          numeric.includes(k) ? `{${k}, number, figure}` : all,
        )
      : message;
    m = new IntlMessageFormat(source, INTL_LOCALE[locale], FORMATS, { ignoreTag: true });
    compiled.set(key, m);
  }
  return m;
}

/** Formats one ICU message in `locale`; a placeholder without a value is left visible, not blanked. */
export function formatMessage(locale: Locale, message: string, vars: Vars = {}): string {
  const missing = [...message.matchAll(/\{(\w+)[,}]/g)]
    .map((m) => m[1] as string)
    .filter((k) => !(k in vars));
  const values: Vars = { ...vars };
  for (const k of missing) values[k] = `{${k}}`;
  const numeric = Object.keys(values).filter((k) => typeof values[k] === "number");
  return String(compile(locale, message, numeric).format(values));
}

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { fr: FR, en: EN };

/**
 * Formats the catalogue message `key` (src/core/messages) in `locale`. Detectors and writers
 * name a sentence by key, so a sentence missing from a catalogue fails the type check.
 */
export function msg(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return formatMessage(locale, CATALOGUES[locale][key], vars);
}

/** Picks the language of an inline pair (tenant validation's own catalogue) and formats it. */
export function tr(locale: Locale, text: Localised, vars: Vars = {}): string {
  return formatMessage(locale, text[locale], vars);
}

/** "a, b et c" / "a, b and c". */
export function andList(locale: Locale, xs: readonly string[]): string {
  if (xs.length <= 1) return xs[0] ?? "";
  const last = xs[xs.length - 1] as string;
  return msg(locale, "inline.and", { head: xs.slice(0, -1).join(", "), last });
}

/** « CODIR » / “CODIR”: a ritual or meeting name quoted the locale's way. */
export function quoted(locale: Locale, x: string): string {
  return msg(locale, "inline.quote", { x });
}

export function pct(locale: Locale, share: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}

/** "l'organisation" / "the organisation", "l'équipe Ventes" / "the Ventes team". */
export function scopeLabel(locale: Locale, scope: string): string {
  if (scope === "org") return msg(locale, "inline.org");
  return msg(locale, "inline.team", { team: scope.replace(/^team:/, "") });
}
