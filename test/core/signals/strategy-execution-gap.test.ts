import { describe, expect, it } from "vitest";
import { analyseNote } from "../../../src/core/context.js";
import type { Meeting, Note } from "../../../src/core/model.js";
import {
  STRATEGY_EXECUTION_GAP_DEFAULTS,
  strategyExecutionGap,
} from "../../../src/core/signals/strategy-execution-gap.js";
import { StrategyThemes } from "../../../src/core/signals/strategy-themes.js";
import type { ExtractedLine } from "../../../src/core/text/types.js";
import {
  at,
  contextWith,
  findingsWith,
  meeting,
  note,
  snapshot,
  team,
  tenant,
  weeksBefore,
  xline,
} from "../../helpers/snapshot.js";

const W = "2026-W47";
const people = [...team("Ventes", 5), ...team("Production", 5)];
const ventes = [1, 2, 3, 4, 5].map((i) => `ventes${i}@acme.fr`);
const THEMES = ["Développer export Allemagne", "Réduire délais livraison", "Certifier usine qualité"];
const ON = [
  "Salon export Allemagne",
  "Délais livraison client Bosch",
  "Audit usine qualité",
  "Prospects export Allemagne",
  "Livraison délais transport",
];
const OFF = (w: string, k: number) =>
  Array.from({ length: k }, (_, i) => `Urgence${w.slice(-2)}x${i} panne${w.slice(-2)}x${i}`);

/** Three notes of ten lines a week; `on` of each note's lines touch the strategy. */
function weekNotes(w: string, on: number) {
  const meetings: Meeting[] = [];
  const notes: Note[] = [];
  const extracted: Record<string, ExtractedLine[]> = {};
  for (let i = 0; i < 3; i++) {
    const m = meeting({ title: "Point Ventes", start: at(w, 1 + i, "09:00"), attendees: ventes });
    const n = note({
      id: `n-${w}-${i}`,
      title: `Point Ventes ${i}`,
      date: at(w, 1 + i).slice(0, 10),
      meetingKey: m.key,
      lines: [],
    });
    meetings.push(m);
    notes.push(n);
    extracted[n.id] = [...ON.slice(0, on), ...OFF(w, 10 - on)].map((t) => xline(t));
  }
  return { meetings, notes, extracted };
}

function build(plan: Record<string, number>, withStrategy = true, locale: "fr" | "en" = "fr") {
  const parts = Object.entries(plan).map(([w, on]) => weekNotes(w, on));
  const page = note({
    id: "strat",
    kind: "strategy",
    title: "Stratégie 2026",
    date: "2026-01-10",
    lines: [],
  });
  const extracted: Record<string, ExtractedLine[]> = Object.assign({}, ...parts.map((p) => p.extracted));
  extracted.strat = [xline("Nos trois axes"), ...THEMES.map((t) => xline(t, { kind: "priority" }))];
  const snap = snapshot({
    people,
    tenant: tenant({ locale }),
    meetings: parts.flatMap((p) => p.meetings),
    notes: [...parts.flatMap((p) => p.notes), ...(withStrategy ? [page] : [])],
  });
  return { snap, extracted };
}

const usual = (n: number) => Object.fromEntries(weeksBefore(W, n).map((w) => [w, 5]));
const org = (fs: ReturnType<typeof findingsWith>) => fs.find((f) => f.scope === "org");

describe("strategy_execution_gap", () => {
  it("stays ok while operational topics keep touching the strategy", () => {
    const { snap, extracted } = build({ ...usual(8), [W]: 4 });
    const fs = findingsWith(strategyExecutionGap, snap, W, extracted);
    expect(fs.map((f) => [f.scope, f.status])).toEqual([
      ["org", "ok"],
      ["team:Ventes", "ok"],
    ]);
    expect(org(fs)?.details.aligned).toBe(12);
  });

  it("watches a week that drifts away, and alerts when the drift holds", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const once = build({ ...usual(8), [W]: 1 });
    expect(org(findingsWith(strategyExecutionGap, once.snap, W, once.extracted))?.status).toBe("watch");
    const twice = build({ ...usual(8), [prev]: 1, [W]: 0 });
    const f = findingsWith(strategyExecutionGap, twice.snap, W, twice.extracted).find(
      (x) => x.scope === "team:Ventes",
    );
    expect(f?.status).toBe("alert");
    expect(f?.value).toBe(0);
    expect(f?.summary).toMatch(/^0\s% des \d+ sujets opérationnels de l'équipe Ventes/);
    expect(f?.action).toContain("reformulez le cap");
    expect(f?.evidence[0]).toMatchObject({ kind: "page", why: "aucun sujet relié aux thèmes stratégiques" });
    expect(f?.evidence.at(-1)).toMatchObject({ id: "strat", title: "Stratégie 2026" });
  });

  it("has nothing to compare with when there is no strategy page", () => {
    const { snap, extracted } = build({ ...usual(8), [W]: 0 }, false);
    const ms = strategyExecutionGap.measure(contextWith(snap, W, extracted), STRATEGY_EXECUTION_GAP_DEFAULTS);
    expect(ms.map((m) => [m.scope, m.value])).toEqual([["org", null]]);
    const f = org(findingsWith(strategyExecutionGap, snap, W, extracted));
    expect(f?.status).toBe("ok");
    expect(f?.insufficientHistory).toBe(false);
    expect(f?.summary).toContain("Aucune page de stratégie");
  });

  it("says the history is insufficient with fewer than three baseline weeks, in English too", () => {
    const { snap, extracted } = build({ ...usual(2), [W]: 0 }, true, "en");
    const f = org(findingsWith(strategyExecutionGap, snap, W, extracted));
    expect(f?.insufficientHistory).toBe(true);
    expect(f?.status).toBe("ok");
    expect(f?.summary).toContain("Insufficient history");
  });

  it("keeps figures only in measures, no note text", () => {
    const { snap, extracted } = build({ [W]: 5 });
    const ms = strategyExecutionGap.measure(contextWith(snap, W, extracted), STRATEGY_EXECUTION_GAP_DEFAULTS);
    expect(JSON.stringify(ms)).not.toContain("Bosch");
    expect(ms[0]?.figures).toMatchObject({ aligned: 15, strategyLines: 4 });
  });
});

describe("strategy_execution_gap: the company's own words and baseline", () => {
  /** Three notes of 50 lines a week, `on` lines of each on the strategy: 2 → 4 % of 150 topics. */
  function sparse(plan: Record<string, number>) {
    const { snap, extracted } = build(Object.fromEntries(Object.keys(plan).map((w) => [w, 0])));
    for (const id of Object.keys(extracted)) {
      if (id === "strat") continue;
      const w = id.slice(2, 10);
      const on = plan[w] ?? 0;
      extracted[id] = [...ON.slice(0, on), ...OFF(`${w}${id.slice(-1)}`, 50 - on)].map((t) => xline(t));
    }
    return { snap, extracted };
  }

  it("shows the drift of a company whose topics touched the strategy only 4 % of the time", () => {
    const weeks = Object.fromEntries(weeksBefore(W, 8).map((w) => [w, 2]));
    const calm = sparse({ ...weeks, [W]: 2 });
    expect(org(findingsWith(strategyExecutionGap, calm.snap, W, calm.extracted))?.status).toBe("ok");
    const drift = sparse({ ...weeks, [W]: 0 });
    const f = org(findingsWith(strategyExecutionGap, drift.snap, W, drift.extracted));
    expect(f?.baseline).toBe(0.04);
    expect(f?.status).not.toBe("ok");
  });

  it("does not flag a small scope's ordinary wobble around its own usual share", () => {
    // 30 topics a week at 40 %: one week at 27 % (4 of 30 lines fewer) is chance, not a drift.
    const wobble = build({ ...Object.fromEntries(weeksBefore(W, 8).map((w) => [w, 4])), [W]: 3 });
    const f = org(findingsWith(strategyExecutionGap, wobble.snap, W, wobble.extracted));
    expect(f?.baseline ?? 0).toBeGreaterThan(0.3);
    expect(f?.status).toBe("ok");
  });

  it("matches a theme by the words of its section, not only its heading, and ignores the meeting's verbs", () => {
    const page = analyseNote(
      note({
        id: "strat",
        kind: "strategy",
        date: "2026-01-10",
        lines: [
          "Conquérir le marché ibérique",
          "Signer des distributeurs en Espagne et au Portugal, exposer au salon de Madrid.",
          "Fiabiliser les livraisons",
          "Break into the German market",
          "Sign distributors in Bavaria and attend the Hanover trade fair.",
        ],
      }),
    );
    const themes = new StrategyThemes([page]);
    const stems = (text: string, locale: "fr" | "en" = "fr") =>
      analyseNote(note({ id: text, date: "2026-03-02", lines: [text], locale })).extracted[0]?.stems ?? [];
    expect(themes.touches(stems("Relance du distributeur de Séville"), 2)).toBe(true);
    expect(themes.touches(stems("Préparation du salon de Madrid"), 2)).toBe(true);
    expect(themes.touches(stems("Planifier une démo sur la panne du compresseur"), 2)).toBe(false);
    expect(themes.touches(stems("German distributor outreach", "en"), 2)).toBe(true);
    expect(themes.touches(stems("Schedule a demo of the parking badge issues", "en"), 2)).toBe(false);
  });
});
