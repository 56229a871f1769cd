import type { Locale } from "./model.js";

export type Localised = Record<Locale, string>;

/** Picks the tenant's language; `{name}` placeholders are filled from `vars`. */
export function tr(locale: Locale, text: Localised, vars: Record<string, string | number> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? fmt(locale, vars[k]) : m));
}

function fmt(locale: Locale, v: string | number | undefined): string {
  if (typeof v === "number") {
    return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 }).format(v);
  }
  return v ?? "";
}

export function pct(locale: Locale, share: number): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

/** "la direction" / "the organisation", "l'équipe Ventes" / "the Ventes team". */
export function scopeLabel(locale: Locale, scope: string): string {
  if (scope === "org") return locale === "fr" ? "l'organisation" : "the organisation";
  const team = scope.replace(/^team:/, "");
  return locale === "fr" ? `l'équipe ${team}` : `the ${team} team`;
}
