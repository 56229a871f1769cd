import { describe, expect, it } from "vitest";
import type { Meeting, Note } from "../../../src/core/model.js";
import {
  ACTION_FOLLOWTHROUGH_DEFAULTS,
  actionFollowthrough,
} from "../../../src/core/signals/action-followthrough.js";
import { overdueActions, recurringTopics } from "../../../src/core/signals/follow-up-items.js";
import type { AnalysedNote } from "../../../src/core/signals/types.js";
import type { ExtractedLine } from "../../../src/core/text/types.js";
import {
  at,
  contextWith,
  findingsWith,
  meeting,
  note,
  person,
  snapshot,
  team,
  weeksBefore,
  xline,
} from "../../helpers/snapshot.js";

const W = "2026-W47";
const people = [...team("Ventes", 5), ...team("Production", 5)];
const ventes = [1, 2, 3, 4, 5].map((i) => `ventes${i}@acme.fr`);
const day = (w: string, d: number) => at(w, d).slice(0, 10);

function analysed(
  id: string,
  date: string,
  lines: ExtractedLine[],
  meetingKey: string | null = null,
): AnalysedNote {
  return {
    ...note({ id, date, lines: [], meetingKey }),
    extracted: lines.map((l, i) => ({ ...l, line: i })),
  };
}

/** A usual week of "Point Ventes": three owned, dated actions, last week's closed. */
function usualLines(w: string, prev: string | undefined): ExtractedLine[] {
  const tag = w.slice(-2);
  const done = prev ? [0, 1, 2].map((i) => xline(`Fait relance${prev.slice(-2)}x${i}`, { done: true })) : [];
  const actions = [0, 1, 2].map((i) =>
    xline(`Paul relance${tag}x${i} client`, { kind: "action", owner: "Paul", due: day(w, 5) }),
  );
  return [xline("Tour de table"), ...done, ...actions];
}

/** A degraded week: six actions without owner, and last week's actions left open. */
function degradedLines(w: string): ExtractedLine[] {
  const tag = w.slice(-2);
  return Array.from({ length: 8 }, (_, i) =>
    xline(`Envoyer dossier${tag}x${i}`, { kind: "action", due: day(w, 2) }),
  );
}

function build(weeks: string[], degraded: string[] = []) {
  const meetings: Meeting[] = [];
  const notes: Note[] = [];
  const extracted: Record<string, ExtractedLine[]> = {};
  weeks.forEach((w, i) => {
    const m = meeting({ title: "Point Ventes", start: at(w, 1, "09:00"), attendees: ventes });
    const n = note({
      id: `n-${w}`,
      title: `Point Ventes ${day(w, 1)}`,
      date: day(w, 1),
      meetingKey: m.key,
      lines: [],
    });
    meetings.push(m);
    notes.push(n);
    extracted[n.id] = degraded.includes(w) ? degradedLines(w) : usualLines(w, weeks[i - 1]);
  });
  return { snap: snapshot({ people, meetings, notes }), extracted };
}

const all = (n: number) => [...weeksBefore(W, n), W];
const scoped = (fs: ReturnType<typeof findingsWith>, scope: string) => fs.find((f) => f.scope === scope);

describe("action_followthrough", () => {
  it("stays ok when actions are owned, dated and closed", () => {
    const { snap, extracted } = build(all(8));
    const fs = findingsWith(actionFollowthrough, snap, W, extracted);
    expect(fs.map((f) => f.scope)).toEqual(["org", "team:Ventes"]);
    for (const f of fs) {
      expect(f.status).toBe("ok");
      expect(f.details.overdue).toBe(0);
      expect(f.details.unassigned).toBe(0);
    }
  });

  it("watches unowned actions, and keeps a one-note-a-week team at watch even when it holds", () => {
    const [prev] = weeksBefore(W, 1) as [string];
    const once = build(all(8), [W]);
    expect(scoped(findingsWith(actionFollowthrough, once.snap, W, once.extracted), "org")?.status).toBe(
      "watch",
    );
    const twice = build(all(8), [prev, W]);
    const f = scoped(findingsWith(actionFollowthrough, twice.snap, W, twice.extracted), "team:Ventes");
    // Two notes in two weeks: the habit of one note-taker, not yet an organisational pattern.
    expect(f?.status).toBe("watch");
    expect(f?.details.unassigned).toBe(8);
    expect(f?.details.overdue).toBeGreaterThanOrEqual(8);
    expect(f?.summary).toContain("8 actions sans responsable ou sans date sur 8");
    expect(f?.action).toMatch(/^Donnez un responsable et une date aux 8 actions/);
    expect(f?.evidence[0]).toMatchObject({ kind: "page", why: "action dont l'échéance est passée" });
  });

  it("says the history is insufficient with fewer than three baseline weeks", () => {
    const { snap, extracted } = build(all(2), [W]);
    const f = scoped(findingsWith(actionFollowthrough, snap, W, extracted), "org");
    expect(f?.insufficientHistory).toBe(true);
    expect(f?.status).toBe("ok");
    expect(f?.summary).toContain("Historique insuffisant");
  });

  it("does not count an action marked done, in place or in a later note", () => {
    const notes = [
      analysed("a", "2026-11-02", [
        xline("Paul envoyer devis client", { kind: "action", owner: "Paul", due: "2026-11-06" }),
        xline("Marie relancer fournisseur acier", {
          kind: "action",
          owner: "Marie",
          due: "2026-11-06",
          done: true,
        }),
        xline("Luc former équipe logiciel", { kind: "action", owner: "Luc", due: "2026-11-06" }),
      ]),
      analysed("b", "2026-11-09", [xline("Devis client envoyer : fait", { done: true })]),
    ];
    const late = overdueActions(notes, "2026-11-16", ACTION_FOLLOWTHROUGH_DEFAULTS.sameActionOverlap);
    expect(late.map((n) => n.id)).toEqual(["a"]);
    expect(late).toHaveLength(1);
  });

  it("counts a topic back in three meetings undecided, not one decided at the third", () => {
    const topic = (undecided = true) => xline("Retard livraison fournisseur acier", { undecided });
    const three = [
      analysed("1", "2026-11-02", [topic()], "m1"),
      analysed("2", "2026-11-09", [topic(false)], "m2"),
      analysed("3", "2026-11-16", [topic()], "m3"),
    ];
    const p = ACTION_FOLLOWTHROUGH_DEFAULTS;
    expect(recurringTopics(three, "2026-11-09", p)).toHaveLength(1);
    const decided = [
      ...three.slice(0, 2),
      analysed(
        "3",
        "2026-11-16",
        [topic(), xline("Décision : changer fournisseur acier", { kind: "decision" })],
        "m3",
      ),
    ];
    expect(recurringTopics(decided, "2026-11-09", p)).toHaveLength(0);
    // The same meeting noted three times is one meeting, not three.
    const same = three.map((n) => ({ ...n, meetingKey: "m1" }));
    expect(recurringTopics(same, "2026-11-09", p)).toHaveLength(0);
  });

  it("links older notes to their team through the meeting title", () => {
    const { snap, extracted } = build(all(3), [W]);
    const ctx = contextWith(snap, W, extracted);
    const team = actionFollowthrough
      .measure(ctx, ACTION_FOLLOWTHROUGH_DEFAULTS)
      .find((m) => m.scope === "team:Ventes");
    // Only this week's meeting is in the context; the three earlier notes still count for Ventes.
    expect(team?.figures.actions).toBe(8);
    expect(team?.evidence.every((e) => e.title.startsWith("Point Ventes"))).toBe(true);
  });

  it("gives a shared ritual's late actions to the team that owns them, not to every team in the room", () => {
    // "Point Ventes-Production": 6 Ventes and 4 Production people, so the note is Ventes'; the
    // late actions are owned by Production people, named as the directory writes them.
    const mixed = [...people.slice(0, 5), person("ventes6@acme.fr", "Ventes"), ...people.slice(5)];
    const room = mixed.map((p) => p.email).slice(0, 10);
    const owners = ["production1", "Production2", "production3@acme.fr"];
    const weeks = all(8);
    const meetings: Meeting[] = [];
    const notes: Note[] = [];
    const extracted: Record<string, ExtractedLine[]> = {};
    // Letters, not digits: digits are no topic stems, and each week's actions must differ.
    const tag = (w: string, i: number) => `${"abcdefghij"[Number(w.slice(-2)) % 10]}${"xyz"[i]}`.repeat(3);
    for (const w of weeks) {
      const m = meeting({ title: "Point Ventes-Production", start: at(w, 1, "09:00"), attendees: room });
      const n = note({
        id: `s-${w}`,
        title: `Point ${day(w, 1)}`,
        date: day(w, 1),
        meetingKey: m.key,
        lines: [],
      });
      meetings.push(m);
      notes.push(n);
      extracted[n.id] = owners.map((o, i) =>
        xline(`Livrer ${tag(w, i)}`, { kind: "action", owner: o, due: day(w, 2) }),
      );
    }
    const ctx = contextWith(snapshot({ people: mixed, meetings, notes }), W, extracted);
    const measures = actionFollowthrough.measure(ctx, ACTION_FOLLOWTHROUGH_DEFAULTS);
    const production = measures.find((m) => m.scope === "team:Production");
    const ventesTeam = measures.find((m) => m.scope === "team:Ventes");
    expect(production?.figures.actions).toBe(3);
    expect(production?.figures.overdue).toBeGreaterThanOrEqual(3);
    // Ventes shares the room and the note, but owns none of the actions.
    expect(ventesTeam?.figures.actions ?? 0).toBe(0);
    expect(ventesTeam?.figures.overdue ?? 0).toBe(0);
    expect(measures.find((m) => m.scope === "org")?.figures.actions).toBe(3);
  });

  it("keeps a cross-team note's actions at org scope", () => {
    const room = people.map((p) => p.email);
    const meetings: Meeting[] = [];
    const notes: Note[] = [];
    const extracted: Record<string, ExtractedLine[]> = {};
    for (const w of all(4)) {
      const m = meeting({ title: "Comité", start: at(w, 1, "09:00"), attendees: room });
      const n = note({ id: `c-${w}`, title: "Comité", date: day(w, 1), meetingKey: m.key, lines: [] });
      meetings.push(m);
      notes.push(n);
      extracted[n.id] = [
        xline(`Livrer piece${w.slice(-2)}`, { kind: "action", owner: "ventes1", due: day(w, 2) }),
      ];
    }
    const ctx = contextWith(snapshot({ people, meetings, notes }), W, extracted);
    const measures = actionFollowthrough.measure(ctx, ACTION_FOLLOWTHROUGH_DEFAULTS);
    expect(measures.map((m) => m.scope)).toEqual(["org"]);
  });
});
