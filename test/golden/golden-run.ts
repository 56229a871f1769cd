/**
 * What the golden files hold: for the demo company and every labelled scenario, each analysed
 * week's result (overall score, every signal's id, scope, score, status, value and baseline,
 * every alert's signal, scope, severity and evidence ids), and the demo's last-week
 * `report.json`. Shared by the golden test and `npm run golden`.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { findScenarios } from "../../src/cli/eval.js";
import { Analysis } from "../../src/core/analysis.js";
import { DETECTORS } from "../../src/core/catalogue.js";
import { prepareSnapshot } from "../../src/core/context.js";
import type { Report } from "../../src/core/report.js";
import { buildReport } from "../../src/core/report-builder.js";
import { parseWeek, weekRange } from "../../src/core/week.js";
import { readExpected } from "../../src/sources/expected.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";
import { renderJson } from "../../src/writers/json.js";

export const FIXTURES = join(import.meta.dirname, "../../fixtures");
export const GOLDEN_DIR = join(import.meta.dirname, "data");
/** The demo's report is built with this in `generatedBy`, so a version bump changes no golden. */
export const GENERATED_BY = "vigie golden";
export const DEMO_REPORT_FILE = "demo-report.json";

export const weeksFile = (name: string) => `${name}.weeks.tsv`;

/** The demo company, then the labelled scenarios, by name. */
export async function goldenWorkspaces(): Promise<{ name: string; dir: string }[]> {
  const dirs = [join(FIXTURES, "demo"), ...(await findScenarios(join(FIXTURES, "scenarios")))];
  return dirs.map((dir) => ({ name: basename(dir), dir }));
}

/** Every week of the workspace's labelled range (`expected.json` weeks), as tab-separated lines. */
export async function weeksGolden(dir: string): Promise<string> {
  const expected = await readExpected(dir);
  if (!expected) throw new Error(`${dir}: no expected.json, so no analysed range`);
  const prepared = prepareSnapshot(await readWorkspace(dir));
  const zone = prepared.tenant.timezone;
  const [from, to] = expected.weeks.map((w) => parseWeek(w, zone));
  if (!from || !to) throw new Error(`${dir}/expected.json: weeks must be two ISO weeks`);
  const analysis = new Analysis(prepared, DETECTORS);
  const lines = [
    "# week score | signal scope score status value baseline | alert signal scope severity evidence-ids",
  ];
  for (const week of weekRange(from, to)) {
    lines.push(...weekLines(buildReport(analysis, week, { generatedBy: GENERATED_BY })));
  }
  return `${lines.join("\n")}\n`;
}

function weekLines(r: Report): string[] {
  const row = (...cells: (string | number | null)[]) => cells.map((c) => (c === null ? "-" : c)).join("\t");
  return [
    row("week", r.week, r.score),
    ...r.signals.map((s) => row("signal", s.id, s.scope, s.score, s.status, s.value, s.baseline)),
    ...r.alerts.map((a) =>
      row("alert", a.signal, a.scope, a.severity, a.evidence.map((e) => e.id).join(",") || "-"),
    ),
  ];
}

/** The demo's `report.json` for the last week of its range, as the JSON writer renders it. */
export async function demoReportGolden(): Promise<string> {
  const dir = join(FIXTURES, "demo");
  const expected = await readExpected(dir);
  const prepared = prepareSnapshot(await readWorkspace(dir));
  const week = parseWeek(expected?.weeks[1] ?? "", prepared.tenant.timezone);
  if (!week) throw new Error(`${dir}/expected.json: no last week`);
  return renderJson(buildReport(new Analysis(prepared, DETECTORS), week, { generatedBy: GENERATED_BY }));
}

export async function readGolden(file: string): Promise<string | null> {
  return readFile(join(GOLDEN_DIR, file), "utf8").catch(() => null);
}
