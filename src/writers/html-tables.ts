import type { Locale } from "../core/model.js";
import type { Report, RitualEntry, SignalEntry, TeamEntry } from "../core/report.js";
import { STATUS_BANDS } from "../core/scoring.js";
import { SIGNAL_IDS, type SignalId, type Status } from "../core/signals/types.js";
import { escapeHtml as esc } from "./escape.js";
import { alertCard, STATUS_GLYPH, statusBadge } from "./html-sections.js";
import {
  cadenceLabel,
  colon,
  formatNumber,
  scopeName,
  signalName,
  signalShortName,
  statusLabel,
  type TextKey,
  t,
  valueVsBaseline,
} from "./labels.js";
import { sortAlerts, sortSignals } from "./select.js";

const th = (l: Locale, key: TextKey, cls = ""): string =>
  `<th scope="col"${cls ? ` class="${cls}"` : ""}>${esc(t(l, key))}</th>`;

/** A grid cell: the status colour (the one rule), the glyph, and the score (hidden on a phone). */
function gridCell(l: Locale, team: TeamEntry, id: SignalId): string {
  const cell = team.signals[id];
  const name = signalName(l, id);
  if (!cell)
    return `<td class="hm na" title="${esc(`${team.name} — ${name}${colon(l)} ${t(l, "notMeasured")}`)}"></td>`;
  const score = Math.round(cell.score);
  const status = statusLabel(l, cell.status);
  const tip = `${team.name} — ${name}${colon(l)} ${score}/100 (${status})`;
  return `<td class="hm ${cell.status}" title="${esc(tip)}"><span aria-hidden="true">${STATUS_GLYPH[cell.status]}</span><span class="n"> ${score}</span><span class="sr"> ${esc(status)}</span></td>`;
}

function gridRow(l: Locale, team: TeamEntry): string {
  return `<tr><th scope="row">${esc(team.name)}</th>${SIGNAL_IDS.map((id) => gridCell(l, team, id)).join("")}</tr>`;
}

function legend(l: Locale): string {
  const item = (s: Status) =>
    `<span class="sw ${s}"><span aria-hidden="true">${STATUS_GLYPH[s]}</span> ${esc(statusLabel(l, s))} ${STATUS_BANDS[s].min}–${STATUS_BANDS[s].max}</span>`;
  return `<p class="legend">${item("ok")}${item("watch")}${item("alert")}</p>`;
}

/** Where: teams × signals, the one picture; column headers turn vertical on a phone. */
export function gridSection(r: Report): string {
  const l = r.locale;
  const head = SIGNAL_IDS.map(
    (id) =>
      `<th scope="col" class="col" title="${esc(signalName(l, id))}"><span>${esc(signalShortName(l, id))}</span></th>`,
  );
  const body =
    r.teams.length === 0
      ? `<p class="muted">${esc(t(l, "noTeams"))}</p>`
      : `<table class="grid">
<thead><tr>${th(l, "team")}${head.join("")}</tr></thead>
<tbody>${r.teams.map((team) => gridRow(l, team)).join("\n")}</tbody>
</table>${legend(l)}<p class="muted small">${esc(t(l, "gridHelp"))}</p>`;
  return `<section aria-labelledby="h-teams"><h2 id="h-teams">${esc(t(l, "where"))} <span class="muted small">${esc(t(l, "teams"))}</span></h2>
${body}
</section>`;
}

function signalRow(l: Locale, s: SignalEntry): string {
  const status = s.insufficientHistory ? statusBadge(l, "none") : statusBadge(l, s.status);
  return `<tr><td><strong>${esc(signalName(l, s.id))}</strong><span class="sub">${esc(scopeName(l, s.scope))}</span></td>
<td>${esc(valueVsBaseline(l, s.value, s.baseline, s.unit))}</td>
<td>${status} <span class="n">${Math.round(s.score)}</span></td></tr>`;
}

function signalsTable(r: Report): string {
  const l = r.locale;
  const rows = sortSignals(r.signals).map((s) => signalRow(l, s));
  return `<table class="details-table">
<thead><tr>${th(l, "signal")}${th(l, "valueBaseline")}${th(l, "status")}</tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table>`;
}

function ritualRow(l: Locale, x: RitualEntry): string {
  const n = (v: number) => esc(formatNumber(l, v));
  const held =
    x.held < x.expected
      ? `<strong class="short">${n(x.held)}</strong><span class="sr"> ${esc(t(l, "belowExpected"))}</span>`
      : n(x.held);
  const cells = [
    [t(l, "expected"), n(x.expected)],
    [t(l, "held"), held],
    [t(l, "cancelled"), n(x.cancelled)],
    [t(l, "withNotes"), n(x.withNotes)],
    [t(l, "withDecisions"), n(x.withDecisions)],
    [t(l, "withoutAgenda"), n(x.withoutAgenda)],
  ].map(([k, v]) => `<span class="kv">${esc(k ?? "")}${colon(l)} ${v}</span>`);
  return `<li><strong>${esc(x.name)}</strong> <span class="muted">${esc(cadenceLabel(l, x.cadence))}</span><br>${cells.join(" ")}</li>`;
}

/** A disclosure in the browser; a plain heading where there is none (the Google Doc). */
function fold(summary: string, body: string, folded: boolean): string {
  if (!folded) return `<h3>${esc(summary)}</h3>\n${body}`;
  return `<details><summary>${esc(summary)}</summary>\n${body}\n</details>`;
}

/** The details, folded away: watches in full, every signal, rituals and warnings. */
export function detailsSection(r: Report, folded = true): string {
  const l = r.locale;
  const listed = sortAlerts(r.alerts).filter((a) => a.severity === "watch");
  const parts = [
    listed.length > 0
      ? fold(
          t(l, "detailsWatches"),
          `<div class="alerts">${listed.map((a) => alertCard(l, a)).join("\n")}</div>`,
          folded,
        )
      : "",
    fold(t(l, "detailsSignals", { n: r.signals.length }), signalsTable(r), folded),
    fold(
      t(l, "detailsRituals"),
      r.rituals.length === 0
        ? `<p class="muted">${esc(t(l, "noRituals"))}</p>`
        : `<ul class="rituals">${r.rituals.map((x) => ritualRow(l, x)).join("")}</ul>`,
      folded,
    ),
    r.warnings.length > 0
      ? fold(
          `${t(l, "warnings")} (${formatNumber(l, r.warnings.length)})`,
          `<ul class="warnings">${r.warnings.map((w) => `<li><code>${esc(w.file)}</code> — ${esc(w.message)}</li>`).join("")}</ul>`,
          folded,
        )
      : "",
  ].filter((p) => p !== "");
  return `<section class="details" aria-labelledby="h-details"><h2 id="h-details">${esc(t(l, "details"))}</h2>
${parts.join("\n")}
</section>`;
}
