/**
 * compare.html: the consultant's portfolio on one self-contained, offline page — who needs
 * attention first, the clients × signals heatmap, what changed this week, shared teams.
 */
import type { Portfolio } from "../../app/compare-model.js";
import { escapeHtml as esc } from "../escape.js";
import { htmlDocument } from "../html-document.js";
import { weekLabel } from "../labels.js";
import { changesSection, teamsSection } from "./html-changes.js";
import { clientsSection } from "./html-clients.js";
import { heatmapSection } from "./html-heatmap.js";
import { ct } from "./labels.js";
import { COMPARE_CSS } from "./style.js";

function header(p: Portfolio): string {
  const l = p.locale;
  const totals = ct(l, "totals", {
    clients: p.totals.clients,
    attention: p.totals.needAttention,
    alerts: p.totals.alerts,
    watches: p.totals.watches,
    stale: p.totals.stale,
  });
  return `<header class="page-head">
<div><div class="brand">Vigie · ${esc(ct(l, "title"))}</div><h1>${esc(ct(l, "subtitle"))}</h1></div>
<div><strong>${esc(weekLabel(l, p.week))}</strong><div class="muted">${esc(totals)}</div></div>
</header>`;
}

function footer(p: Portfolio): string {
  const l = p.locale;
  const lines = ["methodOrder", "methodStale", "methodPrivacy"] as const;
  return `<footer><p><strong>${esc(ct(l, "method"))}</strong></p>${lines.map((k) => `<p>${esc(ct(l, k))}</p>`).join("")}<p>${esc(ct(l, "generatedBy"))} · ${esc(p.generatedBy)}</p></footer>`;
}

export function renderCompareHtml(p: Portfolio): string {
  const body = [
    header(p),
    clientsSection(p),
    heatmapSection(p),
    changesSection(p),
    teamsSection(p),
    footer(p),
  ];
  return htmlDocument({
    locale: p.locale,
    title: `Vigie — ${ct(p.locale, "title")} — ${weekLabel(p.locale, p.week)}`,
    css: COMPARE_CSS,
    body,
  });
}
