/**
 * Same answers: the analysis of the demo company and of every labelled scenario must give,
 * week by week, the figures recorded in test/golden/data (numbers within FLOAT_TOLERANCE).
 * A change of detector behaviour made on purpose regenerates them with
 * `npm run golden -- --update`, and its commit says why.
 */
import { describe, expect, it } from "vitest";
import { diffJson, diffLines } from "./compare.js";
import {
  DEMO_REPORT_FILE,
  demoReportGolden,
  goldenWorkspaces,
  readGolden,
  weeksFile,
  weeksGolden,
} from "./golden-run.js";

const HINT = "if the change is intended: npm run golden -- --update, and say why in the commit";
// Generous: the verdict is about figures, never about how fast a busy machine computes them.
const TIMEOUT = 300_000;

describe("golden analyses", async () => {
  const workspaces = await goldenWorkspaces();

  it("cover the demo and every labelled scenario", async () => {
    expect(workspaces.map((w) => w.name)).toContain("demo");
    expect(workspaces.length).toBeGreaterThan(10);
    for (const w of workspaces) expect(await readGolden(weeksFile(w.name)), w.name).not.toBeNull();
  });

  it.each(workspaces)(
    "$name: every analysed week as recorded",
    async ({ name, dir }) => {
      const golden = await readGolden(weeksFile(name));
      const diffs = diffLines(golden ?? "", await weeksGolden(dir));
      expect(diffs, `${name}: ${HINT}`).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "demo: the last week's report.json as recorded, field by field",
    async () => {
      const golden = await readGolden(DEMO_REPORT_FILE);
      const diffs = diffJson(JSON.parse(golden ?? "null"), JSON.parse(await demoReportGolden()));
      expect(diffs, HINT).toEqual([]);
    },
    TIMEOUT,
  );
});
