/**
 * The note-extraction half of `vigie eval`: each split of the labelled line corpus scored,
 * as a table of per-kind precision, recall and F1 with the macro-F1, and the owner and due
 * accuracy on action lines.
 */
import type { LineScores } from "../core/text/line-scores.js";
import { scoreLines } from "../core/text/line-scores.js";
import type { CorpusSplit } from "../sources/note-corpus.js";

export interface SplitResult {
  split: string;
  scores: LineScores;
}

export function scoreSplits(splits: readonly CorpusSplit[]): SplitResult[] {
  return splits.map((s) => ({ split: s.name, scores: scoreLines(s.lines) }));
}

const pct = (x: number) => (x * 100).toFixed(1);

export function renderLineTable(results: readonly SplitResult[], verbose: boolean): string {
  const out: string[] = [];
  for (const { split, scores } of results) {
    out.push(`note lines: ${split} (${scores.lines} lines)`);
    const rows = [["kind", "lines", "precision", "recall", "F1"]];
    for (const c of scores.classes)
      rows.push([c.kind, String(c.support), pct(c.precision), pct(c.recall), pct(c.f1)]);
    const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
    out.push(line(rows[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line));
    const { owner, due } = scores;
    out.push(
      `macro-F1 ${pct(scores.macroF1)} %; accuracy ${pct(scores.accuracy)} %; on ${owner.lines} action lines: owner right ${pct(owner.correct / Math.max(owner.lines, 1))} %, due date right ${pct(due.correct / Math.max(due.lines, 1))} %`,
      "",
    );
    if (verbose) {
      for (const { line: l, read } of scores.errors) {
        out.push(
          `  ${l.id}: ${JSON.stringify(l.text)} labelled ${l.kind} ${l.owner ?? "-"} ${l.due ?? "-"}, read ${read.kind} ${read.owner ?? "-"} ${read.due ?? "-"}`,
        );
      }
      out.push("");
    }
  }
  return out.join("\n");
}

/** The JSON form for `eval --json`: figures only, the misread lines by id. */
export function lineSummary(results: readonly SplitResult[]) {
  return results.map(({ split, scores }) => ({
    split,
    lines: scores.lines,
    macroF1: scores.macroF1,
    accuracy: scores.accuracy,
    classes: scores.classes,
    owner: scores.owner,
    due: scores.due,
    misread: scores.errors.map((e) => e.line.id),
  }));
}
