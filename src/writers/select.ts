import type { AlertEntry, Report, SignalEntry } from "../core/report.js";
import { SIGNAL_IDS, type SignalId } from "../core/signals/types.js";

/** How many alerts get a card: a leader reads the page in two minutes. */
export const MAX_ALERTS_SHOWN = 5;
/** How many evidence items an alert card lists before "and N more". */
export const MAX_EVIDENCE_SHOWN = 5;

const SEVERITY_RANK: Record<AlertEntry["severity"], number> = { alert: 0, watch: 1 };
const signalRank = (id: SignalId): number => SIGNAL_IDS.indexOf(id);

/** `alert` before `watch`, then the lowest score first; ties keep the catalogue order. */
export function sortAlerts(alerts: readonly AlertEntry[]): AlertEntry[] {
  return [...alerts].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.score - b.score ||
      signalRank(a.signal) - signalRank(b.signal),
  );
}

/** The alerts worth a card, and the rest (still named, never silently dropped). */
export function topAlerts(
  report: Report,
  max = MAX_ALERTS_SHOWN,
): { shown: AlertEntry[]; rest: AlertEntry[] } {
  const sorted = sortAlerts(report.alerts);
  return { shown: sorted.slice(0, max), rest: sorted.slice(max) };
}

/** One signal's watches, all scopes together: "Silos — Organisation 58, Équipe SAV 61". */
export interface WatchGroup {
  signal: SignalId;
  entries: AlertEntry[];
}

/**
 * What the "needs attention" part shows: the `alert`s as cards (at most MAX_ALERTS_SHOWN), and
 * every `watch` — plus any alert beyond the cards — as one compact list grouped by signal, so the
 * same signal seen at the organisation and in a team reads once.
 */
export function attention(report: Report): {
  cards: AlertEntry[];
  watches: WatchGroup[];
  counts: { alerts: number; watches: number };
} {
  const sorted = sortAlerts(report.alerts);
  const alerts = sorted.filter((a) => a.severity === "alert");
  const cards = alerts.slice(0, MAX_ALERTS_SHOWN);
  const listed = sorted.filter((a) => !cards.includes(a));
  const groups = new Map<SignalId, AlertEntry[]>();
  for (const a of listed) groups.set(a.signal, [...(groups.get(a.signal) ?? []), a]);
  const watches = [...groups].map(([signal, entries]) => ({ signal, entries }));
  return { cards, watches, counts: { alerts: alerts.length, watches: sorted.length - alerts.length } };
}

const teamOf = (scope: string): string => scope.replace(/^team:/, "");

/** Org rows first (catalogue order), then each team alphabetically. */
export function sortSignals(signals: readonly SignalEntry[]): SignalEntry[] {
  return [...signals].sort((a, b) => {
    const orgA = a.scope === "org" ? 0 : 1;
    const orgB = b.scope === "org" ? 0 : 1;
    return (
      orgA - orgB || teamOf(a.scope).localeCompare(teamOf(b.scope)) || signalRank(a.id) - signalRank(b.id)
    );
  });
}

/** The org-scope entry of each catalogue signal, in catalogue order; absent ones are skipped. */
export function orgSignals(report: Report): SignalEntry[] {
  const byId = new Map(report.signals.filter((s) => s.scope === "org").map((s) => [s.id, s]));
  return SIGNAL_IDS.flatMap((id) => {
    const s = byId.get(id);
    return s ? [s] : [];
  });
}

/** Difference with the previous non-null week, or null when there is nothing to compare with. */
export function weekDelta(report: Report): number | null {
  if (report.insufficientHistory) return null;
  const points = report.trend.filter((p) => p.score !== null);
  const last = points.at(-1);
  const prev = points.at(-2);
  if (!last || !prev || last.week !== report.week) return null;
  return Math.round((last.score ?? 0) - (prev.score ?? 0));
}

/** The first sentence of a summary: the compact list shows the finding, the details the rest. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/u.exec(text);
  return m?.[1] ?? text;
}
