import { describe, expect, it } from "vitest";
import { type Expected, type RaisedAlert, scoreScenario, totals } from "../../src/core/eval.js";

const expected: Expected = {
  weeks: ["2026-W36", "2026-W47"],
  signals: [{ signal: "ceo_escalation", scope: "org", from: "2026-W44", to: "2026-W47" }],
};

const alert = (week: string, over: Partial<RaisedAlert> = {}): RaisedAlert => ({
  week,
  signal: "ceo_escalation",
  scope: "org",
  severity: "alert",
  ...over,
});

describe("scoring a labelled scenario (SPEC)", () => {
  it("hits a label with a watch up to two weeks after its start, with the delay", () => {
    const s = scoreScenario(expected, [alert("2026-W46", { severity: "watch" })]);
    expect(s.hits).toBe(1);
    expect(s.delays).toEqual([2]);
  });

  it("misses a label first seen three weeks late, or before it starts, or at another scope", () => {
    expect(scoreScenario(expected, [alert("2026-W47")]).hits).toBe(0);
    expect(scoreScenario(expected, [alert("2026-W43", { severity: "watch" })]).hits).toBe(0);
    expect(scoreScenario(expected, [alert("2026-W44", { scope: "team:Ventes" })]).hits).toBe(0);
  });

  it("counts an alert outside every label as a false alarm, but not a watch", () => {
    const s = scoreScenario(expected, [
      alert("2026-W40"),
      alert("2026-W41", { severity: "watch" }),
      alert("2026-W45", { signal: "silo" }),
    ]);
    expect(s.falseAlarms.map((f) => `${f.week} ${f.signal}`)).toEqual([
      "2026-W40 ceo_escalation",
      "2026-W45 silo",
    ]);
  });

  it("lets a team alert be covered by an org label and an org alert by a team label", () => {
    const teamLabel: Expected = {
      weeks: expected.weeks,
      signals: [{ signal: "silo", scope: "team:Ventes", from: "2026-W44", to: "2026-W47" }],
    };
    expect(scoreScenario(teamLabel, [alert("2026-W45", { signal: "silo" })]).falseAlarms).toHaveLength(0);
    expect(scoreScenario(expected, [alert("2026-W45", { scope: "team:Ventes" })]).falseAlarms).toHaveLength(
      0,
    );
    const otherTeam = scoreScenario(teamLabel, [alert("2026-W45", { signal: "silo", scope: "team:Achats" })]);
    expect(otherTeam.falseAlarms).toHaveLength(1);
  });

  it("totals recall and the alerts of healthy scenarios", () => {
    const healthy: Expected = { weeks: expected.weeks, signals: [] };
    const t = totals([
      { expected, score: scoreScenario(expected, [alert("2026-W44")]) },
      {
        expected: healthy,
        score: scoreScenario(healthy, [alert("2026-W40"), alert("2026-W41", { severity: "watch" })]),
      },
    ]);
    expect(t.recall).toBe(1);
    expect(t.healthyAlerts).toBe(1);
    expect(t.meanDelay).toBe(0);
  });
});
