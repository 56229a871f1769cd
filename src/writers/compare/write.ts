import type { Portfolio } from "../../app/compare-model.js";
import { writeFilesAtomic } from "../write-report.js";
import { renderCompareCsv } from "./csv.js";
import { renderCompareHtml } from "./html.js";
import { renderCompareJson } from "./json.js";

/**
 * Writes compare.html, compare.csv and compare.json into `outDir`. All three are rendered
 * before the first write, and each replaces its predecessor atomically.
 */
export async function writeComparison(outDir: string, p: Portfolio): Promise<{ files: string[] }> {
  return writeFilesAtomic(outDir, [
    ["compare.html", renderCompareHtml(p)],
    ["compare.csv", renderCompareCsv(p)],
    ["compare.json", renderCompareJson(p)],
  ]);
}
