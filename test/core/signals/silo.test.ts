import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/core/model.js";
import { SILO_DEFAULTS, silo, stoppedPairs } from "../../../src/core/signals/silo.js";
import {
  at,
  contextFor,
  findingsWith,
  meeting,
  person,
  snapshot,
  team,
  tenant,
  weeksBefore,
} from "../../helpers/snapshot.js";

const W = "2026-W47";
const people = [
  ...team("Ventes", 5),
  ...team("Production", 5),
  ...team("Achats", 3),
  person("ceo@acme.fr", "Direction"),
];
const v = (i: number) => `ventes${i}@acme.fr`;
const pr = (i: number) => `production${i}@acme.fr`;

interface WeekPlan {
  ventesProduction?: boolean;
  productionAchats?: boolean;
}

/** A usual week: each team meets alone 5 h, Ventes and Production meet 2 h, Production and Achats 1 h. */
function weekOf(weekId: string, plan: WeekPlan = {}): Meeting[] {
  const out = [
    meeting({
      title: "Point Ventes",
      start: at(weekId, 1, "09:00"),
      minutes: 300,
      attendees: [1, 2, 3, 4, 5].map(v),
    }),
    meeting({
      title: "Atelier Production",
      start: at(weekId, 2, "09:00"),
      minutes: 300,
      attendees: [1, 2, 3, 4, 5].map(pr),
    }),
  ];
  if (plan.ventesProduction ?? true) {
    out.push(
      meeting({
        title: "Revue commandes",
        start: at(weekId, 3, "14:00"),
        minutes: 120,
        attendees: [v(1), v(2), v(3), pr(1), pr(2)],
      }),
    );
  }
  if (plan.productionAchats ?? true) {
    out.push(
      meeting({
        title: "Point appros",
        start: at(weekId, 4, "14:00"),
        attendees: [pr(3), pr(4), "achats1@acme.fr"],
      }),
    );
  }
  return out;
}

function history(n: number, last: Record<string, WeekPlan> = {}) {
  return [...weeksBefore(W, n), W].flatMap((w) => weekOf(w, last[w]));
}

const find = (fs: ReturnType<typeof findingsWith>, scope: string) => {
  const f = fs.find((x) => x.scope === scope);
  if (!f) throw new Error(`no finding for ${scope}`);
  return f;
};

describe("silo", () => {
  it("stays ok on stable weeks, at org and team scope", () => {
    const fs = findingsWith(silo, snapshot({ people, meetings: history(8) }), W);
    expect(fs.map((f) => f.scope)).toEqual(["org", "team:Production", "team:Ventes"]);
    for (const f of fs) {
      expect(f.status).toBe("ok");
      expect(f.insufficientHistory).toBe(false);
      expect(f.value).toBe(f.baseline);
    }
    // Ventes: 6 of 31 person-hours with Production.
    expect(find(fs, "team:Ventes").value).toBeCloseTo(6 / 31, 2);
  });

  it("watches a pair that stopped meeting this week, naming the teams, never people", () => {
    const meetings = history(8, { [W]: { ventesProduction: false } });
    const f = find(findingsWith(silo, snapshot({ people, meetings }), W), "team:Ventes");
    expect(f.status).toBe("watch");
    expect(f.value).toBe(0);
    expect(f.details.stoppedPairs).toBe(1);
    expect(f.summary).toContain("Production et Ventes");
    expect(f.action).toContain("Production et Ventes");
    expect(f.summary).not.toMatch(/ventes1|production1/);
    expect(f.evidence[0]).toMatchObject({ kind: "event", title: "Point Ventes" });
  });

  it("alerts when the drop holds two weeks running", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const meetings = history(8, { [W]: { ventesProduction: false }, [prev]: { ventesProduction: false } });
    const fs = findingsWith(silo, snapshot({ people, meetings }), W);
    expect(find(fs, "team:Ventes").status).toBe("alert");
    expect(find(fs, "team:Ventes").score).toBeLessThanOrEqual(40);
    // Achats (3 people) is folded into org and never named as a pair.
    expect(fs.every((f) => !f.summary.includes("Achats"))).toBe(true);
  });

  it("says the history is insufficient with fewer than three baseline weeks", () => {
    const f = find(
      findingsWith(silo, snapshot({ people, meetings: history(2, { [W]: { ventesProduction: false } }) }), W),
      "org",
    );
    expect(f.insufficientHistory).toBe(true);
    expect(f.status).toBe("ok");
    expect(f.summary).toContain("Historique insuffisant");
  });

  it("speaks English for an English tenant", () => {
    const snap = snapshot({ people, meetings: history(2), tenant: tenant({ locale: "en" }) });
    expect(find(findingsWith(silo, snap, W), "org").summary).toContain("Insufficient history");
  });

  it("counts folded small teams as other departments but keeps pairs to shown teams", () => {
    const ctx = contextFor(snapshot({ people, meetings: weekOf(W) }), W);
    const org = silo.measure(ctx, SILO_DEFAULTS).find((m) => m.scope === "org");
    expect(org?.figures.crossHours).toBe(13); // 5 people × 2 h + 3 people × 1 h
    expect(Object.keys(org?.figures ?? {}).filter((k) => k.startsWith("pair:"))).toEqual([
      "pair:Production|Ventes",
    ]);
  });

  it("never shows a private or one-to-one meeting as evidence", () => {
    const extra = [
      meeting({ title: "Entretien annuel", start: at(W, 5, "09:00"), minutes: 600, attendees: [v(1), v(2)] }),
      meeting({
        title: "Sujet RH confidentiel",
        start: at(W, 5, "14:00"),
        minutes: 600,
        attendees: [v(3), v(4), v(5)],
        private: true,
      }),
    ];
    const meetings = [...history(8, { [W]: { ventesProduction: false } }), ...extra];
    const f = find(findingsWith(silo, snapshot({ people, meetings }), W), "team:Ventes");
    const titles = f.evidence.map((e) => e.title);
    expect(titles).not.toContain("Entretien annuel");
    expect(titles).not.toContain("Sujet RH confidentiel");
  });

  it("needs a pair to have met in most usual weeks before calling it stopped", () => {
    const m = (pairs: Record<string, number>) => ({
      signal: "silo" as const,
      scope: "org",
      value: 0.3,
      unit: "share",
      figures: Object.fromEntries(Object.entries(pairs).map(([k, h]) => [`pair:${k}`, h])),
      evidence: [],
    });
    const usual = [m({ "A|B": 4, "A|C": 4 }), m({ "A|B": 4 }), m({ "A|B": 4, "A|C": 4 }), m({ "A|B": 4 })];
    expect(stoppedPairs(m({}), usual, SILO_DEFAULTS)).toEqual(["A|B"]);
  });
});
