import type { Locale } from "../core/model.js";
import type { AlertEntry, Report, RitualEntry, SignalEntry, TeamEntry } from "../core/report.js";
import { type Evidence, SIGNAL_IDS } from "../core/signals/types.js";
import { markdownUrl, escapeMarkdown as md, safeHttpUrl } from "./escape.js";
import {
  cadenceLabel,
  colon,
  deltaLabel,
  formatNumber,
  periodLabel,
  scopeName,
  scoreMeaning,
  shortDate,
  signalName,
  signalShortName,
  statusLabel,
  t,
  trendLine,
  valueVsBaseline,
  weekLabel,
} from "./labels.js";
import {
  attention,
  firstSentence,
  MAX_EVIDENCE_SHOWN,
  sortAlerts,
  sortSignals,
  weekDelta,
} from "./select.js";

const MARK = { ok: "🟢", watch: "🟠", alert: "🔴" } as const;

/** The weekly page as Markdown, in the HTML page's order, for wikis and chat tools. */
export function renderMarkdown(report: Report): string {
  const sections = [
    header(report),
    attentionSection(report),
    teamsSection(report),
    `## ${t(report.locale, "details")}`,
    watchDetails(report),
    signalsSection(report),
    ritualsSection(report),
    warningsSection(report),
    `---\n\n_${t(report.locale, "generatedBy")} · ${md(report.generatedBy)}_`,
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function header(r: Report): string {
  const l = r.locale;
  const delta = weekDelta(r);
  const score = r.insufficientHistory
    ? `**${t(l, "overall")}${colon(l)} —** — ${statusLabel(l, "none")}`
    : `**${t(l, "overall")}${colon(l)} ${Math.round(r.score)}/100** — ${MARK[r.status]} ${statusLabel(l, r.status)}${delta === null ? "" : ` (${deltaLabel(l, delta)})`}`;
  const meaning = scoreMeaning(r);
  return [
    `# ${t(l, "title")} — ${md(r.tenantName)}`,
    `**${weekLabel(l, r.week)}** (${periodLabel(l, r.period)}) · ${t(l, "stats", { ...r.stats })}`,
    score,
    `${meaning} ${t(l, "scoreRule")}`,
    `${t(l, "trend")}${colon(l)} ${trendLine(l, r.trend)}`,
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

function alertBlock(l: Locale, a: AlertEntry, level = "###"): string {
  const shown = a.evidence.slice(0, MAX_EVIDENCE_SHOWN).map((e) => evidenceItem(l, e));
  const more = a.evidence.length - shown.length;
  if (more > 0) shown.push(`- _${t(l, "moreEvidence", { n: more })}_`);
  const lines = [
    `${level} ${MARK[a.severity]} ${statusLabel(l, a.severity)} · ${signalName(l, a.signal)} — ${md(scopeName(l, a.scope))} (${t(l, "score")} ${Math.round(a.score)}/100)`,
    md(a.summary),
  ];
  if (shown.length > 0) lines.push(`**${t(l, "evidence")}**\n\n${shown.join("\n")}`);
  lines.push(`> **${t(l, "action")}** — ${md(a.action)}`);
  return lines.join("\n\n");
}

function attentionSection(r: Report): string {
  const l = r.locale;
  const { cards, watches, counts } = attention(r);
  const head = `## ${t(l, "attention")}\n\n_${t(l, "alertsCount", { n: counts.alerts })} · ${t(l, "watchesCount", { n: counts.watches })}_`;
  if (cards.length === 0 && watches.length === 0) return `${head}\n\n${t(l, "noAlerts")}`;
  const body = cards.map((a) => alertBlock(l, a));
  if (watches.length > 0) {
    const items = watches.map((g) => {
      const scopes = g.entries.map(
        (a) => `${MARK[a.severity]} ${md(scopeName(l, a.scope))} ${Math.round(a.score)}`,
      );
      const gist = g.entries[0] ? ` — ${md(firstSentence(g.entries[0].summary))}` : "";
      return `- **${signalName(l, g.signal)}** · ${scopes.join(", ")}${gist}`;
    });
    body.push(`### ${t(l, "watches")}\n\n${items.join("\n")}`);
  }
  return [head, ...body].join("\n\n");
}

function teamRow(l: Locale, team: TeamEntry): string[] {
  const cells = SIGNAL_IDS.map((id) => {
    const cell = team.signals[id];
    return cell ? `${MARK[cell.status]} ${Math.round(cell.score)}` : "";
  });
  return [`${md(team.name)} (${t(l, "teamSize", { n: team.size })})`, ...cells];
}

function teamsSection(r: Report): string {
  const l = r.locale;
  const head = `## ${t(l, "where")} — ${t(l, "teams")}`;
  if (r.teams.length === 0) return `${head}\n\n${t(l, "noTeams")}`;
  const headers = [t(l, "team"), ...SIGNAL_IDS.map((id) => signalShortName(l, id))];
  return `${head}\n\n${table(
    headers,
    r.teams.map((team) => teamRow(l, team)),
  )}\n\n_${t(l, "gridHelp")}_`;
}

function watchDetails(r: Report): string {
  const l = r.locale;
  const watches = sortAlerts(r.alerts).filter((a) => a.severity === "watch");
  if (watches.length === 0) return "";
  return [`### ${t(l, "detailsWatches")}`, ...watches.map((a) => alertBlock(l, a, "####"))].join("\n\n");
}

function signalRow(l: Locale, s: SignalEntry): string[] {
  // Without a baseline the status means nothing yet: say so instead of printing "healthy".
  const status = s.insufficientHistory
    ? statusLabel(l, "none")
    : `${MARK[s.status]} ${statusLabel(l, s.status)}`;
  return [
    signalName(l, s.id),
    md(scopeName(l, s.scope)),
    md(valueVsBaseline(l, s.value, s.baseline, s.unit)),
    String(Math.round(s.score)),
    status,
  ];
}

function signalsSection(r: Report): string {
  const l = r.locale;
  const headers = (["signal", "scope", "valueBaseline", "score", "status"] as const).map((h) => t(l, h));
  const rows = sortSignals(r.signals).map((s) => signalRow(l, s));
  return `### ${t(l, "detailsSignals", { n: r.signals.length })}\n\n${table(headers, rows)}`;
}

function ritualRow(l: Locale, x: RitualEntry): string[] {
  const n = (v: number) => formatNumber(l, v);
  const held = x.held < x.expected ? `**${n(x.held)}** ⚠️` : n(x.held);
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
  if (r.rituals.length === 0) return `### ${t(l, "detailsRituals")}\n\n${t(l, "noRituals")}`;
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
  return `### ${t(l, "detailsRituals")}\n\n${table(
    keys.map((k) => t(l, k)),
    r.rituals.map((x) => ritualRow(l, x)),
  )}`;
}

function warningsSection(r: Report): string {
  if (r.warnings.length === 0) return "";
  const items = r.warnings.map((w) => `- \`${w.file.replace(/[`\n\r]/g, " ")}\` — ${md(w.message)}`);
  return `### ${t(r.locale, "warnings")}\n\n${items.join("\n")}`;
}
