import { type Localised, tr } from "../core/i18n.js";
import type { Cadence, Locale } from "../core/model.js";
import type { Scope, SignalId, Status } from "../core/signals/types.js";

/** Everything a local writer prints that is not data: one place to translate and review. */

export const SIGNAL_NAMES: Record<SignalId, Localised> = {
  meeting_inflation: { fr: "Inflation des réunions", en: "Meeting inflation" },
  missing_decisions: { fr: "Rituels sans décision", en: "Rituals without decisions" },
  ceo_escalation: { fr: "Remontées vers le dirigeant", en: "Escalations to the CEO" },
  ritual_drift: { fr: "Dérive des rituels", en: "Ritual drift" },
  participation_decline: { fr: "Baisse de participation", en: "Participation decline" },
  silo: { fr: "Silos", en: "Silos" },
  priority_churn: { fr: "Instabilité des priorités", en: "Priority churn" },
  action_followthrough: { fr: "Suivi des actions", en: "Action follow-through" },
  negative_sentiment: { fr: "Climat des échanges", en: "Tone of discussions" },
  strategy_execution_gap: { fr: "Écart stratégie / terrain", en: "Strategy–execution gap" },
};

/** Column headers of the teams × signals grid, where ten full names do not fit. */
export const SIGNAL_SHORT_NAMES: Record<SignalId, Localised> = {
  meeting_inflation: { fr: "Réunions", en: "Meetings" },
  missing_decisions: { fr: "Décisions", en: "Decisions" },
  ceo_escalation: { fr: "Remontées", en: "Escalations" },
  ritual_drift: { fr: "Rituels", en: "Rituals" },
  participation_decline: { fr: "Participation", en: "Participation" },
  silo: { fr: "Silos", en: "Silos" },
  priority_churn: { fr: "Priorités", en: "Priorities" },
  action_followthrough: { fr: "Actions", en: "Actions" },
  negative_sentiment: { fr: "Climat", en: "Tone" },
  strategy_execution_gap: { fr: "Stratégie", en: "Strategy" },
};

export const STATUS_LABELS: Record<Status, Localised> = {
  ok: { fr: "Sain", en: "Healthy" },
  watch: { fr: "À surveiller", en: "Watch" },
  alert: { fr: "Alerte", en: "Alert" },
};

export const CADENCE_LABELS: Record<Cadence, Localised> = {
  daily: { fr: "Quotidien", en: "Daily" },
  weekly: { fr: "Hebdomadaire", en: "Weekly" },
  biweekly: { fr: "Toutes les 2 semaines", en: "Fortnightly" },
  monthly: { fr: "Mensuel", en: "Monthly" },
  quarterly: { fr: "Trimestriel", en: "Quarterly" },
};

/** Units detectors emit; an unknown unit is printed as is rather than hidden. */
const UNIT_LABELS: Record<string, Localised> = {
  "h/person/week": { fr: "h/pers./sem.", en: "h/person/wk" },
  meetings: { fr: "réunions", en: "meetings" },
  "meetings/week": { fr: "réunions/sem.", en: "meetings/wk" },
  actions: { fr: "actions", en: "actions" },
  priorities: { fr: "priorités", en: "priorities" },
  pairs: { fr: "paires", en: "pairs" },
  items: { fr: "éléments", en: "items" },
};

/** Units whose values are fractions of 1, shown as percentages. */
const SHARE_UNITS = new Set(["share", "rate", "ratio", "fraction"]);
/** Units that are plain numbers: the column header already says what they count. */
const BARE_UNITS = new Set(["", "count", "score", "index"]);

export const TEXT = {
  overall: { fr: "Score global", en: "Overall score" },
  trend: { fr: "Tendance", en: "Trend" },
  trendLabel: { fr: "Évolution du score global", en: "Overall score over recent weeks" },
  vsLastWeek: { fr: "{delta} pts par rapport à la semaine précédente", en: "{delta} pts on last week" },
  alerts: { fr: "Alertes prioritaires", en: "Top alerts" },
  noAlerts: { fr: "Aucune alerte cette semaine.", en: "No alerts this week." },
  moreAlerts: { fr: "Également signalé", en: "Also flagged" },
  moreAlertsCli: { fr: "… et {count} autre(s) dans report.html", en: "… and {count} more in report.html" },
  evidence: { fr: "Éléments observés", en: "Evidence" },
  moreEvidence: { fr: "et {count} autre(s)", en: "and {count} more" },
  action: { fr: "Action recommandée", en: "Recommended action" },
  signals: { fr: "Signaux", en: "Signals" },
  signal: { fr: "Signal", en: "Signal" },
  scope: { fr: "Périmètre", en: "Scope" },
  value: { fr: "Valeur", en: "Value" },
  baseline: { fr: "Référence", en: "Baseline" },
  valueBaseline: { fr: "Valeur / référence", en: "Value / baseline" },
  score: { fr: "Score", en: "Score" },
  status: { fr: "Statut", en: "Status" },
  insufficientHistory: { fr: "historique insuffisant", en: "insufficient history" },
  teams: { fr: "Équipes × signaux", en: "Teams × signals" },
  team: { fr: "Équipe", en: "Team" },
  teamSize: { fr: "{size} pers.", en: "{size} people" },
  noTeams: {
    fr: "Aucune équipe assez grande pour être analysée seule (confidentialité).",
    en: "No team large enough to be shown on its own (privacy).",
  },
  notMeasured: { fr: "non mesuré", en: "not measured" },
  rituals: { fr: "Rituels", en: "Rituals" },
  ritual: { fr: "Rituel", en: "Ritual" },
  cadence: { fr: "Cadence", en: "Cadence" },
  expected: { fr: "Attendus", en: "Expected" },
  held: { fr: "Tenus", en: "Held" },
  cancelled: { fr: "Annulés", en: "Cancelled" },
  withNotes: { fr: "Avec notes", en: "With notes" },
  withDecisions: { fr: "Avec décisions", en: "With decisions" },
  withoutAgenda: { fr: "Sans ordre du jour", en: "Without agenda" },
  belowExpected: { fr: "en dessous de l'attendu", en: "below expected" },
  noRituals: { fr: "Aucun rituel configuré.", en: "No ritual configured." },
  warnings: { fr: "Avertissements", en: "Warnings" },
  generatedBy: { fr: "Généré par Vigie", en: "Generated by Vigie" },
  stats: {
    fr: "{people} personnes · {teams} équipes · {meetings} réunions · {notes} notes analysées",
    en: "{people} people · {teams} teams · {meetings} meetings · {notes} notes analysed",
  },
  week: { fr: "Semaine {n} · {year}", en: "Week {n}, {year}" },
  weekShort: { fr: "S{n}", en: "W{n}" },
  title: { fr: "Santé de l'alignement", en: "Alignment health" },
  orgScope: { fr: "Organisation", en: "Organisation" },
  teamScope: { fr: "Équipe {team}", en: "{team} team" },
} satisfies Record<string, Localised>;

export type TextKey = keyof typeof TEXT;

export function t(locale: Locale, key: TextKey, vars: Record<string, string | number> = {}): string {
  return tr(locale, TEXT[key], vars);
}

export const signalName = (locale: Locale, id: SignalId): string => SIGNAL_NAMES[id][locale];
export const signalShortName = (locale: Locale, id: SignalId): string => SIGNAL_SHORT_NAMES[id][locale];
export const statusLabel = (locale: Locale, status: Status): string => STATUS_LABELS[status][locale];
export const cadenceLabel = (locale: Locale, cadence: Cadence): string =>
  CADENCE_LABELS[cadence]?.[locale] ?? cadence;

/** "Organisation", "Équipe Ventes" / "Ventes team": capitalised, for table cells and card headers. */
export function scopeName(locale: Locale, scope: Scope): string {
  if (scope === "org") return t(locale, "orgScope");
  return t(locale, "teamScope", { team: scope.replace(/^team:/, "") });
}

/** French typography puts a (non-breaking) space before a colon. */
export const colon = (locale: Locale): string => (locale === "fr" ? "\u00a0:" : ":");

const intlLocale = (locale: Locale): string => (locale === "fr" ? "fr-FR" : "en-GB");

export function formatNumber(locale: Locale, value: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxFractionDigits }).format(
    value,
  );
}

export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}

/**
 * A figure and the unit label to print after it, apart so that a value and its baseline can
 * share one unit ("14,2 / 10,1 h/pers./sem."). Shares carry their "%" in the number.
 */
export function formatFigure(
  locale: Locale,
  value: number | null,
  unit: string,
): { n: string; unit: string } {
  if (value === null || !Number.isFinite(value)) return { n: "—", unit: "" };
  if (SHARE_UNITS.has(unit)) return { n: formatPercent(locale, value), unit: "" };
  const n = formatNumber(locale, value);
  if (BARE_UNITS.has(unit)) return { n, unit: "" };
  return { n, unit: UNIT_LABELS[unit]?.[locale] ?? unit };
}

/** A figure with its unit ("14,2 h/pers./sem.", "42 %"); "—" when there is nothing to show. */
export function formatValue(locale: Locale, value: number | null, unit: string): string {
  const f = formatFigure(locale, value, unit);
  return f.unit ? `${f.n} ${f.unit}` : f.n;
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
  const f = new Intl.DateTimeFormat(intlLocale(locale), {
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
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(d);
}

/** "62 → 68 → – → 72": the trend in one line, a missing week as a dash. */
export function trendLine(trend: readonly { score: number | null }[]): string {
  return trend.map((p) => (p.score === null ? "–" : String(Math.round(p.score)))).join(" → ");
}

/** "Climat des échanges (Équipe Production, À surveiller) · …": alerts that got no card. */
export function otherAlerts(
  locale: Locale,
  alerts: readonly { signal: SignalId; scope: Scope; severity: Status }[],
): string {
  return alerts
    .map(
      (a) =>
        `${signalName(locale, a.signal)} (${scopeName(locale, a.scope)}, ${statusLabel(locale, a.severity)})`,
    )
    .join(" · ");
}
