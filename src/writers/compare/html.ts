/**
 * compare.html: the consultant's portfolio on one self-contained, offline page — who needs
 * attention first, the clients × signals heatmap, what changed this week, shared teams.
 */
import type { Portfolio } from "../../app/compare-model.js";
import { escapeHtml as esc } from "../escape.js";
import { weekLabel } from "../labels.js";
import { changesSection, teamsSection } from "./html-changes.js";
import { clientsSection } from "./html-clients.js";
import { heatmapSection } from "./html-heatmap.js";
import { ct } from "./labels.js";
import { COMPARE_CSS } from "./style.js";

/** No script, no remote resource: even a name that slipped through escaping could not run or call home. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

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
  return `<!doctype html>
<html lang="${esc(p.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${esc(`Vigie — ${ct(p.locale, "title")} — ${weekLabel(p.locale, p.week)}`)}</title>
<style>${COMPARE_CSS}</style>
</head>
<body>
<main>
${body.filter((b) => b !== "").join("\n")}
</main>
</body>
</html>
`;
}
