import { describe, expect, it } from "vitest";
import { DEMO, SCENARIOS } from "../../scripts/fixtures/companies.js";
import type { NoteSpec, Occurrence } from "../../scripts/fixtures/model.js";
import { generateWorkspace } from "../../scripts/fixtures/workspace.js";
import { listWeeks, type World, weekIdOf } from "../../scripts/fixtures/world.js";

/** Figures of one week for one scope (`null`: the organisation), from the generator's own model. */
type Measure = (world: World, notes: NoteSpec[], week: string, team: string | null) => number | null;

const present = (o: Occurrence) => [
  o.organizer,
  ...o.guests.filter((g) => g.response !== "declined").map((g) => g.email),
];
const counted = (o: Occurrence) =>
  o.status === "confirmed" && o.eventType === "default" && !o.allDay && present(o).length >= 2;
const inWeek = (world: World, week: string) => world.occurrences.filter((o) => weekIdOf(o.start) === week);
const notesOf = (notes: NoteSpec[], week: string, team: string | null) =>
  notes.filter(
    (n) => n.kind === "meeting" && weekIdOf(n.created) === week && (team === null || n.meta.team === team),
  );
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function hours(world: World, week: string, team: string | null, cross: boolean): number {
  const people = new Set(
    world.company.people.filter((p) => team === null || p.team === team).map((p) => p.email),
  );
  let h = 0;
  for (const o of inWeek(world, week).filter(counted)) {
    const mine = present(o).filter((e) => people.has(e)).length;
    const teams = new Set(present(o).map((e) => world.byEmail.get(e)?.team));
    if (!cross || teams.size > 1) h += o.end.diff(o.start, "hours").hours * mine;
  }
  return h / people.size;
}

const rituals = (world: World, week: string, team: string | null) =>
  inWeek(world, week).filter((o) => o.ritualId && (team === null || o.team === team));

/** For each signal: the figure that must rise (`+`) or fall (`-`) while the plant is active. */
const MEASURES: Record<string, [Measure, "+" | "-"]> = {
  meeting_inflation: [(w, _n, week, team) => hours(w, week, team, false), "+"],
  missing_decisions: [
    (_w, n, week, team) => {
      const rn = notesOf(n, week, team).filter((x) => x.meta.ritual);
      return ratio(rn.filter((x) => x.meta.decisions > 0).length, rn.length);
    },
    "-",
  ],
  ceo_escalation: [(w, _n, week) => inWeek(w, week).filter((o) => o.kind === "escalation").length, "+"],
  ritual_drift: [
    (w, _n, week, team) => rituals(w, week, team).filter((o) => o.status === "confirmed").length,
    "-",
  ],
  participation_decline: [
    (w, _n, week, team) => {
      const invites = rituals(w, week, team).flatMap((o) => o.guests);
      return ratio(
        invites.filter((g) => g.response === "declined" || g.response === "needsAction").length,
        invites.length,
      );
    },
    "+",
  ],
  silo: [(w, _n, week, team) => ratio(hours(w, week, team, true), hours(w, week, team, false)), "-"],
  priority_churn: [
    (_w, n, week) => Math.max(0, ...notesOf(n, week, null).map((x) => x.meta.priorities)),
    "+",
  ],
  action_followthrough: [
    (_w, n, week, team) =>
      notesOf(n, week, team).reduce((a, x) => a + x.meta.sloppyActions + x.meta.overdue, 0),
    "+",
  ],
  negative_sentiment: [
    (_w, n, week, team) => notesOf(n, week, team).reduce((a, x) => a + x.meta.negatives, 0),
    "+",
  ],
  strategy_execution_gap: [
    (_w, n, week, team) => {
      const ns = notesOf(n, week, team);
      return ratio(
        ns.reduce((a, x) => a + x.meta.themed, 0),
        ns.reduce((a, x) => a + x.meta.topics, 0),
      );
    },
    "-",
  ],
};

function mean(xs: (number | null)[]): number {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.reduce((a, b) => a + b, 0) / Math.max(1, ok.length);
}

describe("plants", () => {
  for (const config of [DEMO, ...SCENARIOS].filter((s) => s.plants.length > 0)) {
    it(`${config.id}: each planted figure moves clearly against the weeks before it`, () => {
      const ws = generateWorkspace(config);
      for (const plant of config.plants) {
        const [measure, direction] = MEASURES[plant.signal] ?? [];
        if (!measure) throw new Error(`Expected a measure for ${plant.signal}`);
        const team = plant.scope === "org" ? null : plant.scope.slice("team:".length);
        const quiet = listWeeks(config.weeks.dataFrom, config.weeks.to, config.timezone).filter(
          (w) => w < plant.from && !config.holidayWeeks.includes(w),
        );
        const active = listWeeks(plant.from, plant.to, config.timezone);
        const before = mean(quiet.map((w) => measure(ws.world, ws.notes, w, team)));
        const during = mean(active.map((w) => measure(ws.world, ws.notes, w, team)));
        if (direction === "+")
          expect(during, `${plant.signal} ${before} → ${during}`).toBeGreaterThan(before * 1.3);
        else expect(during, `${plant.signal} ${before} → ${during}`).toBeLessThan(before * 0.75);
      }
    });
  }
});
