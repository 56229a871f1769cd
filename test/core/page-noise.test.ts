import { describe, expect, it } from "vitest";
import { admitStrongestNewWatch, holdMildWatch, onePerCause } from "../../src/core/page-noise.js";
import type { Evidence, Finding, Status } from "../../src/core/signals/types.js";

const ev = (...ids: string[]): Evidence[] => ids.map((id) => ({ kind: "event", id, title: id, url: null }));

function finding(scope: string, status: Status, evidence: Evidence[] = [], signal = "silo"): Finding {
  return {
    signal: signal as Finding["signal"],
    scope,
    status,
    score: status === "alert" ? 30 : status === "watch" ? 60 : 100,
    value: 1,
    baseline: 0,
    unit: "h",
    insufficientHistory: false,
    summary: "",
    action: "",
    evidence,
    details: {},
  };
}

describe("a watch must come back", () => {
  const watch = finding("team:Ventes", "watch");

  it("keeps a lone watch off the page", () => {
    expect(holdMildWatch(watch, watch, []).status).toBe("ok");
    expect(holdMildWatch(watch, watch, [finding("team:Tech", "watch")]).status).toBe("ok");
  });

  it("shows it when the same scope was flagged in the two weeks before", () => {
    expect(holdMildWatch(watch, watch, [finding("team:Ventes", "watch")]).status).toBe("watch");
    expect(holdMildWatch(watch, watch, [finding("team:Ventes", "alert")]).status).toBe("watch");
  });

  it("shows the first week of an alert at once, as a watch", () => {
    const raw = finding("team:Ventes", "alert");
    expect(holdMildWatch(raw, watch, []).status).toBe("watch");
  });

  it("leaves alerts and ok findings alone", () => {
    const alert = finding("org", "alert");
    expect(holdMildWatch(alert, alert, [])).toBe(alert);
  });
});

describe("one finding per root cause", () => {
  it("shows at the team a cause whose evidence is one team's, with the worse status", () => {
    const out = onePerCause([
      finding("org", "alert", ev("a", "b", "c")),
      finding("team:Ventes", "watch", ev("a", "b", "c", "d")),
      finding("team:Tech", "ok"),
    ]);
    expect(out.map((f) => [f.scope, f.status])).toEqual([
      ["org", "ok"],
      ["team:Ventes", "alert"],
      ["team:Tech", "ok"],
    ]);
    expect(out[1]?.score).toBeLessThanOrEqual(40);
  });

  it("keeps every finding of a cause spread over teams: each team's says where", () => {
    const out = onePerCause([
      finding("org", "watch", ev("a", "b", "c", "d")),
      finding("team:Ventes", "watch", ev("a")),
      finding("team:Tech", "watch", ev("b")),
    ]);
    expect(out.map((f) => f.status)).toEqual(["watch", "watch", "watch"]);
  });

  it("keeps findings of different causes or different signals", () => {
    const fs = [
      finding("org", "watch", ev("a", "b")),
      finding("team:Ventes", "watch", ev("x", "y")),
      finding("team:Tech", "watch", ev("a", "b"), "meeting_inflation"),
    ];
    expect(onePerCause(fs).map((f) => f.status)).toEqual(["watch", "watch", "watch"]);
  });
});

describe("the week's strongest new watch", () => {
  it("is shown, and only that one", () => {
    const loud = [finding("org", "watch"), finding("team:Ventes", "watch"), finding("team:Tech", "watch")];
    loud[1] = { ...(loud[1] as Finding), score: 45 };
    const held = loud.map((f) => ({ ...f, status: "ok" as Status, score: 80 }));
    const out = admitStrongestNewWatch(loud, held);
    expect(out.map((f) => f.status)).toEqual(["ok", "watch", "ok"]);
    expect(out[1]?.score).toBe(45);
  });

  it("leaves the page alone when no watch was held back", () => {
    const loud = [finding("org", "watch")];
    expect(admitStrongestNewWatch(loud, loud)).toEqual(loud);
  });
});
