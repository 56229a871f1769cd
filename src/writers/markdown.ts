import type { Locale } from "../core/model.js";
import type { AlertEntry, Report, RitualEntry, SignalEntry, TeamEntry } from "../core/report.js";
import { type Evidence, SIGNAL_IDS } from "../core/signals/types.js";
import { markdownUrl, escapeMarkdown as md, safeHttpUrl } from "./escape.js";
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
} from "./labels.js";
import { MAX_EVIDENCE_SHOWN, sortSignals, topAlerts } from "./select.js";

/** The weekly page as Markdown: same content as the HTML page, for wikis and chat tools. */
export function renderMarkdown(report: Report): string {
  const sections = [
    header(report),
    alertsSection(report),
    signalsSection(report),
    teamsSection(report),
    ritualsSection(report),
    warningsSection(report),
    `---\n\n_${t(report.locale, "generatedBy")} · ${md(report.generatedBy)}_`,
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function header(r: Report): string {
  const l = r.locale;
  return [
    `# ${t(l, "title")} — ${md(r.tenantName)}`,
    `**${weekLabel(l, r.week)}** (${periodLabel(l, r.period)})`,
    `**${t(l, "overall")}${colon(l)} ${Math.round(r.score)}/100** — ${statusLabel(l, r.status)}`,
    `${t(l, "trend")}${colon(l)} ${trendLine(r.trend)}`,
  ].join("\n\n");
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

function evidenceItem(l: Locale, e: Evidence): string {
  const url = safeHttpUrl(e.url);
  const text = md(e.title || e.id);
  const title = url ? `[${text}](${markdownUrl(url)})` : text;
  const date = e.date ? ` (${shortDate(l, e.date)})` : "";
  const why = e.why ? ` — ${md(e.why)}` : "";
  return `- ${title}${date}${why}`;
}

function alertBlock(l: Locale, a: AlertEntry): string {
  const shown = a.evidence.slice(0, MAX_EVIDENCE_SHOWN).map((e) => evidenceItem(l, e));
  const more = a.evidence.length - shown.length;
  if (more > 0) shown.push(`- _${t(l, "moreEvidence", { count: more })}_`);
  const lines = [
    `### ${statusLabel(l, a.severity)} · ${signalName(l, a.signal)} — ${md(scopeName(l, a.scope))}`,
    `${md(a.summary)} (${t(l, "score")} ${Math.round(a.score)}/100)`,
  ];
  if (shown.length > 0) lines.push(`**${t(l, "evidence")}**\n\n${shown.join("\n")}`);
  lines.push(`> **${t(l, "action")}** — ${md(a.action)}`);
  return lines.join("\n\n");
}

function alertsSection(r: Report): string {
  const l = r.locale;
  const { shown, rest } = topAlerts(r);
  const body = shown.length === 0 ? [t(l, "noAlerts")] : shown.map((a) => alertBlock(l, a));
  if (rest.length > 0) body.push(`_${t(l, "moreAlerts")}${colon(l)} ${md(otherAlerts(l, rest))}_`);
  return [`## ${t(l, "alerts")}`, ...body].join("\n\n");
}

function signalRow(l: Locale, s: SignalEntry): string[] {
  // Without a baseline the status means nothing yet: say so instead of printing "healthy".
  const status = s.insufficientHistory ? `– ${t(l, "insufficientHistory")}` : statusLabel(l, s.status);
  return [
    signalName(l, s.id),
    md(scopeName(l, s.scope)),
    formatValue(l, s.value, s.unit),
    formatValue(l, s.baseline, s.unit),
    String(Math.round(s.score)),
    status,
  ];
}

function signalsSection(r: Report): string {
  const l = r.locale;
  const headers = ["signal", "scope", "value", "baseline", "score", "status"] as const;
  const rows = sortSignals(r.signals).map((s) => signalRow(l, s));
  return `## ${t(l, "signals")}\n\n${table(
    headers.map((h) => t(l, h)),
    rows,
  )}`;
}

function teamRow(l: Locale, team: TeamEntry): string[] {
  const cells = SIGNAL_IDS.map((id) => {
    const cell = team.signals[id];
    if (!cell) return "";
    const mark = cell.status === "ok" ? "" : ` ${cell.status === "alert" ? "🔴" : "🟠"}`;
    return `${Math.round(cell.score)}${mark}`;
  });
  const score = team.score === null ? "—" : String(Math.round(team.score));
  return [`${md(team.name)} (${t(l, "teamSize", { size: team.size })})`, score, ...cells];
}

function teamsSection(r: Report): string {
  const l = r.locale;
  if (r.teams.length === 0) return `## ${t(l, "teams")}\n\n${t(l, "noTeams")}`;
  const headers = [t(l, "team"), t(l, "score"), ...SIGNAL_IDS.map((id) => signalShortName(l, id))];
  const legend = `🔴 ${statusLabel(l, "alert")} · 🟠 ${statusLabel(l, "watch")}`;
  return `## ${t(l, "teams")}\n\n${table(
    headers,
    r.teams.map((team) => teamRow(l, team)),
  )}\n\n_${legend}_`;
}

function ritualRow(l: Locale, x: RitualEntry): string[] {
  const n = (v: number) => formatNumber(l, v);
  const held = x.held < x.expected ? `${n(x.held)} ⚠️` : n(x.held);
  return [
    md(x.name),
    cadenceLabel(l, x.cadence),
    n(x.expected),
    held,
    n(x.cancelled),
    n(x.withNotes),
    n(x.withDecisions),
    n(x.withoutAgenda),
  ];
}

function ritualsSection(r: Report): string {
  const l = r.locale;
  if (r.rituals.length === 0) return `## ${t(l, "rituals")}\n\n${t(l, "noRituals")}`;
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
  return `## ${t(l, "rituals")}\n\n${table(
    keys.map((k) => t(l, k)),
    r.rituals.map((x) => ritualRow(l, x)),
  )}`;
}

function warningsSection(r: Report): string {
  if (r.warnings.length === 0) return "";
  const items = r.warnings.map((w) => `- \`${w.file.replace(/[`\n\r]/g, " ")}\` — ${md(w.message)}`);
  return `## ${t(r.locale, "warnings")}\n\n${items.join("\n")}`;
}
