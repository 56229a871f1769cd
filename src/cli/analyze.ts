import { join, resolve } from "node:path";
import { extractNotesInParallel } from "../app/extract-pool.js";
import { Analysis } from "../core/analysis.js";
import { DETECTORS } from "../core/catalogue.js";
import { prepareSnapshot, weekHasData } from "../core/context.js";
import { BadInputError } from "../core/errors.js";
import { buildReport } from "../core/report-builder.js";
import { parseWeek, weekOf } from "../core/week.js";
import { readWorkspace } from "../sources/workspace-folder.js";
import { t } from "../writers/labels.js";
import { writeReport } from "../writers/write-report.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./io.js";
import { workspaceLocale } from "./phases.js";
import { Progress } from "./progress.js";
import { renderSummary } from "./summary.js";
import { VERSION } from "./version.js";

const OPTIONS = {
  workspace: { type: "string" },
  week: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
} as const;

/** `vigie analyze`: workspace folder → report.json / report.md / report.html for one week. */
export async function analyzeCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseOptions(argv, OPTIONS);
  if (!o.workspace) throw new BadInputError("command line", "--workspace", "expected a workspace folder");
  const progress = new Progress(io, !o.quiet && !o.json);
  const dir = resolve(io.cwd, o.workspace);
  const locale = await workspaceLocale(dir);
  const snapshot = await readWorkspace(dir, {
    onProgress: (done, total, what) => progress.update(t(locale, "phase.reading"), done, total, what),
  });
  await extractNotesInParallel(snapshot);
  const prepared = prepareSnapshot(snapshot);
  const zone = prepared.tenant.timezone;
  const week = o.week ? parseWeek(o.week, zone) : prepared.dataEnd ? weekOf(prepared.dataEnd, zone) : null;
  if (!week) {
    throw o.week
      ? new BadInputError("command line", "--week", `expected an ISO week like 2026-W47, got "${o.week}"`)
      : new BadInputError(join(dir, "google/calendar"), null, "no calendar event found: nothing to analyse");
  }
  if (!weekHasData(prepared, week)) {
    throw new BadInputError(
      "command line",
      "--week",
      `${week.id} is outside the calendar data (${dataRange(prepared)})`,
    );
  }
  const analysis = new Analysis(prepared, DETECTORS);
  const report = buildReport(analysis, week, {
    generatedBy: `vigie ${VERSION}`,
    onWeek: (done, total, w) => progress.update(t(locale, "phase.analysing"), done, total, w),
  });
  const out = resolve(io.cwd, o.out ?? join("out", report.tenant, report.week));
  progress.update(t(locale, "phase.writingReport"), 0, 1);
  const { files } = await writeReport(out, report);
  progress.done();
  if (o.json) {
    const watches = report.alerts.filter((a) => a.severity === "watch").length;
    const line = {
      week: report.week,
      score: report.score,
      status: report.status,
      insufficientHistory: report.insufficientHistory ?? false,
      alerts: report.alerts.length - watches,
      watches,
      files,
    };
    io.stdout(`${JSON.stringify(line)}\n`);
    return 0;
  }
  // --quiet is for scripts: the paths, one per line, nothing else.
  if (o.quiet) {
    io.stdout(files.map((f) => `${f}\n`).join(""));
    return 0;
  }
  io.stdout(renderSummary(report, { color: io.isTTY && !o["no-color"] && !io.env.NO_COLOR }));
  io.stdout(
    `\n${t(report.locale, "cli.written", { dir: `${out}/` })}\n${files.map((f) => `  ${f}`).join("\n")}\n`,
  );
  return 0;
}

function dataRange(p: ReturnType<typeof prepareSnapshot>): string {
  const zone = p.tenant.timezone;
  if (!p.dataStart || !p.dataEnd) return "no data";
  return `data covers ${weekOf(p.dataStart, zone).id} to ${weekOf(p.dataEnd, zone).id}`;
}
