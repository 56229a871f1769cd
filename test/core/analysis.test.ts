import { describe, expect, it } from "vitest";
import { Analysis } from "../../src/core/analysis.js";
import { prepareSnapshot } from "../../src/core/context.js";
import type { Detector, Finding } from "../../src/core/signals/types.js";
import { at, meeting, snapshot, team, week, weeksBefore } from "../helpers/snapshot.js";

const W = "2026-W47";
const people = team("Ventes", 5);

/** A detector that alerts in the weeks listed, so the persistence rule can be seen alone. */
function alertingIn(weeks: string[]): Detector {
  return {
    id: "meeting_inflation",
    defaults: {},
    measure: () => [
      { signal: "meeting_inflation", scope: "org", value: 1, unit: "x", figures: {}, evidence: [] },
    ],
    evaluate: ({ current, ctx }): Finding => ({
      signal: "meeting_inflation",
      scope: current.scope,
      status: weeks.includes(ctx.week.id) ? "alert" : "ok",
      score: weeks.includes(ctx.week.id) ? 10 : 100,
      value: 1,
      baseline: 1,
      unit: "x",
      insufficientHistory: false,
      summary: "",
      action: "",
      evidence: [],
      details: {},
    }),
  };
}

function analysisWith(detector: Detector) {
  const all = [...weeksBefore(W, 4), W];
  const snap = snapshot({
    people,
    meetings: all.map((w) => meeting({ start: at(w, 2), attendees: ["ventes1@acme.fr", "ventes2@acme.fr"] })),
  });
  return new Analysis(prepareSnapshot(snap), [detector]);
}

describe("alerts must persist", () => {
  it("shows a first alert week as a watch, with a watch-band score", () => {
    const d = alertingIn([W]);
    const [f] = analysisWith(d).runDetector(d, week(W));
    expect(f?.status).toBe("watch");
    // Rescaled into the watch band (41–70), low in it: a strong change seen for the first time.
    expect(f?.score).toBeGreaterThanOrEqual(41);
    expect(f?.score).toBeLessThan(56);
  });

  it("keeps the alert when the week before was flagged too", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const d = alertingIn([prev, W]);
    expect(analysisWith(d).runDetector(d, week(W))[0]?.status).toBe("alert");
  });

  it("can be switched off to see a detector's own judgement", () => {
    const d = alertingIn([W]);
    const a = new Analysis(analysisWith(d).prepared, [d], { alertsMustPersist: false });
    expect(a.runDetector(d, week(W))[0]?.status).toBe("alert");
  });
});
