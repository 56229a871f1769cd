/** The benchmark's printed tables: medians per size, phases, and the growth exponent. */
import type { RunFigures } from "./run-once.js";

export interface SizeRow {
  label: string;
  /** People (the x of the growth exponent). */
  size: number;
  mb: number;
  figures: RunFigures[];
}

export function medianOf(xs: readonly RunFigures[], pick: (f: RunFigures) => number): number {
  const s = xs.map(pick).sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const s = (ms: number) => (ms / 1000).toFixed(2);

export function sizeTable(rows: readonly SizeRow[]): string {
  return table(
    [
      "company",
      "people",
      "folder MB",
      "cal. entries",
      "events",
      "notes",
      "wall s",
      "user CPU s",
      "peak RSS MB",
      "events/s",
    ],
    rows.map((r) => {
      const f = r.figures[0] as RunFigures;
      const wall = medianOf(r.figures, (x) => x.wallMs);
      return [
        r.label,
        String(f.people),
        r.mb.toFixed(0),
        String(f.entries),
        String(f.events),
        String(f.notes),
        s(wall),
        s(medianOf(r.figures, (x) => x.userMs)),
        medianOf(r.figures, (x) => x.peakRssMb).toFixed(0),
        (f.entries / (wall / 1000)).toFixed(0),
      ];
    }),
  );
}

export function phaseTable(rows: readonly SizeRow[]): string {
  const names = [...new Set(rows.flatMap((r) => r.figures.flatMap((f) => Object.keys(f.phases))))];
  const order = (n: string) => (n.startsWith("measure ") || n.startsWith("evaluate ") ? 1 : 0);
  names.sort((a, b) => order(a) - order(b));
  return table(
    ["phase", ...rows.map((r) => r.label)],
    names.map((n) => [n, ...rows.map((r) => medianOf(r.figures, (f) => f.phases[n] ?? 0).toFixed(0))]),
  );
}

/** log(t2/t1) / log(n2/n1) between consecutive sizes, and from the first to the last. */
export function growth(rows: readonly SizeRow[]): string {
  const exp = (a: SizeRow, b: SizeRow, pick: (f: RunFigures) => number) =>
    Math.log(medianOf(b.figures, pick) / medianOf(a.figures, pick)) / Math.log(b.size / a.size);
  const pairs: [SizeRow, SizeRow][] = rows.slice(1).map((r, i) => [rows[i] as SizeRow, r]);
  if (rows.length > 2) pairs.push([rows[0] as SizeRow, rows.at(-1) as SizeRow]);
  const lines = pairs.map(
    ([a, b]) =>
      `${a.label} → ${b.label} people: user CPU ∝ n^${exp(a, b, (f) => f.userMs).toFixed(2)}, wall ∝ n^${exp(a, b, (f) => f.wallMs).toFixed(2)}, peak RSS ∝ n^${exp(a, b, (f) => f.peakRssMb).toFixed(2)}`,
  );
  return `growth exponents\n${lines.join("\n")}`;
}
