import type { Report } from "../core/report.js";

/**
 * Contract order of `report.json`'s top-level keys. Fixing it keeps diffs between weeks
 * readable whichever code built the object; keys added later follow, in their own order.
 */
const KEY_ORDER: readonly (keyof Report)[] = [
  "tenant",
  "tenantName",
  "week",
  "period",
  "locale",
  "timezone",
  "score",
  "status",
  "insufficientHistory",
  "baselineWeeks",
  "trend",
  "signals",
  "alerts",
  "teams",
  "rituals",
  "warnings",
  "stats",
  "generatedBy",
];

export function renderJson(report: Report): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in report) ordered[key] = report[key];
  for (const [key, value] of Object.entries(report)) if (!(key in ordered)) ordered[key] = value;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
