/** "What changed this week" and the teams shared by clients who allow it, in compare.html. */
import type { AlertChange, ClientRow, Portfolio } from "../../app/compare-model.js";
import type { Locale } from "../../core/model.js";
import type { SignalId } from "../../core/signals/types.js";
import { escapeHtml as esc } from "../escape.js";
import { signalName } from "../labels.js";
import { badge } from "./html-clients.js";
import { ct } from "./labels.js";

function changeItem(l: Locale, a: AlertChange): string {
  const team = a.team ? ` · ${esc(ct(l, "team"))} ${esc(a.team)}` : "";
  return `<li>${esc(signalName(l, a.signal))}${team} ${badge(l, a.severity)}</li>`;
}

function changeCard(l: Locale, c: ClientRow): string {
  const part = (key: "newAlerts" | "resolvedAlerts", items: readonly AlertChange[]) =>
    items.length
      ? `<div><strong>${esc(ct(l, key))}</strong><ul>${items.map((a) => changeItem(l, a)).join("")}</ul></div>`
      : "";
  return `<div class="change-card"><h3>${esc(c.name)}</h3>${part("newAlerts", c.newAlerts)}${part("resolvedAlerts", c.resolvedAlerts)}</div>`;
}

export function changesSection(p: Portfolio): string {
  const l = p.locale;
  if (p.clients.length === 0) return "";
  const changed = p.clients.filter((c) => c.newAlerts.length || c.resolvedAlerts.length);
  const body = changed.length
    ? `<div class="changes">${changed.map((c) => changeCard(l, c)).join("\n")}</div>`
    : `<p class="muted">${esc(ct(l, "noChanges"))}</p>`;
  return `<section class="changes-section"><h2>${esc(ct(l, "changes"))}</h2>${body}</section>`;
}

function teamsCard(l: Locale, c: ClientRow): string {
  const items = (c.teams ?? [])
    .map((t) => {
      const flags = Object.entries(t.flags).map(
        ([id, sev]) => `${signalName(l, id as SignalId)} ${badge(l, sev)}`,
      );
      const figures = `${ct(l, "people", { n: t.size })} · ${ct(l, "score")} ${t.score ?? "—"}`;
      return `<li><strong>${esc(t.name)}</strong> <span class="muted">${esc(figures)}</span>${flags.length ? `<div>${flags.join(" ")}</div>` : ""}</li>`;
    })
    .join("");
  return `<div class="change-card"><h3>${esc(c.name)}</h3><ul class="teams">${items}</ul></div>`;
}

export function teamsSection(p: Portfolio): string {
  const l = p.locale;
  if (p.clients.length === 0) return "";
  const sharing = p.clients.filter((c) => c.teams !== null && c.teams.length > 0);
  const body = sharing.length
    ? `<p class="help">${esc(ct(l, "teamsHelp"))}</p><div class="teams-list">${sharing.map((c) => teamsCard(l, c)).join("\n")}</div>`
    : `<p class="muted">${esc(ct(l, "noTeams"))}</p>`;
  return `<section class="teams-section"><h2>${esc(ct(l, "teams"))}</h2>${body}</section>`;
}
