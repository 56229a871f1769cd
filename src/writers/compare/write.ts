import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Portfolio } from "../../app/compare-model.js";
import { writeFileAtomic } from "../write-report.js";
import { renderCompareCsv } from "./csv.js";
import { renderCompareHtml } from "./html.js";
import { renderCompareJson } from "./json.js";

/**
 * Writes compare.html, compare.csv and compare.json into `outDir`. All three are rendered
 * before the first write, and each replaces its predecessor atomically.
 */
export async function writeComparison(outDir: string, p: Portfolio): Promise<{ files: string[] }> {
  const outputs: [string, string][] = [
    ["compare.html", renderCompareHtml(p)],
    ["compare.csv", renderCompareCsv(p)],
    ["compare.json", renderCompareJson(p)],
  ];
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, content] of outputs) {
    const path = join(outDir, name);
    await writeFileAtomic(path, content);
    files.push(path);
  }
  return { files };
}
