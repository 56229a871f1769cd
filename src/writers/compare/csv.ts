/**
 * compare.csv: one line per client, in attention order, for a spreadsheet. Column names are
 * stable ASCII ids (not translated) so a consultant's formulas survive a change of language;
 * per-signal columns are `<signal>_score|status|percentile|since`, sparkline weeks `score_<week>`.
 */
import { stringify } from "csv-stringify/sync";
import type { ClientRow, Portfolio } from "../../app/compare-model.js";

type Cell = string | number | boolean | null;

/**
 * A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a
 * leading apostrophe: a client's name must not become a formula on the consultant's machine.
 */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function header(p: Portfolio): string[] {
  return [
    "rank",
    "tenant",
    "name",
    "score",
    "status",
    "change",
    ...p.weeks.map((w) => `score_${w}`),
    ...p.signals.flatMap((s) => [`${s}_score`, `${s}_status`, `${s}_percentile`, `${s}_since`]),
    "open_alerts",
    "open_watches",
    "new_alerts",
    "resolved_alerts",
    "last_run_week",
    "weeks_since_run",
    "stale",
    "last_run_failed",
    "tier",
    "reasons",
  ];
}

function row(p: Portfolio, c: ClientRow): Cell[] {
  return [
    c.rank,
    defuse(c.tenant),
    defuse(c.name),
    c.score,
    c.status,
    c.change,
    ...c.sparkline,
    ...p.signals.flatMap((s) => {
      const x = c.signals[s];
      return [x.score, x.status, x.percentile, x.since];
    }),
    c.openAlerts.alert,
    c.openAlerts.watch,
    c.newAlerts.length,
    c.resolvedAlerts.length,
    c.freshness.lastWeek,
    c.freshness.weeksSince,
    c.freshness.stale,
    c.freshness.lastRunFailed,
    c.tier,
    c.reasons.join(" "),
  ];
}

export function renderCompareCsv(p: Portfolio): string {
  return stringify([header(p), ...p.clients.map((c) => row(p, c))], {
    cast: { boolean: (b) => (b ? "true" : "false") },
    record_delimiter: "unix",
  });
}
