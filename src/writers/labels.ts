import { INTL_LOCALE, msg, type Vars } from "../core/i18n.js";
import { FR, type MessageKey } from "../core/messages/fr.js";
import type { Cadence, Locale } from "../core/model.js";
import type { Report } from "../core/report.js";
import type { Scope, SignalId, Status } from "../core/signals/types.js";

export type TextKey = MessageKey;

/** Everything a writer prints that is not data comes from the locale's catalogue (src/core/messages). */
export function t(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return msg(locale, key, vars);
}

export const signalName = (locale: Locale, id: SignalId): string => t(locale, `signal.${id}`);
export const signalShortName = (locale: Locale, id: SignalId): string => t(locale, `short.${id}`);
export const statusLabel = (locale: Locale, status: Status | "none"): string => t(locale, `status.${status}`);
export const cadenceLabel = (locale: Locale, cadence: Cadence): string =>
  `cadence.${cadence}` in FR ? t(locale, `cadence.${cadence}` as MessageKey) : cadence;

/** Both languages of every signal's name, for checks and pickers. */
export const SIGNAL_NAMES = (id: SignalId): Record<Locale, string> => ({
  fr: signalName("fr", id),
  en: signalName("en", id),
});

/** "Organisation", "Équipe Ventes" / "Ventes team": capitalised, for table cells and card headers. */
export function scopeName(locale: Locale, scope: Scope): string {
  if (scope === "org") return t(locale, "orgScope");
  return t(locale, "teamScope", { team: scope.replace(/^team:/, "") });
}

/** French typography puts a (non-breaking) space before a colon. */
export const colon = (locale: Locale): string => (locale === "fr" ? "\u00a0:" : ":");

export function formatNumber(locale: Locale, value: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxFractionDigits }).format(
    value,
  );
}

export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Units whose values are fractions of 1, shown as percentages. */
const isShare = (unit: string): boolean => unit === "share" || unit.startsWith("share ") || unit === "rate";
/** Units that are plain numbers: the column header already says what they count. */
const BARE_UNITS = new Set(["", "count", "score", "index", "share", "rate"]);

/**
 * A figure with its unit, from the catalogue ("14,2 h/pers./sem.", "100 % sans décision",
 * "1 élément"); "—" when there is nothing to show. A unit the catalogue lacks is printed after
 * the figure as the detector spelt it rather than hidden.
 */
export function formatValue(locale: Locale, value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const v = isShare(unit) ? formatPercent(locale, value) : formatNumber(locale, value);
  if (BARE_UNITS.has(unit)) return v;
  const key = `unit.${unit}` as MessageKey;
  if (!(key in FR)) return `${v} ${unit}`;
  return t(locale, key, { v, n: Math.round(value * 10) / 10 });
}

/** "14,2 / 10,1 h/pers./sem.", "100 % / 55 % sans décision": the unit once, after the pair. */
export function valuePair(
  locale: Locale,
  value: number | null,
  baseline: number | null,
  unit: string,
): string {
  if (value === null || baseline === null || !Number.isFinite(value))
    return valueVsBaseline(locale, value, baseline, unit);
  const v = isShare(unit) ? formatPercent(locale, value) : formatNumber(locale, value);
  return `${v} / ${formatValue(locale, baseline, unit)}`;
}

/** "14,2 h/pers./sem. (réf. 10,1 h/pers./sem.)": a value beside its baseline. */
export function valueVsBaseline(locale: Locale, value: number | null, baseline: number | null, unit: string) {
  const v = formatValue(locale, value, unit);
  if (baseline === null) return v;
  return t(locale, "vsBaseline", { value: v, baseline: formatValue(locale, baseline, unit) });
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/** "Semaine 47 · 2026" / "Week 47, 2026"; an unexpected format is shown verbatim. */
export function weekLabel(locale: Locale, week: string): string {
  const m = WEEK_RE.exec(week);
  if (!m) return week;
  return t(locale, "week", { n: String(Number(m[2])), year: m[1] ?? "" });
}

/** "S47" / "W47", for chart axes. */
export function weekShortLabel(locale: Locale, week: string): string {
  const m = WEEK_RE.exec(week);
  return m ? t(locale, "weekShort", { n: String(Number(m[2])) }) : week;
}

/**
 * "16–22 novembre 2026". Dates are parsed and formatted in UTC: they are already local
 * calendar dates, and the machine's zone must not shift them by a day.
 */
export function periodLabel(locale: Locale, period: { start: string; end: string }): string {
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${period.start} – ${period.end}`;
  const f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return f.formatRange(start, end);
}

/** "12 nov." / "12 Nov", for evidence dates. */
export function shortDate(locale: Locale, date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(d);
}

/** "S44 62 · S45 – · S46 68": the trend in one line with its week labels, a missing week as a dash. */
export function trendLine(locale: Locale, trend: readonly { week: string; score: number | null }[]): string {
  return trend
    .map((p) => `${weekShortLabel(locale, p.week)} ${p.score === null ? "–" : String(Math.round(p.score))}`)
    .join(" · ");
}

/** "+3 pts par rapport à la semaine précédente", "Stable …". */
export function deltaLabel(locale: Locale, delta: number): string {
  const signed = `${delta > 0 ? "+" : "−"}${formatNumber(locale, Math.abs(delta))}`;
  return t(locale, "vsLastWeek", { delta, signed });
}

/**
 * What the overall score means, in a sentence or two: the mean of the signals, or why there is
 * none yet; when organisation-wide alerts capped it (ORG_ALERT_CAPS), by how many and from what.
 */
export function scoreMeaning(r: Report): string {
  const l = r.locale;
  if (r.insufficientHistory) return t(l, "noHistory");
  const meaning = t(l, "scoreMeaning", { baseline: r.baselineWeeks ?? 8 });
  if (r.meanScore === undefined) return meaning;
  const n = r.alerts.filter((a) => a.severity === "alert" && !a.scope.startsWith("team:")).length;
  return `${meaning} ${t(l, "scoreCapped", { max: r.score, n, mean: r.meanScore })}`;
}
