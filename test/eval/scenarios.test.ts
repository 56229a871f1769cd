import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario, findScenarios, type ScenarioResult } from "../../src/cli/eval.js";
import { totals } from "../../src/core/eval.js";
import { SIGNAL_IDS } from "../../src/core/signals/types.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
const SCENARIOS = join(FIXTURES, "scenarios");

/**
 * The product's quality bars on the labelled scenarios (issue "core engine"): recall of the
 * planted signals ≥ 0.9, and no `alert` at all in a healthy company.
 */
describe("labelled scenarios", () => {
  let results: ScenarioResult[];

  beforeAll(async () => {
    results = [];
    // The labelled scenarios, and the demo company (also labelled).
    const dirs = [...(await findScenarios(SCENARIOS)), ...(await findScenarios(FIXTURES))];
    for (const dir of dirs) results.push(await evaluateScenario(dir));
  }, 300_000);

  it("include the demo and cover every signal and healthy companies in both languages", () => {
    expect(results.map((r) => r.name)).toContain("demo");
    const planted = new Set(results.flatMap((r) => r.expected.signals.map((l) => l.signal)));
    expect([...planted].sort()).toEqual([...SIGNAL_IDS].sort());
    const healthy = results.filter((r) => r.expected.signals.length === 0);
    expect(new Set(healthy.map((r) => r.locale))).toEqual(new Set(["fr", "en"]));
  });

  it("detect at least 90 % of the planted signals within two weeks", () => {
    const t = totals(results);
    const missed = results.flatMap((r) => r.score.misses.map((m) => `${r.name}: ${m.signal} ${m.scope}`));
    expect(t.recall, `missed: ${missed.join("; ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("raise no alert in a healthy company", () => {
    for (const r of results.filter((x) => x.expected.signals.length === 0)) {
      const alerts = r.score.falseAlarms.map((f) => `${f.week} ${f.signal} ${f.scope}`);
      expect(alerts, r.name).toEqual([]);
    }
  });
});
