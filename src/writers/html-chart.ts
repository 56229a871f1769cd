import type { Locale } from "../core/model.js";
import type { TrendPoint } from "../core/report.js";
import { escapeHtml as esc } from "./escape.js";
import { colon, weekShortLabel } from "./labels.js";

/** Drawing box of the trend chart, in SVG user units (it scales to its container). */
const W = 560;
const H = 190;
const PAD = { left: 34, right: 22, top: 22, bottom: 28 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
/** Beyond this many weeks, every other axis label is dropped so they do not overlap. */
const MAX_X_LABELS = 13;

const r1 = (n: number): string => String(Math.round(n * 10) / 10);
const clamp = (n: number): number => Math.min(100, Math.max(0, n));

interface Placed {
  x: number;
  y: number | null;
  point: TrendPoint;
}

function place(trend: readonly TrendPoint[]): Placed[] {
  const step = trend.length > 1 ? PLOT_W / (trend.length - 1) : 0;
  return trend.map((point, i) => ({
    x: PAD.left + (trend.length > 1 ? i * step : PLOT_W / 2),
    y: point.score === null ? null : PAD.top + PLOT_H * (1 - clamp(point.score) / 100),
    point,
  }));
}

/** Runs of consecutive known weeks: a missing week breaks the line instead of being invented. */
function segments(placed: readonly Placed[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const p of placed) {
    if (p.y === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push({ x: p.x, y: p.y });
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function gridAndAxes(locale: Locale, placed: readonly Placed[]): string {
  const grid = [0, 25, 50, 75, 100].map((v) => {
    const y = r1(PAD.top + PLOT_H * (1 - v / 100));
    return (
      `<line class="grid-line" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>` +
      `<text class="axis" x="${PAD.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${v}</text>`
    );
  });
  const every = placed.length > MAX_X_LABELS ? 2 : 1;
  const labels = placed
    .filter((_, i) => (placed.length - 1 - i) % every === 0)
    .map(
      (p) =>
        `<text class="axis" x="${r1(p.x)}" y="${H - 8}" text-anchor="middle">${esc(weekShortLabel(locale, p.point.week))}</text>`,
    );
  return grid.join("") + labels.join("");
}

function lines(placed: readonly Placed[]): string {
  const baseY = r1(PAD.top + PLOT_H);
  return segments(placed)
    .map((run) => {
      const pts = run.map((p) => `${r1(p.x)},${r1(p.y)}`).join(" ");
      const first = run[0];
      const last = run.at(-1);
      const area =
        first && last && run.length > 1
          ? `<polygon class="trend-area" points="${r1(first.x)},${baseY} ${pts} ${r1(last.x)},${baseY}"/>`
          : "";
      return `${area}<polyline class="trend-line" points="${pts}"/>`;
    })
    .join("");
}

function dots(locale: Locale, placed: readonly Placed[]): string {
  const lastIndex = placed.length - 1;
  return placed
    .map((p, i) => {
      if (p.y === null || p.point.score === null) return "";
      const tip = `<title>${esc(p.point.week)}${colon(locale)} ${Math.round(p.point.score)}/100</title>`;
      if (i !== lastIndex)
        return `<circle class="trend-dot" cx="${r1(p.x)}" cy="${r1(p.y)}" r="3.5">${tip}</circle>`;
      const labelY = p.y < PAD.top + 16 ? p.y + 20 : p.y - 10;
      return (
        `<circle class="trend-last" cx="${r1(p.x)}" cy="${r1(p.y)}" r="5.5">${tip}</circle>` +
        `<text class="trend-value" x="${r1(p.x)}" y="${r1(labelY)}" text-anchor="middle">${Math.round(p.point.score)}</text>`
      );
    })
    .join("");
}

/** Text equivalent of the chart, for screen readers: "S44 : 62, S45 : –, S46 : 68". */
function description(locale: Locale, trend: readonly TrendPoint[]): string {
  return trend
    .map(
      (p) =>
        `${weekShortLabel(locale, p.week)}${colon(locale)} ${p.score === null ? "–" : Math.round(p.score)}`,
    )
    .join(", ");
}

/**
 * The overall score of recent weeks as an inline SVG line chart: axis 0–100, one label per
 * week, missing weeks left as gaps. `title` names the chart for assistive technologies.
 */
export function trendChart(locale: Locale, trend: readonly TrendPoint[], title: string): string {
  const placed = place(trend);
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="trend-title trend-desc" preserveAspectRatio="xMidYMid meet">` +
    `<title id="trend-title">${esc(title)}</title><desc id="trend-desc">${esc(description(locale, trend))}</desc>` +
    gridAndAxes(locale, placed) +
    lines(placed) +
    dots(locale, placed) +
    "</svg>"
  );
}
