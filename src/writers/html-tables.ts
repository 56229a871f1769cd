import type { Locale } from "../core/model.js";
import type { Report, RitualEntry, SignalEntry, TeamEntry } from "../core/report.js";
import { SIGNAL_IDS, type SignalId, type Status } from "../core/signals/types.js";
import { escapeHtml as esc } from "./escape.js";
import { statusBadge } from "./html-sections.js";
import {
  cadenceLabel,
  colon,
  formatNumber,
  formatValue,
  scopeName,
  signalName,
  signalShortName,
  statusLabel,
  type TextKey,
  t,
} from "./labels.js";
import { sortSignals } from "./select.js";

const th = (l: Locale, key: TextKey, cls = ""): string =>
  `<th scope="col"${cls ? ` class="${cls}"` : ""}>${esc(t(l, key))}</th>`;

function signalRow(l: Locale, s: SignalEntry, scopeStart: boolean): string {
  const status = s.insufficientHistory
    ? `<span class="badge none">${esc(t(l, "insufficientHistory"))}</span>`
    : statusBadge(l, s.status);
  const summary = s.summary ? `<span class="sub">${esc(s.summary)}</span>` : "";
  return `<tr${scopeStart ? ' class="scope-start"' : ""}>
<td><strong>${esc(signalName(l, s.id))}</strong>${summary}</td>
<td>${esc(scopeName(l, s.scope))}</td>
<td class="num">${esc(formatValue(l, s.value, s.unit))}</td>
<td class="num dim">${esc(formatValue(l, s.baseline, s.unit))}</td>
<td class="num${s.insufficientHistory ? " dim" : ""}">${Math.round(s.score)}</td>
<td>${status}</td></tr>`;
}

/** Every signal of every scope, org first; a rule separates one scope from the next. */
export function signalsSection(r: Report): string {
  const l = r.locale;
  const rows = sortSignals(r.signals).map((s, i, all) =>
    signalRow(l, s, i > 0 && all[i - 1]?.scope !== s.scope),
  );
  const head = [
    th(l, "signal"),
    th(l, "scope"),
    th(l, "value", "num"),
    th(l, "baseline", "num"),
    th(l, "score", "num"),
    th(l, "status"),
  ];
  return `<section class="signals" aria-labelledby="h-signals">
<h2 id="h-signals">${esc(t(l, "signals"))}</h2>
<div class="table-wrap"><table>
<thead><tr>${head.join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table></div>
</section>`;
}

/** Five bands rather than a gradient: a printed page and a colour-blind reader still tell them apart by the number. */
const band = (score: number): string => `h${Math.min(4, Math.max(0, Math.floor(score / 20)))}`;
const MARK: Record<Status, string> = { ok: "", watch: " ●", alert: " ▲" };

function heatCell(l: Locale, team: TeamEntry, id: SignalId): string {
  const cell = team.signals[id];
  const name = signalName(l, id);
  if (!cell) return `<td title="${esc(`${team.name} — ${name}${colon(l)} ${t(l, "notMeasured")}`)}"></td>`;
  const score = Math.round(cell.score);
  const status = statusLabel(l, cell.status);
  const tip = `${team.name} — ${name}${colon(l)} ${score}/100 (${status})`;
  return (
    `<td class="hm ${band(score)}" title="${esc(tip)}">${score}` +
    `<span aria-hidden="true">${MARK[cell.status]}</span><span class="sr"> ${esc(status)}</span></td>`
  );
}

function heatRow(l: Locale, team: TeamEntry): string {
  const score = team.score === null ? "—" : String(Math.round(team.score));
  return `<tr><th scope="row">${esc(team.name)} <span class="muted">· ${esc(t(l, "teamSize", { size: team.size }))}</span></th>
<td class="num"><strong>${score}</strong></td>${SIGNAL_IDS.map((id) => heatCell(l, team, id)).join("")}</tr>`;
}

function heatLegend(l: Locale): string {
  const bands = ["0–19", "20–39", "40–59", "60–79", "80–100"].map(
    (range, i) => `<span><span class="sw h${i}">${range}</span></span>`,
  );
  return `<div class="legend">${bands.join("")}<span>● ${esc(statusLabel(l, "watch"))}</span><span>▲ ${esc(statusLabel(l, "alert"))}</span></div>`;
}

export function teamsSection(r: Report): string {
  const l = r.locale;
  const head = SIGNAL_IDS.map(
    (id) =>
      `<th scope="col" class="col" title="${esc(signalName(l, id))}">${esc(signalShortName(l, id))}</th>`,
  );
  const body =
    r.teams.length === 0
      ? `<p class="muted">${esc(t(l, "noTeams"))}</p>`
      : `<div class="table-wrap"><table class="heatmap">
<thead><tr>${th(l, "team")}${th(l, "score", "num")}${head.join("")}</tr></thead>
<tbody>${r.teams.map((team) => heatRow(l, team)).join("\n")}</tbody>
</table></div>${heatLegend(l)}`;
  return `<section aria-labelledby="h-teams"><h2 id="h-teams">${esc(t(l, "teams"))}</h2>
${body}
</section>`;
}

function ritualRow(l: Locale, x: RitualEntry): string {
  const n = (v: number) => esc(formatNumber(l, v));
  const short = x.held < x.expected;
  const held = short
    ? `<span class="short">${n(x.held)} <span aria-hidden="true">▼</span></span><span class="sr"> ${esc(t(l, "belowExpected"))}</span>`
    : n(x.held);
  return `<tr><td><strong>${esc(x.name)}</strong></td><td>${esc(cadenceLabel(l, x.cadence))}</td>
<td class="num">${n(x.expected)}</td><td class="num">${held}</td><td class="num">${n(x.cancelled)}</td>
<td class="num">${n(x.withNotes)}</td><td class="num">${n(x.withDecisions)}</td><td class="num">${n(x.withoutAgenda)}</td></tr>`;
}

export function ritualsSection(r: Report): string {
  const l = r.locale;
  const keys = ["expected", "held", "cancelled", "withNotes", "withDecisions", "withoutAgenda"] as const;
  const body =
    r.rituals.length === 0
      ? `<p class="muted">${esc(t(l, "noRituals"))}</p>`
      : `<div class="table-wrap"><table>
<thead><tr>${th(l, "ritual")}${th(l, "cadence")}${keys.map((k) => th(l, k, "num")).join("")}</tr></thead>
<tbody>${r.rituals.map((x) => ritualRow(l, x)).join("\n")}</tbody>
</table></div>`;
  return `<section aria-labelledby="h-rituals"><h2 id="h-rituals">${esc(t(l, "rituals"))}</h2>
${body}
</section>`;
}
