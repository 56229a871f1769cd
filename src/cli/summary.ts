import type { Locale } from "../core/model.js";
import type { AlertEntry, Report, SignalEntry } from "../core/report.js";
import type { Status } from "../core/signals/types.js";
import { stripControl } from "../writers/escape.js";
import {
  colon,
  scopeName,
  signalName,
  statusLabel,
  t,
  trendLine,
  valuePair,
  weekLabel,
} from "../writers/labels.js";
import { attention, firstSentence, orgSignals } from "../writers/select.js";

export interface SummaryOptions {
  /** ANSI colours; the caller decides (TTY, `--no-color`, `NO_COLOR`). */
  color: boolean;
  /** Terminal columns; longer text wraps at a space (a word is never cut). Default 100. */
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

/** Cuts at the last space that fits and adds "…": a word is never cut in two. */
function ellipsize(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, Math.max(0, max - 1)).join("");
  const space = head.lastIndexOf(" ");
  return `${(space > 0 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Lines of at most `max` columns, broken at spaces; a word longer than a line stays whole. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && len(line) + 1 + len(word) > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const len = (text: string): number => [...text].length;
const pad = (text: string, n: number): string => text + " ".repeat(Math.max(0, n - len(text)));

/** The week at a glance on the terminal, ending with a newline; file paths are the caller's. */
export function renderSummary(report: Report, opts: SummaryOptions): string {
  const width = Math.max(40, opts.width ?? DEFAULT_SUMMARY_WIDTH);
  const paint: Paint = opts.color
    ? (style, text) => `\u001b[${SGR[style]}m${text}\u001b[0m`
    : (_s, text) => text;
  const parts = [
    headline(report, width, paint),
    signalTable(report, width, paint),
    alertLines(report, width, paint),
  ];
  const text = parts.filter((p) => p !== "").join("\n\n");
  return `${text
    .split("\n")
    .map((line) => clamp(line, width))
    .join("\n")}\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching our own colour codes.
const SGR_RE = /\u001b\[[0-9;]*m/g;
const SGR_SPLIT = new RegExp(`(${SGR_RE.source})`);
const visibleLen = (line: string): number => len(line.replace(SGR_RE, ""));

/**
 * Last guard on width, aware of colour codes (they take no column): cuts a line with "…" and
 * resets colour. Sections already wrap or cut their own text at spaces; only a single word
 * wider than the terminal can reach this.
 */
function clamp(line: string, width: number): string {
  if (visibleLen(line) <= width) return line;
  let out = "";
  let visible = 0;
  for (const piece of line.split(SGR_SPLIT)) {
    if (piece.startsWith("\u001b[")) {
      out += piece;
      continue;
    }
    const room = width - 1 - visible;
    const chars = [...piece];
    out += chars.slice(0, room).join("");
    visible += Math.min(room, chars.length);
    if (visible >= width - 1) break;
  }
  return `${out}…${line.includes("\u001b[") ? "\u001b[0m" : ""}`;
}

function headline(r: Report, width: number, paint: Paint): string {
  const l = r.locale;
  const status = `${GLYPH[r.status]} ${statusLabel(l, r.status)}`;
  const head = `${ellipsize(clean(r.tenantName), 40)} · ${weekLabel(l, r.week)} · `;
  const score = r.insufficientHistory ? "—/100" : `${Math.round(r.score)}/100`;
  const trend = `${t(l, "trend")}${colon(l)} ${trendLine(l, r.trend)}`;
  const plain = `${head}${score} ${status} · ${trend}`;
  const painted = `${paint("bold", head + score)} ${paint(STATUS_STYLE[r.status], status)}`;
  // A long trend goes to its own lines rather than being cut: it is the point of the line.
  return len(plain) <= width ? `${painted} · ${trend}` : [painted, ...wrapWords(trend, width)].join("\n");
}

/** "14,2 / 10,1 h/pers./sem.". */
function valueCell(l: Locale, s: SignalEntry): string {
  return valuePair(l, s.value, s.baseline, s.unit);
}

function signalTable(r: Report, width: number, paint: Paint): string {
  const l = r.locale;
  const rows = orgSignals(r).map((s) => ({
    name: signalName(l, s.id),
    status: s.insufficientHistory
      ? `– ${t(l, "insufficientHistory")}`
      : `${GLYPH[s.status]} ${statusLabel(l, s.status)}`,
    style: (s.insufficientHistory ? "dim" : STATUS_STYLE[s.status]) as keyof typeof SGR,
    score: String(Math.round(s.score)),
    value: valueCell(l, s),
  }));
  if (rows.length === 0) return "";
  const head = {
    name: t(l, "signal"),
    status: t(l, "status"),
    score: t(l, "score"),
    value: t(l, "valueBaseline"),
  };
  const wName = Math.max(len(head.name), ...rows.map((x) => len(x.name)));
  const wStatus = Math.max(len(head.status), ...rows.map((x) => len(x.status)));
  const wScore = Math.max(len(head.score), 3);
  const prefixWidth = 2 + wName + 2 + wStatus + 2 + wScore + 2;
  // Too narrow a terminal for the value column: each value goes whole on the line under its row.
  const below = width - prefixWidth < 16;
  const line = (name: string, status: string, score: string, value: string, statusOut = status) => {
    const row = `  ${pad(name, wName)}  ${statusOut}${" ".repeat(wStatus - len(status))}  ${score.padStart(wScore)}`;
    if (below) return value === head.value ? row : `${row}\n      ${ellipsize(value, width - 6)}`;
    return `${row}  ${ellipsize(value, width - prefixWidth)}`.trimEnd();
  };
  return [
    paint("dim", line(head.name, head.status, head.score, head.value)),
    ...rows.map((x) => line(x.name, x.status, x.score, x.value, paint(x.style, x.status))),
  ].join("\n");
}

function alertBlock(l: Locale, a: AlertEntry, i: number, width: number, paint: Paint): string {
  const badge = `${GLYPH[a.severity]} ${statusLabel(l, a.severity)}`;
  const rest = ` · ${clean(scopeName(l, a.scope))} · ${signalName(l, a.signal)} (${Math.round(a.score)}/100)`;
  const lead = `  ${i + 1}. `;
  const first = `${lead}${paint(STATUS_STYLE[a.severity], badge)}${ellipsize(rest, width - len(lead) - len(badge))}`;
  const lines = [first, ...wrapWords(firstSentence(clean(a.summary)), width - 5).map((x) => `     ${x}`)];
  const evidence = a.evidence[0];
  if (evidence) lines.push(paint("dim", `     ↳ ${ellipsize(clean(evidence.title), width - 7)}`));
  return lines.join("\n");
}

function alertLines(r: Report, width: number, paint: Paint): string {
  const l = r.locale;
  const { cards, watches, counts } = attention(r);
  const listed = [...cards, ...watches.flatMap((g) => g.entries)];
  const shown = listed.slice(0, ALERTS_SHOWN);
  const head = `${t(l, "attention")} · ${t(l, "alertsCount", { n: counts.alerts })}, ${t(l, "watchesCount", { n: counts.watches })}`;
  if (shown.length === 0) return t(l, "noAlerts");
  const blocks = shown.map((a, i) => alertBlock(l, a, i, width, paint));
  const restCount = listed.length - shown.length;
  const more = restCount > 0 ? [paint("dim", `  ${t(l, "moreAlertsCli", { n: restCount })}`)] : [];
  return [paint("bold", ellipsize(head, width)), ...blocks, ...more].join("\n");
}
