import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { Analysis } from "../core/analysis.js";
import { DETECTORS } from "../core/catalogue.js";
import { prepareSnapshot } from "../core/context.js";
import { BadInputError } from "../core/errors.js";
import {
  type EvalTotals,
  type Expected,
  type RaisedAlert,
  type ScenarioScore,
  scoreScenario,
  totals,
} from "../core/eval.js";
import { parseWeek, weekRange } from "../core/week.js";
import { readExpected } from "../sources/expected.js";
import { readNoteCorpus } from "../sources/note-corpus.js";
import { readWorkspace } from "../sources/workspace-folder.js";
import { parseOptions } from "./args.js";
import { lineSummary, renderLineTable, scoreSplits } from "./eval-lines.js";
import type { CliIo } from "./io.js";
import { Progress } from "./progress.js";

export interface ScenarioResult {
  name: string;
  locale: string;
  people: number;
  expected: Expected;
  raised: RaisedAlert[];
  score: ScenarioScore;
  ms: number;
}

/** Sub-folders of `root` that hold an `expected.json`, sorted by name. */
export async function findScenarios(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => {
    throw new BadInputError(root, null, "expected a folder of labelled scenarios");
  });
  const dirs: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (await readExpected(join(root, e.name))) dirs.push(join(root, e.name));
  }
  return dirs;
}

/** Analyses every week of a scenario's range and scores the alerts against its labels. */
export async function evaluateScenario(dir: string): Promise<ScenarioResult> {
  const t0 = performance.now();
  const expected = await readExpected(dir);
  if (!expected) throw new BadInputError(join(dir, "expected.json"), null, "missing");
  const prepared = prepareSnapshot(await readWorkspace(dir));
  const zone = prepared.tenant.timezone;
  const [from, to] = expected.weeks.map((w) => parseWeek(w, zone));
  if (!from || !to) throw new BadInputError(join(dir, "expected.json"), "weeks", "expected two ISO weeks");
  const analysis = new Analysis(prepared, DETECTORS);
  const raised: RaisedAlert[] = [];
  for (const week of weekRange(from, to)) {
    for (const f of analysis.findings(week)) {
      if (f.status !== "ok")
        raised.push({ week: week.id, signal: f.signal, scope: f.scope, severity: f.status });
    }
  }
  return {
    name: basename(dir),
    locale: prepared.tenant.locale,
    people: [...prepared.people.values()].filter((x) => !x.suspended).length,
    expected,
    raised,
    score: scoreScenario(expected, raised),
    ms: performance.now() - t0,
  };
}

const OPTIONS = {
  scenarios: { type: "string" },
  corpus: { type: "string" },
  only: { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
} as const;

/** `vigie eval`: the labelled-scenario table and totals, then the note-line extraction figures. */
export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseOptions(argv, OPTIONS);
  const root = resolve(io.cwd, o.scenarios ?? "fixtures/scenarios");
  let dirs = await findScenarios(root);
  if (o.only) dirs = dirs.filter((d) => basename(d) === o.only);
  if (dirs.length === 0) throw new BadInputError(root, null, "no scenario folder with an expected.json");
  const progress = new Progress(io, !o.json);
  const results: ScenarioResult[] = [];
  for (const [i, d] of dirs.entries()) {
    progress.update(`scenario ${basename(d)}`, i, dirs.length);
    results.push(await evaluateScenario(d));
  }
  progress.done();
  const t = totals(results);
  // A folder without a corpus prints no extraction figures (the scenario table stands alone).
  const lines = scoreSplits(await readNoteCorpus(resolve(io.cwd, o.corpus ?? "fixtures/notes")));
  if (o.json) {
    io.stdout(
      `${JSON.stringify({ scenarios: results.map(summaryOf), totals: t, noteLines: lineSummary(lines) })}\n`,
    );
  } else {
    io.stdout(renderTable(results, t, Boolean(o.verbose)));
    if (lines.length > 0) io.stdout(`\n${renderLineTable(lines, Boolean(o.verbose))}`);
  }
  return 0;
}

function summaryOf(r: ScenarioResult) {
  return {
    name: r.name,
    labels: r.score.labels,
    hits: r.score.hits,
    misses: r.score.misses,
    falseAlarms: r.score.falseAlarms,
    delays: r.score.delays,
  };
}

export function renderTable(results: readonly ScenarioResult[], t: EvalTotals, verbose: boolean): string {
  const head = [
    "scenario",
    "lang",
    "people",
    "labels",
    "hits",
    "misses",
    "false alarms",
    "delay (wk)",
    "time",
  ];
  const rows = results.map((r) => [
    r.name,
    r.locale,
    String(r.people),
    String(r.score.labels),
    String(r.score.hits),
    String(r.score.misses.length),
    String(r.score.falseAlarms.length),
    r.score.delays.length ? r.score.delays.join(",") : "-",
    `${(r.ms / 1000).toFixed(1)}s`,
  ]);
  rows.push([
    "TOTAL",
    "",
    "",
    String(t.labels),
    String(t.hits),
    String(t.labels - t.hits),
    String(t.falseAlarms),
    t.meanDelay === null ? "-" : `mean ${t.meanDelay.toFixed(2)}`,
    "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const out = [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  out.push(
    "",
    `recall ${(t.recall * 100).toFixed(1)} % (${t.hits}/${t.labels}); false alarms ${t.falseAlarms}; alerts in healthy scenarios ${t.healthyAlerts}`,
    `precision ${(t.precision * 100).toFixed(1)} %; watches per healthy company-week ${t.healthyWatchesPerWeek === null ? "-" : t.healthyWatchesPerWeek.toFixed(2)}`,
  );
  if (verbose) {
    for (const r of results) {
      for (const m of r.score.misses) out.push(`  miss  ${r.name}: ${m.signal} ${m.scope} from ${m.from}`);
      for (const f of r.score.falseAlarms) out.push(`  false ${r.name}: ${f.week} ${f.signal} ${f.scope}`);
      if (r.expected.signals.length > 0) continue;
      for (const w of r.raised.filter((a) => a.severity === "watch"))
        out.push(`  watch ${r.name}: ${w.week} ${w.signal} ${w.scope}`);
    }
  }
  return `${out.join("\n")}\n`;
}
