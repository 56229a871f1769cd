import { describe, expect, it } from "vitest";
import { missingDecisions, steeringOccurrences } from "../../../src/core/signals/missing-decisions.js";
import type { Finding } from "../../../src/core/signals/types.js";
import {
  at,
  contextWithKinds,
  findingsFor,
  note,
  snapshot,
  tenant,
  weeksBefore,
} from "../../helpers/snapshot.js";
import { company, PEOPLE, TECH, VENTES } from "./company.js";

const W = "2026-W20";
const weeks = [...weeksBefore(W, 8), W];
const scope = (fs: Finding[], s: string) => fs.find((f) => f.scope === s);

/** Three weekly sales steering meetings ("Comité de direction commercial" matches codir). */
const salesCommittees = (w: string, lines: string[] | null) => {
  const meetings = [1, 3, 5].map((d) => ({
    id: `comite-${w}-${d}`,
    title: "Comité de direction commercial",
    start: at(w, d, "16:00"),
    attendees: VENTES,
  }));
  const notes = lines
    ? meetings.map((m) =>
        note({ id: `${m.id}-note`, title: m.title, date: m.start.slice(0, 10), lines, meetingKey: m.id }),
      )
    : [];
  return { extra: meetings, extraNotes: notes };
};

describe("missing_decisions", () => {
  it("stays ok when steering meetings record decisions, and ignores daily stand-ups", () => {
    const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => salesCommittees(w, ["DECISION: go"])) });
    const fs = findingsFor(missingDecisions, snap, W);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => "ok"));
    expect(scope(fs, "org")?.value).toBe(0);
    // CODIR, 3 committees, the retro and the monthly review: the 5 stand-ups are not counted.
    expect(scope(fs, "org")?.details.total).toBe(6);
    expect(fs.map((f) => f.scope)).not.toContain("team:Achats");
  });

  it("alerts when steering meetings stop deciding, notes without decision first in evidence", () => {
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) =>
        w === W
          ? { ...salesCommittees(w, ["On a discuté du pipeline"]), codirNotes: null }
          : salesCommittees(w, ["DECISION: go"]),
      ),
    });
    const fs = findingsFor(missingDecisions, snap, W);
    const org = scope(fs, "org");
    expect(org?.status).toBe("alert");
    expect(org?.details).toMatchObject({ total: 6, undecided: 4, withoutNotes: 1 });
    expect(org?.evidence.slice(0, 3).map((e) => e.kind)).toEqual(["page", "page", "page"]);
    expect(org?.evidence[3]).toMatchObject({
      kind: "event",
      id: `codir-${W}`,
      why: "CODIR : aucun compte rendu",
    });
    expect(org?.summary).toMatch(/^4 sur 6 réunions de rituel \(67\s%\) n'ont consigné aucune décision/);
    expect(scope(fs, "team:Ventes")?.status).toBe("alert");
    expect(scope(fs, "team:Tech")?.status).toBe("ok");
  });

  it("credits a ritual's notes that are not linked to the meeting, by title and date", () => {
    const snap = snapshot({
      people: PEOPLE,
      ...company([W], () => ({
        codirNotes: null,
        extraNotes: [
          note({
            id: "loose",
            title: "CODIR du lundi",
            date: at(W, 1).slice(0, 10),
            lines: ["DECISION: ok"],
          }),
        ],
      })),
    });
    const occ = steeringOccurrences(contextWithKinds(snap, W), "org");
    const codir = occ.filter((o) => o.ritual?.id === "codir");
    expect(codir).toHaveLength(1);
    expect(codir[0]?.notes.map((n) => n.id)).toEqual(["loose"]);
  });

  it("never shows a one-to-one ritual meeting by title", () => {
    const duo = [TECH[0] as string, TECH[1] as string];
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) =>
        w === W ? { extra: [{ title: "Rétro à deux", start: at(w, 2), attendees: duo }] } : {},
      ),
    });
    const org = scope(findingsFor(missingDecisions, snap, W), "org");
    expect(org?.evidence.map((e) => e.title)).not.toContain("Rétro à deux");
  });

  it("says insufficient history with two baseline weeks", () => {
    const short = [...weeksBefore(W, 2), W];
    const snap = snapshot({ people: PEOPLE, ...company(short, () => ({ codirNotes: ["rien"] })) });
    const org = scope(findingsFor(missingDecisions, snap, W), "org");
    expect([org?.insufficientHistory, org?.status]).toEqual([true, "ok"]);
    expect(org?.summary).toMatch(/^Historique insuffisant/);
  });

  it("does not alert on the normal week after a holiday week", () => {
    const prev = weeks[7] as string;
    const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => ({ holiday: w === prev })) });
    expect(findingsFor(missingDecisions, snap, W).map((f) => f.status)).not.toContain("alert");
  });

  it("writes in English for an English tenant", () => {
    const snap = snapshot({
      people: PEOPLE,
      tenant: tenant({ locale: "en" }),
      ...company(weeks, (w) => (w === W ? { codirNotes: null } : {})),
    });
    const org = scope(findingsFor(missingDecisions, snap, W), "org");
    expect(org?.summary).toMatch(/ritual meetings? .* of the organisation recorded no decision this week/);
  });
});
