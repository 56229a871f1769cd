/**
 * The weekly page as Notion blocks, in the tenant's language: the same content as the HTML and
 * Markdown pages (score and trend, top alerts with evidence and action, signals, teams, rituals).
 * Limits are not handled here: texts of any length are split by rich-text.ts and requests are
 * cut by append.ts.
 */
import type { Locale } from "../../core/model.js";
import type { AlertEntry, Report, RitualEntry, SignalEntry, TeamEntry } from "../../core/report.js";
import { type Evidence, SIGNAL_IDS } from "../../core/signals/types.js";
import {
  cadenceLabel,
  colon,
  formatNumber,
  formatValue,
  otherAlerts,
  periodLabel,
  scopeName,
  shortDate,
  signalName,
  signalShortName,
  statusLabel,
  t,
  trendLine,
  weekLabel,
} from "../labels.js";
import { MAX_EVIDENCE_SHOWN, sortSignals, topAlerts, weekDelta } from "../select.js";
import { callout, type DraftBlock, divider, table, textBlocks } from "./draft.js";
import { type RichTextItemRequest, runs, text } from "./rich-text.js";

/** Warnings listed on the page; the rest are counted (they are in report.json). */
export const MAX_WARNINGS_SHOWN = 20;

const SEVERITY_MARK = { alert: "🔴", watch: "🟠" } as const;

export function renderReportBlocks(report: Report): DraftBlock[] {
  return [
    ...header(report),
    ...alertsSection(report),
    ...signalsSection(report),
    ...teamsSection(report),
    ...ritualsSection(report),
    ...warningsSection(report),
    divider(),
    ...textBlocks(
      "paragraph",
      text(`${t(report.locale, "generatedBy")} · ${report.generatedBy}`, { italic: true, color: "gray" }),
    ),
  ];
}

function header(r: Report): DraftBlock[] {
  const l = r.locale;
  const delta = weekDelta(r);
  const trend = delta === null ? "" : ` (${t(l, "vsLastWeek", { delta: delta > 0 ? `+${delta}` : delta })})`;
  return [
    ...textBlocks(
      "paragraph",
      text(`${weekLabel(l, r.week)} · ${periodLabel(l, r.period)}`, { color: "gray" }),
    ),
    ...textBlocks(
      "heading_1",
      text(`${t(l, "overall")}${colon(l)} ${Math.round(r.score)}/100 — ${statusLabel(l, r.status)}`),
    ),
    ...textBlocks(
      "paragraph",
      runs(text(`${t(l, "trend")}${colon(l)} `, { bold: true }), text(`${trendLine(r.trend)}${trend}`)),
    ),
  ];
}

function alertsSection(r: Report): DraftBlock[] {
  const l = r.locale;
  const { shown, rest } = topAlerts(r);
  const blocks = textBlocks("heading_2", text(t(l, "alerts")));
  if (shown.length === 0) blocks.push(...textBlocks("paragraph", text(t(l, "noAlerts"))));
  for (const alert of shown) blocks.push(...alertBlocks(l, alert));
  if (rest.length > 0) {
    const line = `${t(l, "moreAlerts")}${colon(l)} ${otherAlerts(l, rest)}`;
    blocks.push(...textBlocks("paragraph", text(line, { italic: true })));
  }
  return blocks;
}

function alertBlocks(l: Locale, a: AlertEntry): DraftBlock[] {
  const title = `${SEVERITY_MARK[a.severity]} ${statusLabel(l, a.severity)} · ${signalName(l, a.signal)} — ${scopeName(l, a.scope)}`;
  const blocks = [
    ...textBlocks("heading_3", text(title)),
    ...textBlocks("paragraph", text(`${a.summary} (${t(l, "score")} ${Math.round(a.score)}/100)`)),
  ];
  const items = a.evidence
    .slice(0, MAX_EVIDENCE_SHOWN)
    .flatMap((e) => textBlocks("bulleted_list_item", evidence(l, e)));
  const more = a.evidence.length - MAX_EVIDENCE_SHOWN;
  if (more > 0)
    items.push(
      ...textBlocks("bulleted_list_item", text(t(l, "moreEvidence", { count: more }), { italic: true })),
    );
  // One top-level block per alert for the evidence: fewer blocks to delete when the page is rewritten.
  if (items.length > 0)
    blocks.push(...textBlocks("bulleted_list_item", text(t(l, "evidence"), { bold: true }), items));
  blocks.push(...callout(runs(text(`${t(l, "action")} — `, { bold: true }), text(a.action)), "💡"));
  return blocks;
}

/** The title linked when its URL is http(s) (never javascript: or data:), then date and reason. */
function evidence(l: Locale, e: Evidence): RichTextItemRequest[] {
  const parts = [text(e.title || e.id, {}, e.url)];
  if (e.date) parts.push(text(` (${shortDate(l, e.date)})`, { color: "gray" }));
  if (e.why) parts.push(text(` — ${e.why}`));
  return runs(...parts);
}

function signalsSection(r: Report): DraftBlock[] {
  const l = r.locale;
  const headers = (["signal", "scope", "value", "baseline", "score", "status"] as const).map((k) => t(l, k));
  const rows = sortSignals(r.signals).map((s) => signalRow(l, s));
  return [...textBlocks("heading_2", text(t(l, "signals"))), table(cells([headers, ...rows]))];
}

function signalRow(l: Locale, s: SignalEntry): string[] {
  // Without a baseline the status means nothing yet: say so instead of printing "healthy".
  const status = s.insufficientHistory ? `– ${t(l, "insufficientHistory")}` : statusLabel(l, s.status);
  return [
    signalName(l, s.id),
    scopeName(l, s.scope),
    formatValue(l, s.value, s.unit),
    formatValue(l, s.baseline, s.unit),
    String(Math.round(s.score)),
    status,
  ];
}

function teamsSection(r: Report): DraftBlock[] {
  const l = r.locale;
  const heading = textBlocks("heading_2", text(t(l, "teams")));
  if (r.teams.length === 0) return [...heading, ...textBlocks("paragraph", text(t(l, "noTeams")))];
  const headers = [t(l, "team"), t(l, "score"), ...SIGNAL_IDS.map((id) => signalShortName(l, id))];
  const legend = `🔴 ${statusLabel(l, "alert")} · 🟠 ${statusLabel(l, "watch")}`;
  return [
    ...heading,
    table(cells([headers, ...r.teams.map((team) => teamRow(l, team))])),
    ...textBlocks("paragraph", text(legend, { italic: true, color: "gray" })),
  ];
}

function teamRow(l: Locale, team: TeamEntry): string[] {
  const marks = SIGNAL_IDS.map((id) => {
    const cell = team.signals[id];
    if (!cell) return "";
    return cell.status === "ok"
      ? String(Math.round(cell.score))
      : `${Math.round(cell.score)} ${SEVERITY_MARK[cell.status]}`;
  });
  const score = team.score === null ? "—" : String(Math.round(team.score));
  return [`${team.name} (${t(l, "teamSize", { size: team.size })})`, score, ...marks];
}

function ritualsSection(r: Report): DraftBlock[] {
  const l = r.locale;
  const heading = textBlocks("heading_2", text(t(l, "rituals")));
  if (r.rituals.length === 0) return [...heading, ...textBlocks("paragraph", text(t(l, "noRituals")))];
  const keys = [
    "ritual",
    "cadence",
    "expected",
    "held",
    "cancelled",
    "withNotes",
    "withDecisions",
    "withoutAgenda",
  ] as const;
  return [...heading, table(cells([keys.map((k) => t(l, k)), ...r.rituals.map((x) => ritualRow(l, x))]))];
}

function ritualRow(l: Locale, x: RitualEntry): string[] {
  const n = (v: number) => formatNumber(l, v);
  const held = x.held < x.expected ? `${n(x.held)} ⚠️` : n(x.held);
  return [
    x.name,
    cadenceLabel(l, x.cadence),
    n(x.expected),
    held,
    n(x.cancelled),
    n(x.withNotes),
    n(x.withDecisions),
    n(x.withoutAgenda),
  ];
}

function warningsSection(r: Report): DraftBlock[] {
  if (r.warnings.length === 0) return [];
  const shown = r.warnings.slice(0, MAX_WARNINGS_SHOWN);
  const items = shown.flatMap((w) =>
    textBlocks("bulleted_list_item", runs(text(w.file, { code: true }), text(` — ${w.message}`))),
  );
  const more = r.warnings.length - shown.length;
  if (more > 0) items.push(...textBlocks("paragraph", text(`… +${more}`, { italic: true })));
  return [...textBlocks("heading_2", text(t(r.locale, "warnings"))), ...items];
}

/** Plain strings as table cells (each cell a rich-text array). */
function cells(rows: string[][]): RichTextItemRequest[][][] {
  return rows.map((row) => row.map((cell) => text(cell)));
}
