import { describe, expect, it } from "vitest";
import type { Meeting, Note } from "../../../src/core/model.js";
import {
  NEGATIVE_SENTIMENT_DEFAULTS,
  negativeSentiment,
} from "../../../src/core/signals/negative-sentiment.js";
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
  tenant,
  weeksBefore,
  xline,
} from "../../helpers/snapshot.js";

const W = "2026-W47";
const people = [...team("Ventes", 5), ...team("Production", 5)];
const ventes = [1, 2, 3, 4, 5].map((i) => `ventes${i}@acme.fr`);
const tired = () => xline("On tourne en rond, équipe épuisée", { negative: true });
const fine = () => xline("Bonne avancée sur le salon", { positive: true });

/** `notes` meeting notes of the Ventes team in a week, the first `negative` of them weary. */
function weekNotes(w: string, notes: number, negative: number) {
  const meetings: Meeting[] = [];
  const out: Note[] = [];
  const extracted: Record<string, ExtractedLine[]> = {};
  for (let i = 0; i < notes; i++) {
    const m = meeting({
      title: "Stand-up Ventes",
      start: at(w, 1 + (i % 5), `${String(9 + Math.floor(i / 5)).padStart(2, "0")}:00`),
      attendees: ventes,
    });
    const n = note({
      id: `n-${w}-${i}`,
      title: `Stand-up Ventes ${i}`,
      date: at(w, 1 + (i % 5)).slice(0, 10),
      meetingKey: m.key,
      lines: [],
    });
    meetings.push(m);
    out.push(n);
    extracted[n.id] = [xline("Tour de table"), i < negative ? tired() : fine()];
  }
  return { meetings, notes: out, extracted };
}

function build(plan: Record<string, [number, number]>, locale: "fr" | "en" = "fr") {
  const parts = Object.entries(plan).map(([w, [n, k]]) => weekNotes(w, n, k));
  return {
    snap: snapshot({
      people,
      tenant: tenant({ locale }),
      meetings: parts.flatMap((p) => p.meetings),
      notes: parts.flatMap((p) => p.notes),
    }),
    extracted: Object.assign({}, ...parts.map((p) => p.extracted)) as Record<string, ExtractedLine[]>,
  };
}

const usual = (n: number): Record<string, [number, number]> =>
  Object.fromEntries(weeksBefore(W, n).map((w) => [w, [10, 1] as [number, number]]));
const org = (fs: ReturnType<typeof findingsWith>) => fs.find((f) => f.scope === "org");

describe("negative_sentiment", () => {
  it("stays ok with a bit of negative language every week", () => {
    const { snap, extracted } = build({ ...usual(8), [W]: [10, 2] });
    const fs = findingsWith(negativeSentiment, snap, W, extracted);
    expect(fs.map((f) => f.status)).toEqual(["ok", "ok"]);
    expect(org(fs)?.value).toBe(0.2);
    expect(org(fs)?.baseline).toBe(0.1);
  });

  it("watches a weary week, and alerts when the mood holds a second week", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const once = build({ ...usual(8), [W]: [10, 6] });
    expect(org(findingsWith(negativeSentiment, once.snap, W, once.extracted))?.status).toBe("watch");
    const twice = build({ ...usual(8), [prev]: [10, 6], [W]: [10, 6] });
    const f = org(findingsWith(negativeSentiment, twice.snap, W, twice.extracted));
    expect(f?.status).toBe("alert");
    expect(f?.summary).toContain("6 sur 10 comptes rendus");
    expect(f?.action).toMatch(/^60\s%/);
    expect(f?.evidence).toHaveLength(6);
    expect(f?.evidence[0]).toMatchObject({ kind: "page", why: "1 ligne de fatigue ou de lassitude" });
    // Titles only: no note text in the evidence.
    expect(JSON.stringify(f?.evidence)).not.toContain("épuisée");
  });

  it("does not alert on a few notes, however weary", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const { snap, extracted } = build({ ...usual(8), [prev]: [4, 4], [W]: [4, 4] });
    expect(org(findingsWith(negativeSentiment, snap, W, extracted))?.status).toBe("watch");
  });

  it("reads a team that writes one note a week from its pooled lines, and alerts when the mood holds", () => {
    const longNote = (weary: boolean) => [
      ...Array.from({ length: 11 }, () => xline("Point d'avancement")),
      ...(weary ? [tired(), tired()] : [fine(), xline("Suite")]),
    ];
    const weeks = [...weeksBefore(W, 8), W];
    const { snap, extracted } = build(Object.fromEntries(weeks.map((w) => [w, [1, 0] as [number, number]])));
    const ids = Object.keys(extracted).sort();
    ids.forEach((id, i) => {
      extracted[id] = longNote(i >= ids.length - 2);
    });
    const team = findingsWith(negativeSentiment, snap, W, extracted).find((f) => f.scope === "team:Ventes");
    expect(team?.status).toBe("alert");
    const [prev] = weeksBefore(W, 1) as [string];
    const before = findingsWith(negativeSentiment, snap, prev, extracted).find(
      (f) => f.scope === "team:Ventes",
    );
    expect(before?.status).toBe("watch");
  });

  it("nets negative lines against positive ones", () => {
    const { snap, extracted } = build({ [W]: [4, 0] });
    const id = Object.keys(extracted)[0] as string;
    extracted[id] = [tired(), fine(), fine()];
    const m = negativeSentiment.measure(contextWith(snap, W, extracted), NEGATIVE_SENTIMENT_DEFAULTS)[0];
    expect(m?.figures.negativeLines).toBe(1);
    expect(m?.figures.negativeNotes).toBe(0);
  });

  it("has no team measure below the minimum volume of notes, and says so at org", () => {
    const { snap, extracted } = build({ [W]: [1, 1] });
    const ms = negativeSentiment.measure(contextWith(snap, W, extracted), NEGATIVE_SENTIMENT_DEFAULTS);
    expect(ms.map((m) => m.scope)).toEqual(["org"]);
    expect(ms[0]?.value).toBeNull();
    const f = org(findingsWith(negativeSentiment, snap, W, extracted));
    expect(f?.status).toBe("ok");
    expect(f?.summary).toContain("Trop peu de comptes rendus");
  });

  it("says the history is insufficient with fewer than three baseline weeks, in English too", () => {
    const { snap, extracted } = build({ ...usual(2), [W]: [10, 8] }, "en");
    const f = org(findingsWith(negativeSentiment, snap, W, extracted));
    expect(f?.insufficientHistory).toBe(true);
    expect(f?.status).toBe("ok");
    expect(f?.summary).toContain("Insufficient history");
  });

  it("does not count a negated negative, with the real extractor (FR and EN)", () => {
    const m = meeting({ title: "Rétro Ventes", start: at(W, 2), attendees: ventes });
    const lines = (fr: string, en: string) => [
      note({ id: "fr", date: at(W, 2).slice(0, 10), meetingKey: m.key, locale: "fr", lines: [fr] }),
      note({ id: "en", date: at(W, 2).slice(0, 10), meetingKey: m.key, locale: "en", lines: [en] }),
      note({ id: "x", date: at(W, 2).slice(0, 10), meetingKey: m.key, lines: ["Tour de table"] }),
    ];
    const count = (fr: string, en: string) => {
      const ctx = contextFor(snapshot({ people, meetings: [m], notes: lines(fr, en) }), W);
      return negativeSentiment.measure(ctx, NEGATIVE_SENTIMENT_DEFAULTS)[0]?.figures.negativeLines;
    };
    expect(count("Pas de tension dans l'équipe", "No tension in the team")).toBe(0);
    expect(
      count("On tourne en rond, équipe épuisée", "We keep going in circles, the team is exhausted"),
    ).toBe(2);
  });
});
