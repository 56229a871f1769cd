/**
 * Baselines that follow the company: people leave, series are split and re-created, a
 * department is renamed. None of these is a drift; a real drift during them still is.
 */
import { describe, expect, it } from "vitest";
import { DETECTORS } from "../../../src/core/catalogue.js";
import type { Attendee, Meeting, Person, ResponseStatus, Snapshot } from "../../../src/core/model.js";
import { meetingInflation } from "../../../src/core/signals/meeting-inflation.js";
import { participationDecline } from "../../../src/core/signals/participation-decline.js";
import { ritualDrift, ritualWeekFigures } from "../../../src/core/signals/ritual-drift.js";
import { membersOf } from "../../../src/core/signals/scopes.js";
import type { Finding } from "../../../src/core/signals/types.js";
import {
  at,
  contextWithKinds,
  findingsFor,
  type MeetingSpec,
  person,
  snapshot,
  weeksBefore,
} from "../../helpers/snapshot.js";
import { company, PEOPLE, TECH, VENTES } from "./company.js";

const W = "2026-W20";
const weeks = [...weeksBefore(W, 8), W];
const scope = (fs: Finding[], s: string) => fs.find((f) => f.scope === s);

/** Three more Ventes people, at every Ventes meeting until `weeks[2]`; they leave then. */
const LEAVERS = ["ventes7@acme.fr", "ventes8@acme.fr", "ventes9@acme.fr"];
const leftAfter = at(weeks[3] as string, 1, "00:00");

function withLeavers(meetings: Meeting[]): Meeting[] {
  return meetings.map((m) => {
    const ventes = m.attendees.filter((a) => VENTES.includes(a.email)).length;
    if (m.start >= leftAfter || ventes < 3) return m;
    return {
      ...m,
      attendees: [
        ...m.attendees,
        ...LEAVERS.map((email) => ({ ...(m.attendees[0] as Attendee), email, organizer: false })),
      ],
    };
  });
}

/**
 * Ventes also hold a daily stand-up and a weekly workshop; in W everyone but the organiser
 * declines the stand-up (a real participation decline), while still meeting at the workshop.
 */
function ventesWeek(w: string): MeetingSpec[] {
  const response: ResponseStatus = w === W ? "declined" : "accepted";
  const standups = [1, 2, 3, 4, 5].map((d) => ({
    title: "Daily Ventes",
    start: at(w, d, "09:00"),
    minutes: 15,
    attendees: VENTES.map((email, i) => (i === 0 ? email : { email, response })),
    recurringEventId: "daily-ventes",
    hasAgenda: false,
  }));
  return [...standups, { title: "Atelier prospection", start: at(w, 4, "14:00"), attendees: VENTES }];
}

function leaversCompany(directory: (p: Person) => Person) {
  const built = company(weeks, (w) => ({ extra: ventesWeek(w) }));
  const people = [...PEOPLE, ...LEAVERS.map((e) => person(e, "Ventes"))].map(directory);
  return snapshot({ people, ...built, meetings: withLeavers(built.meetings) });
}

describe("leavers stop counting from the week they left", () => {
  for (const [how, directory] of [
    [
      "suspended in the directory",
      (p: Person) => (LEAVERS.includes(p.email) ? { ...p, suspended: true } : p),
    ],
    ["still listed, absent from every calendar since", (p: Person) => p],
  ] as const) {
    it(`keeps a team's real participation decline an alert when three of nine people left (${how})`, () => {
      const ventes = scope(findingsFor(participationDecline, leaversCompany(directory), W), "team:Ventes");
      // Counted as members who never meet, a third of the team reads as away: a holiday week, capped to a watch.
      expect(ventes?.status).toBe("alert");
    });
  }

  it("still counts a leaver in the weeks before they left", () => {
    const snap = leaversCompany((p) => (LEAVERS.includes(p.email) ? { ...p, suspended: true } : p));
    const members = (w: string) => membersOf(contextWithKinds(snap, w), "team:Ventes");
    expect(members(weeks[2] as string)).toEqual([...VENTES, ...LEAVERS]);
    expect(members(weeks[6] as string)).toEqual(VENTES);
  });
});

/** The Tech stand-up, re-created on Thursday of `split` with a new id (and, renamed, a new title). */
function splitStandup(split: string, title: string) {
  return company(weeks, (w) => {
    if (w < split) return {};
    const days = w === split ? [4, 5] : [1, 2, 3, 4, 5];
    const extra = days.map((d) => ({
      title,
      start: at(w, d, "09:30"),
      minutes: 15,
      attendees: TECH,
      recurringEventId: "standup-plateforme",
      hasAgenda: false,
    }));
    return { techStandups: w === split ? 3 : 0, extra };
  });
}

describe("a recurring series ended and re-created continues the ritual", () => {
  for (const title of ["Stand-up Tech", "Stand-up Plateforme"]) {
    it(`counts one daily stand-up in the week of the split (new title: ${title})`, () => {
      const snap = snapshot({ people: PEOPLE, ...splitStandup(W, title) });
      const figures = ritualWeekFigures(contextWithKinds(snap, W), "team:Tech");
      expect(figures["ritual:standup:expected"]).toBe(5);
      expect(figures["ritual:standup:held"]).toBe(5);
      expect(scope(findingsFor(ritualDrift, snap, W), "team:Tech")?.status).toBe("ok");
      expect(scope(findingsFor(meetingInflation, snap, W), "team:Tech")?.details.newSeries ?? 0).toBe(0);
    });
  }

  it("never merges two teams' stand-ups of the same title that run side by side", () => {
    const both = company(weeks, (w) => ({
      extra: [1, 2, 3, 4, 5].map((d) => ({
        title: "Stand-up Tech",
        start: at(w, d, "09:45"),
        minutes: 15,
        attendees: VENTES,
        recurringEventId: "standup-ventes",
        hasAgenda: false,
      })),
    }));
    const figures = ritualWeekFigures(contextWithKinds(snapshot({ people: PEOPLE, ...both }), W));
    expect(figures["ritual:standup:expected"]).toBe(10);
  });
});

describe("a renamed department", () => {
  it("changes no finding, in the week of the rename or after, when the stand-up's title and series change", () => {
    const raised = (snap: Snapshot) =>
      [weeks[7] as string, W]
        .flatMap((w) => DETECTORS.flatMap((d) => findingsFor(d, snap, w)))
        .filter((f) => f.status !== "ok")
        .map((f) => `${f.signal} ${f.scope} ${f.status}`);
    const renamed = snapshot({ people: PEOPLE, ...splitStandup(weeks[7] as string, "Stand-up Plateforme") });
    expect(raised(renamed)).toEqual(raised(snapshot({ people: PEOPLE, ...company(weeks) })));
  });
});

describe("holiday weeks", () => {
  it("expects no stand-up on a two-day public holiday (Ascension Thursday and its bridge)", () => {
    const built = company(weeks, (w) => (w === W ? { techStandups: 3 } : {}));
    const thursday = at(W, 4, "00:00");
    const meetings = built.meetings.filter((m) => !(m.start >= thursday && m.start < at(W, 6, "00:00")));
    const snap = snapshot({ people: PEOPLE, ...built, meetings });
    const figures = ritualWeekFigures(contextWithKinds(snap, W), "team:Tech");
    expect(figures["ritual:standup:expected"]).toBe(3);
    expect(scope(findingsFor(ritualDrift, snap, W), "team:Tech")?.status).toBe("ok");
    // An ordinary week (others meet on Friday) where the team skips the same two stand-ups is still seen.
    const friday = { title: "Atelier prospection", start: at(W, 5, "14:00"), attendees: VENTES };
    const skipped = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W ? { techStandups: 3, extra: [friday] } : {})),
    });
    expect(ritualWeekFigures(contextWithKinds(skipped, W), "team:Tech")["ritual:standup:expected"]).toBe(5);
  });

  it("leaves a week where most people are away out of the baseline and raises no alert in it", () => {
    const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => (w === W ? { holiday: true } : {})) });
    const raised = DETECTORS.flatMap((d) => findingsFor(d, snap, W)).filter((f) => f.status === "alert");
    expect(raised.map((f) => `${f.signal} ${f.scope}`)).toEqual([]);
  });
});
