import { describe, expect, it } from "vitest";
import { MEETING_INFLATION_DEFAULTS, meetingInflation } from "../../../src/core/signals/meeting-inflation.js";
import type { Finding } from "../../../src/core/signals/types.js";
import {
  at,
  contextFor,
  findingsFor,
  type MeetingSpec,
  person,
  snapshot,
  tenant,
  weeksBefore,
} from "../../helpers/snapshot.js";
import { company, PEOPLE, TECH, VENTES } from "./company.js";

const W = "2026-W20";
const weeks = [...weeksBefore(W, 8), W];
const scope = (fs: Finding[], s: string) => fs.find((f) => f.scope === s);

/** Three new 2-hour recurring series for the Ventes team, twice a week. */
function ventesSprawl(weekId: string): MeetingSpec[] {
  return ["Synchro pipeline", "Revue des comptes", "Point prévisions"].flatMap((title, i) =>
    [2, 4].map((day) => ({
      title,
      start: at(weekId, day, `${String(9 + 2 * i).padStart(2, "0")}:00`),
      minutes: 120,
      attendees: VENTES,
      recurringEventId: `sprawl-${i}`,
    })),
  );
}

/** Six sales hires who arrive in `from` and from then on meet about as much as the team does (1 h a week). */
const HIRES = Array.from({ length: 6 }, (_, i) => `ventes${i + 7}@acme.fr`);
function withHires(joined: (w: string) => string | undefined) {
  const from = weeks[7] as string;
  const people = [...PEOPLE, ...HIRES.map((e) => person(e, "Ventes", { joined: joined(from) }))];
  const built = company(weeks, (w) => ({
    extra:
      w >= from
        ? [2].map((d) => ({
            title: "Intégration Ventes",
            start: at(w, d, "14:00"),
            minutes: 60,
            attendees: [...HIRES, VENTES[0] as string],
          }))
        : [],
  }));
  return snapshot({ people, ...built });
}

describe("meeting_inflation", () => {
  it("does not read a recurring series split in two (edited 'this and following') as sprawl", () => {
    const split = weeks[6] as string;
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => ({
        extra: [1, 3].map((d) => ({
          title: "Point pipeline",
          start: at(w, d, "11:00"),
          minutes: 60,
          attendees: VENTES,
          recurringEventId: w < split ? "pipeline" : "pipeline_R20260504T090000",
        })),
      })),
    });
    const fs = findingsFor(meetingInflation, snap, W);
    expect(fs.map((f) => [f.scope, f.status])).toEqual(fs.map((f) => [f.scope, "ok"]));
  });

  it("counts hires only from the week they join, by directory creation or by first meeting", () => {
    for (const joined of [(w: string) => `${at(w, 1, "08:00")}:00+02:00`, () => undefined]) {
      const ventes = scope(findingsFor(meetingInflation, withHires(joined), W), "team:Ventes");
      // Counted at zero hours before they arrived, they would halve the usual and make W look inflated.
      expect(ventes?.status).toBe("ok");
      expect(ventes?.value ?? 0).toBeLessThan((ventes?.baseline ?? 0) * 1.3);
    }
  });

  it("stays ok in a company whose weeks look alike", () => {
    const fs = findingsFor(meetingInflation, snapshot({ people: PEOPLE, ...company(weeks) }), W);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => "ok"));
    const org = scope(fs, "org");
    expect(org?.insufficientHistory).toBe(false);
    expect(org?.unit).toBe("h/person/week");
    expect(org?.baseline).not.toBeNull();
  });

  it("alerts on a team whose people's meeting hours jump, new series first in evidence", () => {
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W ? { extra: ventesSprawl(w) } : {})),
    });
    const fs = findingsFor(meetingInflation, snap, W);
    const ventes = scope(fs, "team:Ventes");
    expect(ventes?.status).toBe("alert");
    expect(ventes?.value).toBeGreaterThan((ventes?.baseline ?? 0) + 10);
    expect(ventes?.details.newSeries).toBe(3);
    expect(ventes?.evidence.slice(0, 3).map((e) => e.title)).toEqual([
      "Synchro pipeline",
      "Revue des comptes",
      "Point prévisions",
    ]);
    expect(ventes?.evidence.length).toBeLessThanOrEqual(8);
    expect(ventes?.summary).toMatch(
      /^Les membres de l'équipe Ventes passent .* h\/semaine en réunion contre .* h d'habitude \(\+/,
    );
    expect(ventes?.action).toContain("Synchro pipeline");
    expect(scope(fs, "team:Tech")?.status).toBe("ok");
  });

  it("says insufficient history with fewer than three baseline weeks", () => {
    const short = [...weeksBefore(W, 2), W];
    const snap = snapshot({
      people: PEOPLE,
      ...company(short, (w) => (w === W ? { extra: ventesSprawl(w) } : {})),
    });
    const ventes = scope(findingsFor(meetingInflation, snap, W), "team:Ventes");
    expect(ventes?.insufficientHistory).toBe(true);
    expect(ventes?.status).toBe("ok");
    expect(ventes?.summary).toMatch(/^Historique insuffisant/);
  });

  it("never shows a private or one-to-one meeting by title, though it counts their hours", () => {
    const secret: MeetingSpec[] = [
      {
        title: "Entretien annuel",
        start: at(W, 1, "13:00"),
        minutes: 240,
        attendees: [TECH[0] as string, TECH[1] as string],
      },
      {
        title: "Projet confidentiel",
        start: at(W, 2, "13:00"),
        minutes: 240,
        attendees: TECH,
        private: true,
      },
    ];
    const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => (w === W ? { extra: secret } : {})) });
    const tech = scope(findingsFor(meetingInflation, snap, W), "team:Tech");
    expect(tech?.evidence.map((e) => e.title)).not.toContain("Entretien annuel");
    expect(tech?.evidence.map((e) => e.title)).not.toContain("Projet confidentiel");
    expect(tech?.value).toBeGreaterThan((tech?.baseline ?? 0) + 4);
  });

  it("counts overlapping meetings once and leaves out declined, cancelled, all-day and focus time", () => {
    const [a, b] = VENTES as [string, string];
    const base = snapshot({ people: PEOPLE, meetings: [] });
    const hours = (specs: MeetingSpec[]) => {
      const ctx = contextFor(
        { ...base, ...company([W], () => ({ codir: "absent", ceoOneToOnes: 0, extra: specs })) },
        W,
      );
      return meetingInflation.measure(ctx, MEETING_INFLATION_DEFAULTS).find((m) => m.scope === "team:Ventes")
        ?.value;
    };
    const usual = hours([]) ?? 0;
    const two = (over: Partial<MeetingSpec>, start = at(W, 5, "10:00")): MeetingSpec => ({
      start,
      attendees: [a, b],
      ...over,
    });
    // Two 1-hour meetings overlapping by 30 minutes: 1.5 h for a and b, 3 person-hours over 6 people.
    expect(hours([two({}), two({}, at(W, 5, "10:30"))])).toBeCloseTo(usual + 0.5, 5);
    expect(hours([two({ attendees: [a, { email: b, response: "declined" }] })])).toBe(usual);
    expect(hours([two({ status: "cancelled" })])).toBe(usual);
    expect(hours([two({ allDay: true })])).toBe(usual);
    expect(hours([two({ type: "focusTime" })])).toBe(usual);
  });

  it("gives no team scope to a team below minGroupSize", () => {
    const fs = findingsFor(meetingInflation, snapshot({ people: PEOPLE, ...company(weeks) }), W);
    expect(fs.map((f) => f.scope)).toEqual(["org", "team:Direction", "team:Tech", "team:Ventes"]);
  });

  it("does not alert on the normal week after holiday weeks in the baseline", () => {
    const holidays = new Set(weeks.slice(4, 8));
    const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => ({ holiday: holidays.has(w) })) });
    const fs = findingsFor(meetingInflation, snap, W);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => "ok"));
    expect(fs.every((f) => !f.insufficientHistory)).toBe(true);
  });

  it("writes in English for an English tenant", () => {
    const snap = snapshot({
      people: PEOPLE,
      tenant: tenant({ locale: "en" }),
      ...company(weeks, (w) => (w === W ? { extra: ventesSprawl(w) } : {})),
    });
    const ventes = scope(findingsFor(meetingInflation, snap, W), "team:Ventes");
    expect(ventes?.summary).toMatch(
      /^Members of the Ventes team spend .* h\/week in meetings against .* h usually \(\+/,
    );
    expect(ventes?.evidence[0]?.why).toBe("new recurring meeting");
  });
});
