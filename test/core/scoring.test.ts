/**
 * The overall score and status never contradict the organisation's own alerts: nine healthy
 * signals must not average a red card away.
 */
import { describe, expect, it } from "vitest";
import { meanScore, overallScore, overallStatus } from "../../src/core/scoring.js";
import { type Finding, SIGNAL_IDS, type Status } from "../../src/core/signals/types.js";

function finding(
  i: number,
  status: Status,
  score: number,
  scope = "org",
  insufficientHistory = false,
): Finding {
  return {
    signal: SIGNAL_IDS[i] ?? "silo",
    scope,
    status,
    score,
    value: 1,
    baseline: 1,
    unit: "",
    insufficientHistory,
    summary: "",
    action: "",
    evidence: [],
    details: {},
  };
}

/** Ten signals at 95 for the organisation, the first `alerts` of them in alert at 20. */
function week(alerts: number, scope = "org", insufficientHistory = false): Finding[] {
  return SIGNAL_IDS.map((_, i) =>
    i < alerts ? finding(i, "alert", 20, scope, insufficientHistory) : finding(i, "ok", 95),
  );
}

describe("overall score", () => {
  it("is the mean of the signals when the organisation has no alert", () => {
    expect(overallScore(week(0))).toBe(95);
    expect(overallStatus(overallScore(week(0)))).toBe("ok");
  });

  it("reads at most 'watch' beside one organisation-wide alert, whatever the mean", () => {
    const fs = week(1);
    expect(meanScore(fs)).toBe(88);
    expect(overallScore(fs)).toBe(70);
    expect(overallStatus(overallScore(fs))).toBe("watch");
  });

  it("reads 'alert' beside three organisation-wide alerts", () => {
    const fs = week(3);
    expect(meanScore(fs)).toBe(73);
    expect(overallScore(fs)).toBe(40);
    expect(overallStatus(overallScore(fs))).toBe("alert");
  });

  it("counts a ritual's alert as the organisation's, but not a team's", () => {
    expect(overallScore(week(1, "ritual:codir"))).toBe(70);
    const teamAlert = [...week(0), finding(0, "alert", 20, "team:Ventes")];
    expect(overallStatus(overallScore(teamAlert))).toBe("ok");
  });

  it("keeps a lower mean as it is: the cap only ever lowers the score", () => {
    const fs = SIGNAL_IDS.map((_, i) => (i === 0 ? finding(i, "alert", 10) : finding(i, "watch", 50)));
    expect(overallScore(fs)).toBe(meanScore(fs));
  });

  it("ignores signals without enough history", () => {
    expect(overallScore(week(1, "org", true))).toBe(95);
  });
});
