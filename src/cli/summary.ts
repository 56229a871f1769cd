import type { Locale } from "../core/model.js";
import type { AlertEntry, Report, SignalEntry } from "../core/report.js";
import type { Status } from "../core/signals/types.js";
import { stripControl } from "../writers/escape.js";
import {
  colon,
  formatFigure,
  scopeName,
  signalName,
  statusLabel,
  t,
  trendLine,
  weekLabel,
} from "../writers/labels.js";
import { orgSignals, topAlerts } from "../writers/select.js";

export interface SummaryOptions {
  /** ANSI colours; the caller decides (TTY, `--no-color`, `NO_COLOR`). */
  color: boolean;
  /** Terminal columns; longer lines are cut with "…". Default 100. */
  width?: number;
}

export const DEFAULT_SUMMARY_WIDTH = 100;
/** The terminal shows fewer alerts than the page: it is a pointer to the page, not the page. */
const ALERTS_SHOWN = 3;

type Paint = (style: keyof typeof SGR, text: string) => string;
const SGR = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33" } as const;
const STATUS_STYLE: Record<Status, keyof typeof SGR> = { ok: "green", watch: "yellow", alert: "red" };
const GLYPH: Record<Status, string> = { ok: "✓", watch: "●", alert: "▲" };

/** Report text comes from calendars: control characters would drive the terminal. */
const clean = (text: string): string => stripControl(text).replace(/\s+/g, " ").trim();

function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

const len = (text: string): number => [...text].length;
const pad = (text: string, n: number): string => text + " ".repeat(Math.max(0, n - len(text)));

/** The week at a glance on the terminal, ending with a newline; file paths are the caller's. */
export function renderSummary(report: Report, opts: SummaryOptions): string {
  const width = Math.max(40, opts.width ?? DEFAULT_SUMMARY_WIDTH);
  const paint: Paint = opts.color ? (style, text) => `\u001b[${SGR[style]}m${text}\u001b[0m` : (_s, text) => text;
  const parts = [headline(report, width, paint), signalTable(report, width, paint), alertLines(report, width, paint)];
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
}

function headline(r: Report, width: number, paint: Paint): string {
  const l = r.locale;
  const status = `${GLYPH[r.status]} ${statusLabel(l, r.status)}`;
  const head = `${fit(clean(r.tenantName), 40)} · ${weekLabel(l, r.week)} · `;
  const score = `${Math.round(r.score)}/100`;
  const trend = `${t(l, "trend").toLowerCase()}${colon(l)} ${trendLine(r.trend)}`;
  const plain = `${head}${score} ${status} · ${trend}`;
  const painted = `${paint("bold", head + score)} ${paint(STATUS_STYLE[r.status], status)}`;
  // A long trend goes to its own line rather than being cut: it is the point of the line.
  return len(plain) <= width ? `${painted} · ${trend}` : `${painted}\n${fit(trend, width)}`;
}

function valueCell(l: Locale, s: SignalEntry): string {
  const v = formatFigure(l, s.value, s.unit);
  const b = formatFigure(l, s.baseline, s.unit);
  const unit = v.unit || b.unit;
  return `${v.n} / ${b.n}${unit ? ` ${unit}` : ""}`;
}

function signalTable(r: Report, width: number, paint: Paint): string {
  const l = r.locale;
  const rows = orgSignals(r).map((s) => ({
    name: signalName(l, s.id),
    status: s.insufficientHistory ? `– ${t(l, "insufficientHistory")}` : `${GLYPH[s.status]} ${statusLabel(l, s.status)}`,
    style: (s.insufficientHistory ? "dim" : STATUS_STYLE[s.status]) as keyof typeof SGR,
    score: String(Math.round(s.score)),
    value: valueCell(l, s),
  }));
  if (rows.length === 0) return "";
  const head = { name: t(l, "signal"), status: t(l, "status"), score: t(l, "score"), value: t(l, "valueBaseline") };
  const wName = Math.max(len(head.name), ...rows.map((x) => len(x.name)));
  const wStatus = Math.max(len(head.status), ...rows.map((x) => len(x.status)));
  const wScore = Math.max(len(head.score), 3);
  const prefixWidth = 2 + wName + 2 + wStatus + 2 + wScore + 2;
  const line = (name: string, status: string, score: string, value: string, statusOut = status) =>
    `  ${pad(name, wName)}  ${statusOut}${" ".repeat(wStatus - len(status))}  ${score.padStart(wScore)}  ${fit(value, width - prefixWidth)}`.trimEnd();
  return [
    paint("dim", line(head.name, head.status, head.score, head.value)),
    ...rows.map((x) => line(x.name, x.status, x.score, x.value, paint(x.style, x.status))),
  ].join("\n");
}

function alertBlock(l: Locale, a: AlertEntry, i: number, width: number, paint: Paint): string {
  const badge = `${GLYPH[a.severity]} ${statusLabel(l, a.severity)}`;
  const rest = ` · ${scopeName(l, a.scope)} · ${signalName(l, a.signal)} (${Math.round(a.score)}/100)`;
  const lead = `  ${i + 1}. `;
  const first = `${lead}${paint(STATUS_STYLE[a.severity], badge)}${fit(clean(rest), width - len(lead) - len(badge))}`;
  const lines = [first, `     ${fit(clean(a.summary), width - 5)}`];
  const evidence = a.evidence[0];
  if (evidence) lines.push(paint("dim", `     ↳ ${fit(clean(evidence.title), width - 7)}`));
  return lines.join("\n");
}

function alertLines(r: Report, width: number, paint: Paint): string {
  const l = r.locale;
  const { shown, hidden } = topAlerts(r, ALERTS_SHOWN);
  if (shown.length === 0) return t(l, "noAlerts");
  const blocks = shown.map((a, i) => alertBlock(l, a, i, width, paint));
  const more = hidden > 0 ? [paint("dim", `  ${t(l, "moreAlertsCli", { count: hidden })}`)] : [];
  return [paint("bold", t(l, "alerts")), ...blocks, ...more].join("\n");
}
