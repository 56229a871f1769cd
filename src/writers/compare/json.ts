import type { Portfolio } from "../../app/compare-model.js";

/** compare.json: the portfolio object itself (src/app/compare-model.ts documents each field). */
export function renderCompareJson(p: Portfolio): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}
