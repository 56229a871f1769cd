/**
 * The comparison as Notion blocks, for the consultant's own workspace: the totals, a clients ×
 * signals table (statuses as coloured emojis and text), and "what changed this week". Built from
 * the Portfolio only, so it carries what compare.html carries and nothing more.
 */
import type { AlertChange, ClientRow, Portfolio } from "../../app/compare-model.js";
import type { Locale } from "../../core/model.js";
import type { Status } from "../../core/signals/types.js";
import { colon, signalName, signalShortName, weekLabel, weekShortLabel } from "../labels.js";
import { callout, type DraftBlock, table, textBlocks } from "../notion/draft.js";
import { type RichTextItemRequest, runs, text } from "../notion/rich-text.js";
import { ct, reasonLabel } from "./labels.js";

export const COMPARE_PAGE_ICON = "🧭";

const EMOJI: Record<Status | "none", string> = { alert: "🔴", watch: "🟠", ok: "🟢", none: "⚪" };
const COLOR: Record<Status, "red" | "orange" | "green"> = { alert: "red", watch: "orange", ok: "green" };

export function renderCompareBlocks(p: Portfolio): DraftBlock[] {
  const l = p.locale;
  const totals = ct(l, "totals", {
    clients: p.totals.clients,
    attention: p.totals.needAttention,
    alerts: p.totals.alerts,
    watches: p.totals.watches,
    stale: p.totals.stale,
  });
  const intro = callout(text(ct(l, "notionIntro", { week: weekLabel(l, p.week), totals })), "🧭");
  if (p.clients.length === 0) return [...intro, ...textBlocks("paragraph", text(ct(l, "noClients")))];
  return [
    ...intro,
    ...textBlocks("heading_2", text(ct(l, "clients"))),
    ...textBlocks("paragraph", text(ct(l, "notionLegend"), { color: "gray" })),
    clientsTable(p),
    ...textBlocks("heading_2", text(ct(l, "changes"))),
    ...changes(p),
    ...textBlocks("paragraph", text(ct(l, "methodPrivacy"), { italic: true, color: "gray" })),
  ];
}

function clientsTable(p: Portfolio): DraftBlock {
  const l = p.locale;
  const head = [
    ct(l, "rank"),
    ct(l, "client"),
    ct(l, "score"),
    ct(l, "openAlerts"),
    ct(l, "lastRun"),
    ...p.signals.map((s) => signalShortName(l, s)),
  ].map((h) => text(h, { bold: true }));
  return table([head, ...p.clients.map((c) => clientRow(p, c))]);
}

function clientRow(p: Portfolio, c: ClientRow): RichTextItemRequest[][] {
  const l = p.locale;
  const reasons = c.reasons.map((r) => reasonLabel(l, r)).join(", ");
  return [
    text(String(c.rank)),
    runs(text(c.name, { bold: true }), reasons ? text(`\n${reasons}`, { italic: true, color: "gray" }) : []),
    statusText(c.status, c.score === null ? "—" : String(c.score)),
    text(openAlerts(l, c)),
    text(lastRun(l, c), c.freshness.stale ? { color: "red" } : {}),
    ...p.signals.map((s) => {
      const cell = c.signals[s];
      const since = cell.since ? ` · ${ct(l, "since", { week: weekShortLabel(l, cell.since) })}` : "";
      return statusText(cell.status, `${cell.score ?? "—"}${since}`);
    }),
  ];
}

function statusText(status: Status | null, figure: string): RichTextItemRequest[] {
  return text(`${EMOJI[status ?? "none"]} ${figure}`, status ? { color: COLOR[status] } : { color: "gray" });
}

function openAlerts(l: Locale, c: ClientRow): string {
  const parts: string[] = [];
  if (c.openAlerts.alert) parts.push(ct(l, "alertCount", { n: c.openAlerts.alert }));
  if (c.openAlerts.watch) parts.push(ct(l, "watchCount", { n: c.openAlerts.watch }));
  return parts.length ? parts.join(", ") : ct(l, "noneOpen");
}

function lastRun(l: Locale, c: ClientRow): string {
  const f = c.freshness;
  if (f.lastWeek === null) return ct(l, "never");
  const age = f.weeksSince === 0 ? ct(l, "upToDate") : ct(l, "weeksAgo", { n: f.weeksSince ?? 0 });
  const flags = [f.stale ? ct(l, "stale") : "", f.lastRunFailed ? ct(l, "failed") : ""].filter(Boolean);
  return [`${weekShortLabel(l, f.lastWeek)} · ${age}`, ...flags].join(", ");
}

function changes(p: Portfolio): DraftBlock[] {
  const l = p.locale;
  const changed = p.clients.filter((c) => c.newAlerts.length || c.resolvedAlerts.length);
  if (changed.length === 0) return textBlocks("paragraph", text(ct(l, "noChanges"), { color: "gray" }));
  return changed.flatMap((c) => {
    const items = [
      ...c.newAlerts.map((a) => changeItem(l, "newAlerts", a)),
      ...c.resolvedAlerts.map((a) => changeItem(l, "resolvedAlerts", a)),
    ];
    return textBlocks("bulleted_list_item", text(c.name, { bold: true }), items.flat());
  });
}

function changeItem(l: Locale, kind: "newAlerts" | "resolvedAlerts", a: AlertChange): DraftBlock[] {
  const team = a.team ? ` · ${ct(l, "notionTeam", { team: a.team })}` : "";
  const status: Status = kind === "resolvedAlerts" ? "ok" : a.severity;
  return textBlocks(
    "bulleted_list_item",
    runs(
      text(`${EMOJI[status]} ${ct(l, kind)}${colon(l)} `, { bold: true }),
      text(`${signalName(l, a.signal)}${team}`, { color: COLOR[status] }),
    ),
  );
}
