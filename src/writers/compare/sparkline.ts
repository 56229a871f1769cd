/**
 * A client's overall score over the comparison's weeks as a small inline SVG: a line on a
 * fixed 0–100 scale (so two clients' lines compare at a glance), gaps where no run analysed
 * the week, the last point marked. No text inside: the accessible name says the figures.
 */
import { escapeHtml as esc } from "../escape.js";

const W = 120;
const H = 32;
const PAD = 3;

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

export function sparkline(scores: readonly (number | null)[], label: string): string {
  const step = scores.length > 1 ? (W - 2 * PAD) / (scores.length - 1) : 0;
  const pts = scores.map((s, i) =>
    s === null
      ? null
      : { x: PAD + i * step, y: PAD + (H - 2 * PAD) * (1 - Math.min(100, Math.max(0, s)) / 100) },
  );
  const runs: string[] = [];
  let current: string[] = [];
  for (const p of pts) {
    if (p === null) {
      if (current.length) runs.push(current.join(" "));
      current = [];
    } else current.push(`${r1(p.x)},${r1(p.y)}`);
  }
  if (current.length) runs.push(current.join(" "));
  const last = pts.at(-1);
  const lines = runs.map((r) => `<polyline class="spark-line" points="${r}"/>`).join("");
  const dot = last ? `<circle class="spark-dot" cx="${r1(last.x)}" cy="${r1(last.y)}" r="2.6"/>` : "";
  const mid = `<line class="spark-mid" x1="${PAD}" x2="${W - PAD}" y1="${H / 2}" y2="${H / 2}"/>`;
  return `<svg class="spark" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(label)}">${mid}${lines}${dot}</svg>`;
}
