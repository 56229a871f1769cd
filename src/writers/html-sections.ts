import type { Locale } from "../core/model.js";
import type { AlertEntry, Report } from "../core/report.js";
import type { Evidence, Status } from "../core/signals/types.js";
import { escapeHtml as esc, safeHttpUrl } from "./escape.js";
import { trendChart } from "./html-chart.js";
import {
  colon,
  otherAlerts,
  periodLabel,
  scopeName,
  shortDate,
  signalName,
  statusLabel,
  t,
  weekLabel,
} from "./labels.js";
import { MAX_EVIDENCE_SHOWN, topAlerts, weekDelta } from "./select.js";

/** A glyph beside the status word, so status never rests on colour alone (nor on hue for print). */
const STATUS_GLYPH: Record<Status, string> = { ok: "✓", watch: "●", alert: "▲" };

export function statusBadge(locale: Locale, status: Status): string {
  return `<span class="badge ${status}"><span aria-hidden="true">${STATUS_GLYPH[status]}</span> ${esc(statusLabel(locale, status))}</span>`;
}

export function pageHeader(r: Report): string {
  const l = r.locale;
  const stats = t(l, "stats", { ...r.stats });
  return `<header class="page-head">
<div><div class="brand">Vigie · ${esc(t(l, "title"))}</div><h1>${esc(r.tenantName)}</h1></div>
<div><div class="when"><strong>${esc(weekLabel(l, r.week))}</strong> · ${esc(periodLabel(l, r.period))}</div>
<div class="stats muted">${esc(stats)}</div></div>
</header>`;
}

function deltaLine(r: Report): string {
  const delta = weekDelta(r);
  if (delta === null) return "";
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `<div class="muted">${esc(t(r.locale, "vsLastWeek", { delta: `${sign}${Math.abs(delta)}` }))}</div>`;
}

/** The first thing read: the overall score, its status, and where it is heading. */
export function hero(r: Report): string {
  const l = r.locale;
  return `<div class="hero">
<div class="score-card st-${r.status}">
<div class="label">${esc(t(l, "overall"))}</div>
<div class="big">${Math.round(r.score)}<small>/100</small></div>
<div>${statusBadge(l, r.status)}</div>
${deltaLine(r)}
</div>
<div class="trend-card">
<h2>${esc(t(l, "trend"))}</h2>
${trendChart(l, r.trend, t(l, "trendLabel"))}
</div>
</div>`;
}

function evidenceItem(l: Locale, e: Evidence): string {
  const url = safeHttpUrl(e.url);
  const text = esc(e.title || e.id);
  const title = url
    ? `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`
    : `<span>${text}</span>`;
  const date = e.date ? ` <span class="date">· ${esc(shortDate(l, e.date))}</span>` : "";
  const why = e.why ? ` <span class="why">— ${esc(e.why)}</span>` : "";
  return `<li>${title}${date}${why}</li>`;
}

function evidenceList(l: Locale, evidence: readonly Evidence[]): string {
  if (evidence.length === 0) return "";
  const items = evidence.slice(0, MAX_EVIDENCE_SHOWN).map((e) => evidenceItem(l, e));
  const more = evidence.length - MAX_EVIDENCE_SHOWN;
  if (more > 0) items.push(`<li class="muted">${esc(t(l, "moreEvidence", { count: more }))}</li>`);
  return `<h4>${esc(t(l, "evidence"))}</h4><ul class="evidence">${items.join("")}</ul>`;
}

function alertCard(l: Locale, a: AlertEntry): string {
  return `<article class="card ${a.severity}">
<div class="card-head">${statusBadge(l, a.severity)}<h3>${esc(signalName(l, a.signal))}</h3>
<span class="scope">${esc(scopeName(l, a.scope))}</span>
<span class="score">${esc(t(l, "score"))} ${Math.round(a.score)}/100</span></div>
<p>${esc(a.summary)}</p>
${evidenceList(l, a.evidence)}
<div class="action"><strong>${esc(t(l, "action"))}</strong><p>${esc(a.action)}</p></div>
</article>`;
}

export function alertsSection(r: Report): string {
  const l = r.locale;
  const { shown, rest } = topAlerts(r);
  const body =
    shown.length === 0
      ? `<p class="muted">${esc(t(l, "noAlerts"))}</p>`
      : `<div class="alerts">${shown.map((a) => alertCard(l, a)).join("\n")}</div>`;
  const more =
    rest.length > 0
      ? `<p class="more muted">${esc(`${t(l, "moreAlerts")}${colon(l)} ${otherAlerts(l, rest)}`)}</p>`
      : "";
  return `<section class="alerts-section" aria-labelledby="h-alerts">
<h2 id="h-alerts">${esc(t(l, "alerts"))}</h2>
${body}${more}
</section>`;
}

export function warningsSection(r: Report): string {
  if (r.warnings.length === 0) return "";
  const items = r.warnings.map((w) => `<li><code>${esc(w.file)}</code> — ${esc(w.message)}</li>`);
  return `<aside class="warnings" aria-labelledby="h-warnings">
<h2 id="h-warnings">${esc(t(r.locale, "warnings"))}</h2>
<ul>${items.join("")}</ul>
</aside>`;
}

export function pageFooter(r: Report): string {
  return `<footer>${esc(t(r.locale, "generatedBy"))} · ${esc(r.generatedBy)}</footer>`;
}
