/** The clients table of compare.html: one row per client, in attention order. */
import { CHANGE_WEEKS } from "../../app/compare-build.js";
import type { ClientRow, Portfolio } from "../../app/compare-model.js";
import type { Locale } from "../../core/model.js";
import type { Status } from "../../core/signals/types.js";
import { escapeHtml as esc } from "../escape.js";
import { statusLabel, weekShortLabel } from "../labels.js";
import { ct, reasonLabel } from "./labels.js";
import { sparkline } from "./sparkline.js";

const GLYPH: Record<Status, string> = { ok: "✓", watch: "●", alert: "▲" };

export function badge(l: Locale, status: Status | null, text?: string): string {
  if (status === null) return `<span class="badge none">${esc(text ?? "—")}</span>`;
  const label = text ?? statusLabel(l, status);
  return `<span class="badge ${status}"><span aria-hidden="true">${GLYPH[status]}</span> ${esc(label)}</span>`;
}

function who(l: Locale, c: ClientRow): string {
  const reasons = c.reasons.map((r) => `<span class="reason">${esc(reasonLabel(l, r))}</span>`).join("");
  return (
    `<td class="who"><div class="client-name">${c.rank}. ${esc(c.name)}</div>` +
    (reasons ? `<div class="reasons">${reasons}</div>` : "") +
    "</td>"
  );
}

function score(l: Locale, p: Portfolio, c: ClientRow): string {
  const label = ct(l, "trendOf", { name: c.name, n: p.weeks.length });
  const values = c.sparkline.map((s, i) => `${weekShortLabel(l, p.weeks[i] ?? "")} ${s ?? "–"}`).join(", ");
  const shown = c.score === null ? "—" : String(c.score);
  return (
    `<td data-label="${esc(ct(l, "score"))}" class="num sc"><span class="score st-${c.status ?? "none"}">${shown}</span></td>` +
    `<td data-label="${esc(ct(l, "trend", { n: p.weeks.length }))}" class="tr">${sparkline(c.sparkline, `${label}: ${values}`)}</td>`
  );
}

function change(l: Locale, c: ClientRow): string {
  const label = esc(ct(l, "change"));
  if (c.change === null) return `<td data-label="${label}" class="num ch muted">—</td>`;
  const cls = c.change < 0 ? "down" : c.change > 0 ? "up" : "";
  const sign = c.change > 0 ? "+" : c.change < 0 ? "−" : "±";
  return `<td data-label="${label}" class="num ch"><span class="${cls}">${sign}${Math.abs(c.change)}</span></td>`;
}

function alerts(l: Locale, c: ClientRow): string {
  const parts: string[] = [];
  if (c.openAlerts.alert) parts.push(badge(l, "alert", ct(l, "alertCount", { n: c.openAlerts.alert })));
  if (c.openAlerts.watch) parts.push(badge(l, "watch", ct(l, "watchCount", { n: c.openAlerts.watch })));
  if (!parts.length) parts.push(badge(l, "ok", ct(l, "noneOpen")));
  return `<td data-label="${esc(ct(l, "openAlerts"))}"><div class="cell-list">${parts.join("")}</div></td>`;
}

function lastRun(l: Locale, c: ClientRow): string {
  const f = c.freshness;
  const label = esc(ct(l, "lastRun"));
  if (f.lastWeek === null)
    return `<td data-label="${label}"><span class="stale">${esc(ct(l, "never"))}</span></td>`;
  const age = f.weeksSince === 0 ? ct(l, "upToDate") : ct(l, "weeksAgo", { n: f.weeksSince ?? 0 });
  const flags = [f.stale ? ct(l, "stale") : "", f.lastRunFailed ? ct(l, "failed") : ""].filter(Boolean);
  const flag = flags.length ? ` <span class="stale">${esc(flags.join(", "))}</span>` : "";
  return `<td data-label="${label}">${esc(weekShortLabel(l, f.lastWeek))} · ${esc(age)}${flag}</td>`;
}

function thisWeek(l: Locale, c: ClientRow): string {
  const parts: string[] = [];
  const worst = c.newAlerts.some((a) => a.severity === "alert") ? "alert" : "watch";
  if (c.newAlerts.length) parts.push(badge(l, worst, ct(l, "newCount", { n: c.newAlerts.length })));
  if (c.resolvedAlerts.length)
    parts.push(badge(l, "ok", ct(l, "resolvedCount", { n: c.resolvedAlerts.length })));
  const body = parts.length
    ? `<div class="cell-list">${parts.join("")}</div>`
    : `<span class="muted">${esc(ct(l, "noChange"))}</span>`;
  return `<td data-label="${esc(ct(l, "thisWeek"))}">${body}</td>`;
}

export function clientsSection(p: Portfolio): string {
  const l = p.locale;
  if (p.clients.length === 0)
    return `<section class="clients-section"><p>${esc(ct(l, "noClients"))}</p></section>`;
  const head = [
    ct(l, "client"),
    ct(l, "score"),
    ct(l, "trend", { n: p.weeks.length }),
    `${ct(l, "change")} (${ct(l, "changeOver", { n: CHANGE_WEEKS })})`,
    ct(l, "openAlerts"),
    ct(l, "lastRun"),
    ct(l, "thisWeek"),
  ]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join("");
  const rows = p.clients
    .map(
      (c) =>
        `<tr>${who(l, c)}${score(l, p, c)}${change(l, c)}${alerts(l, c)}${lastRun(l, c)}${thisWeek(l, c)}</tr>`,
    )
    .join("\n");
  return `<section class="clients-section"><h2>${esc(ct(l, "clients"))}</h2>
<table class="clients"><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
