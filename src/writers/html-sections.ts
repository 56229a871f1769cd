import type { Locale } from "../core/model.js";
import type { AlertEntry, Report } from "../core/report.js";
import type { Evidence, Status } from "../core/signals/types.js";
import { escapeHtml as esc, safeHttpUrl } from "./escape.js";
import { trendChart } from "./html-chart.js";
import {
  deltaLabel,
  periodLabel,
  scopeName,
  scoreMeaning,
  shortDate,
  signalName,
  statusLabel,
  t,
  weekLabel,
} from "./labels.js";
import { attention, firstSentence, MAX_EVIDENCE_SHOWN, type WatchGroup, weekDelta } from "./select.js";

/** A glyph beside the status word, so status never rests on colour alone (nor on hue for print). */
export const STATUS_GLYPH: Record<Status | "none", string> = { ok: "✓", watch: "●", alert: "▲", none: "–" };

export function statusBadge(locale: Locale, status: Status | "none"): string {
  return `<span class="badge ${status}"><span aria-hidden="true">${STATUS_GLYPH[status]}</span> ${esc(statusLabel(locale, status))}</span>`;
}

export function pageHeader(r: Report): string {
  const l = r.locale;
  return `<header class="page-head">
<div><div class="brand">Vigie · ${esc(t(l, "title"))}</div><h1>${esc(r.tenantName)}</h1></div>
<div class="when"><strong>${esc(weekLabel(l, r.week))}</strong> · ${esc(periodLabel(l, r.period))}
<div class="muted small">${esc(t(l, "stats", { ...r.stats }))}</div></div>
</header>`;
}

/** How are we: the score, what it means in one sentence, the one colour rule, and the trend. */
export function hero(r: Report): string {
  const l = r.locale;
  const status: Status | "none" = r.insufficientHistory ? "none" : r.status;
  const delta = weekDelta(r);
  const big = r.insufficientHistory ? "—" : String(Math.round(r.score));
  const meaning = scoreMeaning(r);
  return `<section class="hero" aria-labelledby="h-how">
<h2 id="h-how">${esc(t(l, "howAreWe"))}</h2>
<div class="hero-grid">
<div class="score-card st-${status}">
<div class="label">${esc(t(l, "overall"))}</div>
<div class="big">${big}<small>/100</small></div>
<div>${statusBadge(l, status)}</div>
${delta === null ? "" : `<div class="muted small">${esc(deltaLabel(l, delta))}</div>`}
</div>
<div class="trend-card"><h3>${esc(t(l, "trend"))}</h3>${trendChart(l, r.trend)}</div>
</div>
<p class="meaning">${esc(meaning)}</p>
<p class="rule small">${esc(t(l, "scoreRule"))}</p>
</section>`;
}

function evidenceItem(l: Locale, e: Evidence): string {
  const url = safeHttpUrl(e.url);
  const text = esc(e.title || e.id);
  const title = url
    ? `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`
    : `<span>${text}</span>`;
  const date = e.date ? ` <span class="muted">· ${esc(shortDate(l, e.date))}</span>` : "";
  const why = e.why ? ` <span class="muted">— ${esc(e.why)}</span>` : "";
  return `<li>${title}${date}${why}</li>`;
}

export function evidenceList(l: Locale, evidence: readonly Evidence[]): string {
  if (evidence.length === 0) return "";
  const items = evidence.slice(0, MAX_EVIDENCE_SHOWN).map((e) => evidenceItem(l, e));
  const more = evidence.length - MAX_EVIDENCE_SHOWN;
  if (more > 0) items.push(`<li class="muted">${esc(t(l, "moreEvidence", { n: more }))}</li>`);
  return `<h4>${esc(t(l, "evidence"))}</h4><ul class="evidence">${items.join("")}</ul>`;
}

export function alertCard(l: Locale, a: AlertEntry): string {
  return `<article class="card ${a.severity}">
<div class="card-head">${statusBadge(l, a.severity)}<h3>${esc(signalName(l, a.signal))}</h3>
<span class="scope">${esc(scopeName(l, a.scope))}</span>
<span class="score">${esc(t(l, "score"))} ${Math.round(a.score)}/100</span></div>
<p>${esc(a.summary)}</p>
${evidenceList(l, a.evidence)}
<div class="action"><strong>${esc(t(l, "action"))}</strong><p>${esc(a.action)}</p></div>
</article>`;
}

function watchItem(l: Locale, g: WatchGroup): string {
  const scopes = g.entries.map(
    (a) =>
      `<span class="chip ${a.severity}"><span aria-hidden="true">${STATUS_GLYPH[a.severity]}</span> ${esc(scopeName(l, a.scope))} ${Math.round(a.score)}</span>`,
  );
  const lead = g.entries[0];
  const gist = lead ? `<span class="gist">${esc(firstSentence(lead.summary))}</span>` : "";
  return `<li><strong>${esc(signalName(l, g.signal))}</strong> ${scopes.join(" ")}${gist}</li>`;
}

/** What needs attention now: alerts as cards, watches as one compact list (details further down). */
export function attentionSection(r: Report): string {
  const l = r.locale;
  const { cards, watches, counts } = attention(r);
  const count = `${t(l, "alertsCount", { n: counts.alerts })} · ${t(l, "watchesCount", { n: counts.watches })}`;
  const body =
    cards.length === 0 && watches.length === 0
      ? `<p class="muted">${esc(t(l, "noAlerts"))}</p>`
      : [
          cards.length > 0 ? `<div class="alerts">${cards.map((a) => alertCard(l, a)).join("\n")}</div>` : "",
          watches.length > 0
            ? `<h3 class="watch-head">${esc(t(l, "watches"))}</h3><ul class="watches">${watches.map((g) => watchItem(l, g)).join("")}</ul>`
            : "",
        ].join("\n");
  return `<section aria-labelledby="h-alerts">
<h2 id="h-alerts">${esc(t(l, "attention"))} <span class="muted small">${esc(count)}</span></h2>
${body}
</section>`;
}

export function pageFooter(r: Report): string {
  return `<footer>${esc(t(r.locale, "generatedBy"))} · ${esc(r.generatedBy)}</footer>`;
}
