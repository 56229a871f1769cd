import type { Locale } from "../core/model.js";
import type { TrendPoint } from "../core/report.js";
import { statusOfScore } from "../core/scoring.js";
import { escapeHtml as esc } from "./escape.js";
import { colon, t, weekShortLabel } from "./labels.js";

/** Height of a bar at 100: the list is this plus room for the value above and the week below. */
const BAR_MAX_PX = 100;

/**
 * The overall score of recent weeks as HTML bars, one per week with its label and value: text
 * stays real text at the page's size on any screen (an SVG scaled to a phone made its labels
 * 6 px), and each bar takes the colour of its score's status, as everywhere on the page.
 */
export function trendChart(locale: Locale, trend: readonly TrendPoint[]): string {
  const bars = trend.map((p) => {
    const label = esc(weekShortLabel(locale, p.week));
    if (p.score === null) {
      return `<li class="bar none"><span class="v">–</span><span class="b" style="height:0"></span><span class="w">${label}</span></li>`;
    }
    const score = Math.round(p.score);
    // In pixels of the plot (BAR_MAX_PX), so the value and week label above and below always fit.
    const height = Math.round((Math.max(4, Math.min(100, score)) / 100) * BAR_MAX_PX);
    return `<li class="bar ${statusOfScore(score)}"><span class="v">${score}</span><span class="b" style="height:${height}px"></span><span class="w">${label}</span></li>`;
  });
  const desc = trend
    .map(
      (p) =>
        `${weekShortLabel(locale, p.week)}${colon(locale)} ${p.score === null ? "–" : Math.round(p.score)}`,
    )
    .join(", ");
  return `<ol class="trend" aria-label="${esc(`${t(locale, "trendLabel")} — ${desc}`)}">${bars.join("")}</ol>`;
}
