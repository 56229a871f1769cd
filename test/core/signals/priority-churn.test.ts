import { describe, expect, it } from "vitest";
import type { Meeting, Note } from "../../../src/core/model.js";
import { PRIORITY_CHURN_DEFAULTS, priorityChurn } from "../../../src/core/signals/priority-churn.js";
import type { ExtractedLine } from "../../../src/core/text/types.js";
import {
  at,
  contextFor,
  contextWith,
  findingsWith,
  meeting,
  note,
  snapshot,
  team,
  weeksBefore,
  xline,
} from "../../helpers/snapshot.js";

const W = "2026-W47";
const people = [...team("Ventes", 5), ...team("Production", 5)];
const ventes = [1, 2, 3, 4, 5].map((i) => `ventes${i}@acme.fr`);
const USUAL = [
  "Réduire délais livraison",
  "Lancer offre export Allemagne",
  "Recruter deux commerciaux",
  "Certifier usine qualité",
];

/** Unique two-word priorities for a week, so that no stem is shared with another week's. */
const fresh = (weekId: string, n: number) =>
  Array.from({ length: n }, (_, i) => `chantier${weekId.slice(-2)}x${i} cible${weekId.slice(-2)}x${i}`);

function build(plan: Record<string, string[]>) {
  const meetings: Meeting[] = [];
  const notes: Note[] = [];
  const extracted: Record<string, ExtractedLine[]> = {};
  for (const [w, items] of Object.entries(plan)) {
    const m = meeting({ title: "Point Ventes", start: at(w, 1, "09:00"), attendees: ventes });
    const n = note({
      id: `prio-${w}`,
      title: `Point Ventes ${w}`,
      date: at(w, 1).slice(0, 10),
      meetingKey: m.key,
      lines: [],
    });
    meetings.push(m);
    notes.push(n);
    extracted[n.id] = [xline("Priorités"), ...items.map((t) => xline(t, { kind: "priority" }))];
  }
  return { snap: snapshot({ people, meetings, notes }), extracted };
}

const usualWeeks = (n: number) => Object.fromEntries(weeksBefore(W, n).map((w) => [w, USUAL]));

describe("priority_churn", () => {
  it("stays ok when the same priorities come back reworded", () => {
    const { snap, extracted } = build({
      ...usualWeeks(8),
      [W]: [
        "Délais livraison : réduire",
        "Allemagne : lancer offre export",
        "Recruter deux commerciaux",
        "Usine certifier qualité",
      ],
    });
    for (const f of findingsWith(priorityChurn, snap, W, extracted)) {
      expect(f.status).toBe("ok");
      expect(f.value).toBe(4);
      expect(f.details.freshPriorities).toBe(0);
    }
  });

  it("watches a list replaced this week, and alerts when it is replaced again the next", () => {
    const [, prev] = weeksBefore(W, 2) as [string, string];
    const plan = { ...usualWeeks(8), [prev]: fresh(prev, 6), [W]: fresh(W, 6) };
    const { snap, extracted } = build(plan);
    const before = findingsWith(priorityChurn, snap, prev, extracted).find((f) => f.scope === "team:Ventes");
    expect(before?.status).toBe("watch");
    const f = findingsWith(priorityChurn, snap, W, extracted).find((x) => x.scope === "team:Ventes");
    expect(f?.status).toBe("alert");
    expect(f?.details.freshPriorities).toBe(6);
    expect(f?.summary).toContain("6 priorités en cours, dont 6 nouvelles");
    expect(f?.action).toContain("6 en cours cette semaine, dont 6 nouvelles");
    expect(f?.evidence[0]).toMatchObject({ kind: "page", title: `Point Ventes ${W}` });
  });

  it("does not alert on a short list even when it changes", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const { snap, extracted } = build({ ...usualWeeks(8), [prev]: fresh(prev, 3), [W]: fresh(W, 3) });
    const f = findingsWith(priorityChurn, snap, W, extracted).find((x) => x.scope === "org");
    expect(f?.status).toBe("watch");
  });

  it("shows a long but stable list without flagging it", () => {
    const long = [
      ...USUAL,
      "Ouvrir agence Lyon",
      "Refondre site internet",
      "Baisser stocks morts",
      "Former managers terrain",
    ];
    const { snap, extracted } = build(Object.fromEntries([...weeksBefore(W, 8), W].map((w) => [w, long])));
    const f = findingsWith(priorityChurn, snap, W, extracted).find((x) => x.scope === "org");
    expect(f?.status).toBe("ok");
    expect(f?.details.largestList).toBe(8);
  });

  it("says the history is insufficient with fewer than three baseline weeks", () => {
    const { snap, extracted } = build({ ...usualWeeks(2), [W]: fresh(W, 6) });
    const f = findingsWith(priorityChurn, snap, W, extracted).find((x) => x.scope === "org");
    expect(f?.insufficientHistory).toBe(true);
    expect(f?.status).toBe("ok");
    expect(f?.summary).toContain("Historique insuffisant");
  });

  it("measures a team only when its notes list priorities, and keeps stems, not text", () => {
    const { snap, extracted } = build({ [W]: USUAL });
    const ms = priorityChurn.measure(contextWith(snap, W, extracted), PRIORITY_CHURN_DEFAULTS);
    expect(ms.map((m) => m.scope)).toEqual(["org", "team:Ventes"]);
    const set = ms[1]?.sets?.priorities ?? [];
    expect(set).toHaveLength(4);
    expect(set).toContain("délais livraison réduire");
    expect(JSON.stringify(ms)).not.toContain("Lancer offre export Allemagne");
  });

  it("does not call a new strategy page churn, nor a note priority that restates it", () => {
    const { snap, extracted } = build({ ...usualWeeks(8), [W]: [...USUAL, "Ouvrir agence Lyon"] });
    const page = note({
      id: "okr",
      kind: "strategy",
      title: "OKR T4",
      date: at(W, 1).slice(0, 10),
      lines: [],
    });
    const okr = ["Ouvrir agence Lyon", "Baisser stocks morts", "Former managers terrain"];
    const fs = findingsWith(priorityChurn, { ...snap, notes: [...snap.notes, page] }, W, {
      ...extracted,
      okr: okr.map((t) => xline(t, { kind: "priority" })),
    });
    const org = fs.find((f) => f.scope === "org");
    expect(org?.status).toBe("ok");
    expect(org?.value).toBe(7);
    expect(org?.details.freshPriorities).toBe(0);
  });

  it("counts the priorities of live strategy pages at org scope only", () => {
    const { snap, extracted } = build({ [W]: USUAL });
    const page = note({ id: "okr", kind: "strategy", title: "OKR T4", date: "2026-10-01", lines: [] });
    const ctx = contextWith({ ...snap, notes: [...snap.notes, page] }, W, {
      ...extracted,
      okr: [
        xline("Ouvrir agence Lyon", { kind: "priority" }),
        xline("Réduire délais livraison", { kind: "priority" }),
      ],
    });
    const ms = priorityChurn.measure(ctx, PRIORITY_CHURN_DEFAULTS);
    expect(ms.find((m) => m.scope === "org")?.value).toBe(5);
    expect(ms.find((m) => m.scope === "team:Ventes")?.value).toBe(4);
  });

  it("merges a reworded priority with the real extractor", () => {
    const lines = [
      "Priorités du trimestre",
      "1. Lancer l'offre export en Allemagne",
      "2. Allemagne : lancement de l'offre export",
    ];
    const n = note({ date: at(W, 1).slice(0, 10), locale: "fr", lines });
    const m = meeting({ start: at(W, 1), attendees: ventes });
    const ctx = contextFor(snapshot({ people, meetings: [m], notes: [n] }), W);
    expect(priorityChurn.measure(ctx, PRIORITY_CHURN_DEFAULTS)[0]?.value).toBe(1);
  });
});
