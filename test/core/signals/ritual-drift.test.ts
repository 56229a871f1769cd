import { describe, expect, it } from "vitest";
import { ritualDrift, ritualWeekFigures } from "../../../src/core/signals/ritual-drift.js";
import type { Finding } from "../../../src/core/signals/types.js";
import { at, contextWithKinds, findingsFor, snapshot, tenant, weeksBefore } from "../../helpers/snapshot.js";
import { company, PEOPLE, TECH } from "./company.js";

const W = "2026-W20";
const weeks = [...weeksBefore(W, 8), W];
const scope = (fs: Finding[], s: string) => fs.find((f) => f.scope === s);

describe("ritual_drift: the report's ritual figures", () => {
  const snap = snapshot({
    people: PEOPLE,
    ...company(weeks, (w) => (w === W ? { codirAgenda: false } : {})),
  });

  it("counts a monthly review in the week it happens and expects none in the others", () => {
    // W20 is a multiple of 4: the monthly review happens; W19 has none.
    const inWeek = ritualWeekFigures(contextWithKinds(snap, W));
    expect(inWeek["ritual:revue:expected"]).toBe(1);
    expect(inWeek["ritual:revue:held"]).toBe(1);
    expect(inWeek["ritual:revue:withNotes"]).toBe(1);
    expect(inWeek["ritual:revue:withDecisions"]).toBe(1);
    const before = ritualWeekFigures(contextWithKinds(snap, "2026-W19"));
    expect(before["ritual:revue:expected"]).toBe(0);
    expect(before["ritual:revue:held"]).toBe(0);
  });

  it("counts a biweekly retrospective every other week, and daily stand-ups per working day", () => {
    const even = ritualWeekFigures(contextWithKinds(snap, W));
    const odd = ritualWeekFigures(contextWithKinds(snap, "2026-W19"));
    expect([even["ritual:retro:held"], odd["ritual:retro:held"]]).toEqual([1, 0]);
    expect(even["ritual:standup:expected"]).toBe(5);
    expect(even["ritual:standup:held"]).toBe(5);
    expect(even["ritual:codir:withoutAgenda"]).toBe(1);
    expect(odd["ritual:codir:withoutAgenda"]).toBe(0);
  });

  it("counts a cancelled CODIR as expected, cancelled and not held", () => {
    const s = snapshot({ people: PEOPLE, ...company([W], () => ({ codir: "cancelled" })) });
    const f = ritualWeekFigures(contextWithKinds(s, W));
    expect([f["ritual:codir:expected"], f["ritual:codir:held"], f["ritual:codir:cancelled"]]).toEqual([
      1, 0, 1,
    ]);
  });

  it("puts the figures in the org measure", () => {
    const org = ritualDrift.measure(contextWithKinds(snap, W), {}).find((m) => m.scope === "org");
    expect(org?.figures["ritual:codir:held"]).toBe(1);
    expect(org?.figures["ritual:standup:held"]).toBe(5);
  });
});

describe("ritual_drift", () => {
  it("stays ok when rituals are held as usual", () => {
    const fs = findingsFor(ritualDrift, snapshot({ people: PEOPLE, ...company(weeks) }), W);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => "ok"));
    expect(scope(fs, "org")?.insufficientHistory).toBe(false);
  });

  it("lets one cancelled CODIR pass, watches two and alerts when it is cancelled three weeks running", () => {
    const prev = weeks[7] as string;
    const prev2 = weeks[6] as string;
    const once = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W ? { codir: "cancelled" } : {})),
    });
    const onceOrg = scope(findingsFor(ritualDrift, once, W), "org");
    expect(onceOrg?.status).toBe("ok");
    expect(onceOrg?.evidence[0]?.id).toBe(`codir-${W}`);
    const twice = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W || w === prev ? { codir: "cancelled" } : {})),
    });
    expect(scope(findingsFor(ritualDrift, twice, W), "org")?.status).toBe("watch");
    const thrice = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W || w === prev || w === prev2 ? { codir: "cancelled" } : {})),
    });
    const org = scope(findingsFor(ritualDrift, thrice, W), "org");
    expect(org?.status).toBe("alert");
    expect(org?.details.heldInWindow).toBe(0);
    expect(org?.details.expectedInWindow).toBe(3);
    expect(org?.summary).toContain("CODIR");
    expect(org?.action).toContain("« CODIR »");
  });

  it("watches a team whose stand-up stops, and alerts when it stays stopped a second week", () => {
    const prev = weeks[7] as string;
    const first = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W ? { techStandups: 1 } : {})),
    });
    expect(scope(findingsFor(ritualDrift, first, W), "team:Tech")?.status).toBe("watch");
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W || w === prev ? { techStandups: 1 } : {})),
    });
    const fs = findingsFor(ritualDrift, snap, W);
    expect(scope(fs, "team:Tech")?.status).toBe("alert");
    expect(scope(fs, "team:Tech")?.details).toMatchObject({ heldInWindow: 2, expectedInWindow: 10 });
    expect(scope(fs, "team:Ventes")?.status).toBe("ok");
    expect(fs.map((f) => f.scope)).not.toContain("team:Achats");
  });

  it("looks at five weeks for a monthly review: late only once five weeks pass without one", () => {
    // Reviews happen in weeks 12, 16 and 20. Without the W20 one, W20 still has W16 in its
    // window; W21 has none in W17–W21.
    const all = [...weeks, "2026-W21"];
    const built = company(all);
    const snap = snapshot({
      people: PEOPLE,
      ...built,
      meetings: built.meetings.filter((m) => m.id !== `revue-${W}`),
    });
    expect(scope(findingsFor(ritualDrift, snap, W), "org")?.status).toBe("ok");
    const org = scope(findingsFor(ritualDrift, snap, "2026-W21"), "org");
    expect(org?.status).toBe("watch");
    expect(org?.summary).toContain("Revue mensuelle");
    expect(org?.details).toMatchObject({ heldInWindow: 0, expectedInWindow: 1 });
  });

  it("watches (never alerts on) steering meetings suddenly held without agenda", () => {
    const extra = (w: string) =>
      ["Rétro produit", "Rétro ventes", "Rétro support"].map((title, i) => ({
        title,
        start: at(w, 5, `1${i}:00`),
        attendees: TECH,
        hasAgenda: w !== W,
      }));
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => ({ codirAgenda: w !== W, extra: extra(w) })),
    });
    const org = scope(findingsFor(ritualDrift, snap, W), "org");
    expect(org?.status).toBe("watch");
    expect(org?.details.withoutAgenda).toBe(4);
    expect(org?.evidence.map((e) => e.why)).toContain("CODIR tenu sans ordre du jour");
  });

  it("says insufficient history with two baseline weeks", () => {
    const short = [...weeksBefore(W, 2), W];
    const snap = snapshot({
      people: PEOPLE,
      ...company(short, (w) => (w === W ? { codir: "cancelled" } : {})),
    });
    const org = scope(findingsFor(ritualDrift, snap, W), "org");
    expect(org?.insufficientHistory).toBe(true);
    expect(org?.status).toBe("ok");
    expect(org?.summary).toMatch(/^Historique insuffisant/);
  });

  it("does not alert on the week after a holiday week, and only watches a holiday week", () => {
    const prev = weeks[7] as string;
    const after = snapshot({ people: PEOPLE, ...company(weeks, (w) => ({ holiday: w === prev })) });
    expect(findingsFor(ritualDrift, after, W).map((f) => f.status)).not.toContain("alert");
    const during = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => ({ holiday: w === W || w === prev })),
    });
    expect(findingsFor(ritualDrift, during, W).map((f) => f.status)).not.toContain("alert");
  });

  it("writes in English for an English tenant", () => {
    const prev = weeks[7] as string;
    const snap = snapshot({
      people: PEOPLE,
      tenant: tenant({ locale: "en" }),
      ...company(weeks, (w) => (w === W || w === prev ? { codir: "cancelled" } : {})),
    });
    const org = scope(findingsFor(ritualDrift, snap, W), "org");
    expect(org?.summary).toMatch(/^CODIR \(the organisation\): 1 occurrence held of 3 expected/);
    expect(org?.evidence[0]?.why).toBe("CODIR cancelled");
  });
});
