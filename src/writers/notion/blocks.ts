/**
 * The weekly page as Notion blocks, in the tenant's language and in the HTML page's order: how
 * are we (a callout with the score, its meaning and the one colour rule; the trend as a compact
 * table with its week labels), what needs attention (alerts, then watches as one list), where
 * (teams × signals), and the details folded in toggles. Limits are not handled here: texts of
 * any length are split by rich-text.ts and requests are cut by append.ts.
 */
import type { Locale } from "../../core/model.js";
import type { AlertEntry, Report, RitualEntry, SignalEntry, TeamEntry } from "../../core/report.js";
import { type Evidence, SIGNAL_IDS, type Status } from "../../core/signals/types.js";
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
  valueVsBaseline,
  weekLabel,
  weekShortLabel,
} from "../labels.js";
import {
  attention,
  firstSentence,
  MAX_EVIDENCE_SHOWN,
  sortAlerts,
  sortSignals,
  weekDelta,
} from "../select.js";
import { callout, type DraftBlock, table, textBlocks, toggle } from "./draft.js";
import { type RichTextItemRequest, runs, text } from "./rich-text.js";

/** Warnings listed on the page; the rest are counted (they are in report.json). */
export const MAX_WARNINGS_SHOWN = 20;

/** The page's icon, and one mark per status (status never rests on colour alone). */
export const PAGE_ICON = "🧭";
const MARK: Record<Status | "none", string> = { ok: "🟢", watch: "🟠", alert: "🔴", none: "⚪" };
const CALLOUT_COLOR: Record<Status | "none", string> = {
  ok: "green_background",
  watch: "yellow_background",
  alert: "red_background",
  none: "gray_background",
};

export interface BlocksOptions {
  /** The alerts database, linked from the page when known. */
  alertsUrl?: string | null;
}

export function renderReportBlocks(report: Report, opts: BlocksOptions = {}): DraftBlock[] {
  return [
    ...header(report),
    ...attentionSection(report, opts.alertsUrl ?? null),
    ...teamsSection(report),
    ...textBlocks("heading_2", text(t(report.locale, "details"))),
    ...details(report),
  ];
}

function header(r: Report): DraftBlock[] {
  const l = r.locale;
  const status: Status | "none" = r.insufficientHistory ? "none" : r.status;
  const delta = weekDelta(r);
  const score = r.insufficientHistory ? "—" : `${Math.round(r.score)}/100`;
  const meaning = scoreMeaning(r);
  const lines = [
    text(`${t(l, "overall")}${colon(l)} ${score} — ${statusLabel(l, status)}`, { bold: true }),
    text(delta === null ? "\n" : ` (${deltaLabel(l, delta)})\n`),
    text(`${meaning}\n`),
    text(t(l, "scoreRule"), { color: "gray" }),
  ];
  return [
    ...textBlocks(
      "paragraph",
      text(`${weekLabel(l, r.week)} · ${periodLabel(l, r.period)} · ${t(l, "stats", { ...r.stats })}`, {
        color: "gray",
      }),
    ),
    ...callout(runs(...lines), MARK[status], CALLOUT_COLOR[status]),
    ...textBlocks("heading_3", text(t(l, "trend"))),
    trendTable(l, r),
  ];
}

/** Two rows — the weeks, their scores — instead of a line of text or an image to host. */
function trendTable(l: Locale, r: Report): DraftBlock {
  const weeks = r.trend.map((p) => text(weekShortLabel(l, p.week), { bold: p.week === r.week }));
  const scores = r.trend.map((p) => text(p.score === null ? "–" : String(Math.round(p.score))));
  return table([weeks, scores]);
}

function attentionSection(r: Report, alertsUrl: string | null): DraftBlock[] {
  const l = r.locale;
  const { cards, watches, counts } = attention(r);
  const blocks = [
    ...textBlocks("heading_2", text(t(l, "attention"))),
    ...textBlocks(
      "paragraph",
      text(`${t(l, "alertsCount", { n: counts.alerts })} · ${t(l, "watchesCount", { n: counts.watches })}`, {
        color: "gray",
      }),
    ),
  ];
  if (cards.length === 0 && watches.length === 0)
    blocks.push(...textBlocks("paragraph", text(t(l, "noAlerts"))));
  for (const alert of cards) blocks.push(...alertBlocks(l, alert));
  if (watches.length > 0) {
    blocks.push(...textBlocks("heading_3", text(t(l, "watches"))));
    for (const g of watches) {
      const scopes = g.entries.map(
        (a) => `${MARK[a.severity]} ${scopeName(l, a.scope)} ${Math.round(a.score)}`,
      );
      const gist = g.entries[0] ? ` — ${firstSentence(g.entries[0].summary)}` : "";
      blocks.push(
        ...textBlocks(
          "bulleted_list_item",
          runs(text(signalName(l, g.signal), { bold: true }), text(` · ${scopes.join(", ")}${gist}`)),
        ),
      );
    }
  }
  if (alertsUrl) {
    const [before = "", after = ""] = t(l, "openAlertsDatabase", { link: "\u0000" }).split("\u0000");
    blocks.push(
      ...textBlocks(
        "paragraph",
        runs(text(before), text(t(l, "alertsDatabase"), {}, alertsUrl), text(after)),
      ),
    );
  }
  return blocks;
}

/** One alert: its finding, evidence and action in one callout (the same body as its database row). */
export function alertBlocks(l: Locale, a: AlertEntry): DraftBlock[] {
  const title = `${signalName(l, a.signal)} — ${scopeName(l, a.scope)} · ${statusLabel(l, a.severity)} · ${t(l, "score")} ${Math.round(a.score)}/100`;
  return callout(text(title, { bold: true }), MARK[a.severity], CALLOUT_COLOR[a.severity], alertBody(l, a));
}

/** The finding, up to MAX_EVIDENCE_SHOWN evidence items, and the recommended action. */
export function alertBody(l: Locale, a: AlertEntry): DraftBlock[] {
  const blocks = textBlocks("paragraph", text(a.summary));
  if (a.evidence.length > 0) {
    blocks.push(...textBlocks("paragraph", text(t(l, "evidence"), { bold: true })));
    for (const e of a.evidence.slice(0, MAX_EVIDENCE_SHOWN))
      blocks.push(...textBlocks("bulleted_list_item", evidence(l, e)));
    const more = a.evidence.length - MAX_EVIDENCE_SHOWN;
    if (more > 0)
      blocks.push(
        ...textBlocks("bulleted_list_item", text(t(l, "moreEvidence", { n: more }), { italic: true })),
      );
  }
  blocks.push(
    ...textBlocks("paragraph", runs(text(`${t(l, "action")}${colon(l)} `, { bold: true }), text(a.action))),
  );
  return blocks;
}

/** The title linked when its URL is http(s) (never javascript: or data:), then date and reason. */
function evidence(l: Locale, e: Evidence): RichTextItemRequest[] {
  const parts = [text(e.title || e.id, {}, e.url)];
  if (e.date) parts.push(text(` (${shortDate(l, e.date)})`, { color: "gray" }));
  if (e.why) parts.push(text(` — ${e.why}`));
  return runs(...parts);
}

function teamsSection(r: Report): DraftBlock[] {
  const l = r.locale;
  const heading = textBlocks("heading_2", text(`${t(l, "where")} — ${t(l, "teams")}`));
  if (r.teams.length === 0) return [...heading, ...textBlocks("paragraph", text(t(l, "noTeams")))];
  const headers = [t(l, "team"), ...SIGNAL_IDS.map((id) => signalShortName(l, id))];
  return [
    ...heading,
    table(cells([headers, ...r.teams.map((team) => teamRow(team))])),
    ...textBlocks(
      "paragraph",
      text(`${t(l, "scoreRule")} ${t(l, "gridHelp")}`, { italic: true, color: "gray" }),
    ),
  ];
}

function teamRow(team: TeamEntry): string[] {
  const marks = SIGNAL_IDS.map((id) => {
    const cell = team.signals[id];
    return cell ? `${MARK[cell.status]} ${Math.round(cell.score)}` : "";
  });
  return [team.name, ...marks];
}

function details(r: Report): DraftBlock[] {
  const l = r.locale;
  const watches = sortAlerts(r.alerts).filter((a) => a.severity === "watch");
  const out: DraftBlock[] = [];
  if (watches.length > 0)
    out.push(
      toggle(
        text(t(l, "detailsWatches")),
        watches.flatMap((a) => alertBlocks(l, a)),
      ),
    );
  const headers = (["signal", "scope", "valueBaseline", "status"] as const).map((k) => t(l, k));
  const rows = sortSignals(r.signals).map((s) => signalRow(l, s));
  out.push(toggle(text(t(l, "detailsSignals", { n: r.signals.length })), [table(cells([headers, ...rows]))]));
  out.push(toggle(text(t(l, "detailsRituals")), ritualsBlocks(r)));
  if (r.warnings.length > 0)
    out.push(toggle(text(`${t(l, "warnings")} (${formatNumber(l, r.warnings.length)})`), warnings(r)));
  return out;
}

function signalRow(l: Locale, s: SignalEntry): string[] {
  const status = s.insufficientHistory
    ? statusLabel(l, "none")
    : `${MARK[s.status]} ${statusLabel(l, s.status)} ${Math.round(s.score)}`;
  return [
    signalName(l, s.id),
    scopeName(l, s.scope),
    valueVsBaseline(l, s.value, s.baseline, s.unit),
    status,
  ];
}

function ritualsBlocks(r: Report): DraftBlock[] {
  const l = r.locale;
  if (r.rituals.length === 0) return textBlocks("paragraph", text(t(l, "noRituals")));
  return r.rituals.flatMap((x) => textBlocks("bulleted_list_item", ritualLine(l, x)));
}

function ritualLine(l: Locale, x: RitualEntry): RichTextItemRequest[] {
  const n = (v: number) => formatNumber(l, v);
  const figures = (
    [
      ["expected", x.expected],
      ["held", x.held],
      ["cancelled", x.cancelled],
      ["withNotes", x.withNotes],
      ["withDecisions", x.withDecisions],
      ["withoutAgenda", x.withoutAgenda],
    ] as const
  ).map(([k, v]) => `${t(l, k)}${colon(l)} ${n(v)}`);
  const short = x.held < x.expected ? ` ⚠️ ${t(l, "belowExpected")}` : "";
  return runs(
    text(x.name, { bold: true }),
    text(` (${cadenceLabel(l, x.cadence)}) · ${figures.join(" · ")}${short}`),
  );
}

function warnings(r: Report): DraftBlock[] {
  const shown = r.warnings.slice(0, MAX_WARNINGS_SHOWN);
  const items = shown.flatMap((w) =>
    textBlocks("bulleted_list_item", runs(text(w.file, { code: true }), text(` — ${w.message}`))),
  );
  const more = r.warnings.length - shown.length;
  if (more > 0)
    items.push(...textBlocks("paragraph", text(t(r.locale, "moreWarnings", { n: more }), { italic: true })));
  return items;
}

/** Plain strings as table cells (each cell a rich-text array). */
function cells(rows: string[][]): RichTextItemRequest[][][] {
  return rows.map((row) => row.map((cell) => text(cell)));
}
