/** The clients × signals heatmap of compare.html. */
import type { ClientRow, Portfolio, SignalCell } from "../../app/compare-model.js";
import type { Locale } from "../../core/model.js";
import type { SignalId } from "../../core/signals/types.js";
import { escapeHtml as esc } from "../escape.js";
import { signalName, signalShortName, statusLabel, weekShortLabel } from "../labels.js";
import { ct } from "./labels.js";

/** Five bands rather than a gradient: a printed page and a colour-blind reader still tell them apart by the number. */
const band = (score: number): string => `h${Math.min(4, Math.max(0, Math.floor(score / 20)))}`;
const MARK = { ok: "", watch: "●", alert: "▲" } as const;

function cell(l: Locale, c: ClientRow, id: SignalId, s: SignalCell): string {
  if (s.score === null)
    return `<td class="nm" title="${esc(`${c.name} · ${signalName(l, id)}: ${ct(l, "notMeasured")}`)}">–</td>`;
  const tip = [
    `${c.name} · ${signalName(l, id)}: ${s.score}/100`,
    s.status ? statusLabel(l, s.status) : "",
    s.since ? ct(l, "since", { week: weekShortLabel(l, s.since) }) : "",
    s.percentile !== null ? ct(l, "percentile", { n: s.percentile }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const sub = [
    s.percentile !== null ? ct(l, "percentile", { n: s.percentile }) : "",
    s.since ? ct(l, "since", { week: weekShortLabel(l, s.since) }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const mark = s.status && s.status !== "ok" ? `<span class="mark">${MARK[s.status]}</span>` : "";
  const flag = s.status && s.status !== "ok" ? ` st-${s.status}` : "";
  return `<td class="hm ${band(s.score)}${flag}" title="${esc(tip)}">${s.score}${mark}${sub ? `<small>${esc(sub)}</small>` : ""}</td>`;
}

function legend(l: Locale): string {
  const bands = ["0–19", "20–39", "40–59", "60–79", "80–100"].map(
    (label, i) => `<span><span class="sw h${i}">${label}</span></span>`,
  );
  const flag = (st: "watch" | "alert") =>
    `<span><span class="sw lg-${st}">${MARK[st]}</span> ${esc(statusLabel(l, st))}</span>`;
  return `<div class="legend">${bands.join("")}${flag("watch")}${flag("alert")}</div>`;
}

export function heatmapSection(p: Portfolio): string {
  const l = p.locale;
  if (p.clients.length === 0) return "";
  const head = p.signals
    .map(
      (id) =>
        `<th scope="col" class="col" title="${esc(signalName(l, id))}">${esc(signalShortName(l, id))}</th>`,
    )
    .join("");
  const rows = p.clients
    .map(
      (c) =>
        `<tr><th scope="row">${esc(c.name)}</th>${p.signals.map((id) => cell(l, c, id, c.signals[id])).join("")}</tr>`,
    )
    .join("\n");
  return `<section class="heatmap-section"><h2>${esc(ct(l, "heatmap"))}</h2>
<p class="help">${esc(ct(l, "heatmapHelp"))}</p>
<div class="heat-wrap"><table class="heatmap"><thead><tr><th scope="col">${esc(ct(l, "client"))}</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>${legend(l)}</section>`;
}
