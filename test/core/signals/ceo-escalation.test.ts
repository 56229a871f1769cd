import { describe, expect, it } from "vitest";
import { ceoEscalation, escalationMeetings } from "../../../src/core/signals/ceo-escalation.js";
import type { Finding } from "../../../src/core/signals/types.js";
import {
  at,
  contextWithKinds,
  findingsFor,
  type MeetingSpec,
  note,
  snapshot,
  tenant,
  weeksBefore,
} from "../../helpers/snapshot.js";
import { CEO, company, PEOPLE, TECH, VENTES } from "./company.js";

const W = "2026-W20";
const weeks = [...weeksBefore(W, 8), W];
const scope = (fs: Finding[], s: string) => fs.find((f) => f.scope === s);

/** Small ad-hoc meetings Ventes people book with the CEO. */
const arbitrations = (w: string, n: number): MeetingSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `arb-${w}-${i}`,
    title: `Arbitrage remise client ${i + 1}`,
    start: at(w, 1 + (i % 5), "15:00"),
    minutes: 30,
    attendees: [VENTES[i % 3] as string, VENTES[3] as string, CEO],
  }));

describe("ceo_escalation", () => {
  it("stays ok when the CEO sees the usual few ad-hoc requests", () => {
    const fs = findingsFor(ceoEscalation, snapshot({ people: PEOPLE, ...company(weeks) }), W);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => "ok"));
    expect(scope(fs, "org")?.baseline).toBe(1);
  });

  it("alerts when requests to the CEO pile up, with group meetings and escalation notes as evidence", () => {
    const escalationNote = note({
      id: "n-esc",
      title: "Point commercial",
      date: at(W, 2).slice(0, 10),
      lines: ["ESCALATION: à arbitrer par le DG", "ESCALATION: remonter au DG"],
      meetingKey: `ventes-weekly-${W}`,
    });
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) =>
        w === W ? { ceoOneToOnes: 3, extra: arbitrations(w, 5), extraNotes: [escalationNote] } : {},
      ),
    });
    const fs = findingsFor(ceoEscalation, snap, W);
    const org = scope(fs, "org");
    expect(org?.status).toBe("alert");
    expect(org?.value).toBe(10);
    expect(org?.details).toMatchObject({ meetings: 8, lines: 2, oneToOne: 3 });
    expect(org?.evidence[0]).toMatchObject({ kind: "page", id: "n-esc" });
    expect(org?.evidence.slice(1).map((e) => e.id)).toEqual(arbitrations(W, 5).map((m) => m.id));
    // One-to-ones count but never show by title.
    expect(org?.evidence.map((e) => e.title)).not.toContain("Point rapide");
    expect(scope(fs, "team:Ventes")?.status).toBe("alert");
    expect(scope(fs, "team:Tech")?.status).toBe("ok");
  });

  it("leaves out recurring, ritual, CEO-booked, crowded, declined and long-planned meetings", () => {
    const mk = (over: Partial<MeetingSpec>): MeetingSpec => ({
      start: at(W, 4, "11:00"),
      attendees: [TECH[0] as string, TECH[1] as string, CEO],
      ...over,
    });
    const snap = snapshot({
      people: PEOPLE,
      ...company([W], () => ({
        ceoOneToOnes: 0,
        extra: [
          mk({ id: "recurring", recurringEventId: "s1" }),
          mk({ id: "ritual", title: "Rétro express" }),
          mk({ id: "by-ceo", organizer: CEO }),
          mk({ id: "crowded", attendees: [...TECH, CEO] }),
          mk({
            id: "declined",
            attendees: [TECH[0] as string, TECH[1] as string, { email: CEO, response: "declined" }],
          }),
          mk({ id: "planned", created: "2026-03-01T10:00:00+01:00" }),
          mk({ id: "adhoc", created: at(W, 2).replace("T10:00", "T09:00:00+02:00") }),
        ],
      })),
    });
    expect(escalationMeetings(contextWithKinds(snap, W)).map((m) => m.id)).toEqual(["adhoc"]);
  });

  it("keeps a quiet team's small rise at watch at most", () => {
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) =>
        w === W
          ? {
              extra: arbitrations(w, 3).map((m) => ({
                ...m,
                attendees: [TECH[0] as string, CEO, TECH[1] as string],
              })),
            }
          : {},
      ),
    });
    const tech = scope(findingsFor(ceoEscalation, snap, W), "team:Tech");
    expect(tech?.value).toBe(3);
    expect(tech?.status).toBe("watch");
  });

  it("says insufficient history with two baseline weeks", () => {
    const short = [...weeksBefore(W, 2), W];
    const snap = snapshot({
      people: PEOPLE,
      ...company(short, (w) => (w === W ? { extra: arbitrations(w, 8) } : {})),
    });
    const org = scope(findingsFor(ceoEscalation, snap, W), "org");
    expect([org?.insufficientHistory, org?.status]).toEqual([true, "ok"]);
    expect(org?.summary).toMatch(/^Historique insuffisant/);
  });

  it("writes in English for an English tenant", () => {
    const snap = snapshot({
      people: PEOPLE,
      tenant: tenant({ locale: "en" }),
      ...company(weeks, (w) => (w === W ? { extra: arbitrations(w, 6) } : {})),
    });
    const org = scope(findingsFor(ceoEscalation, snap, W), "org");
    expect(org?.summary).toMatch(
      /^7 requests to the CEO from the organisation this week .* against 1 usually\.$/,
    );
    expect(org?.action).toMatch(/decision rights/);
  });
});
