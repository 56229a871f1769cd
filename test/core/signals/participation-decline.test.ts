import { describe, expect, it } from "vitest";
import { participationDecline, ritualInvitations } from "../../../src/core/signals/participation-decline.js";
import type { Finding } from "../../../src/core/signals/types.js";
import {
  at,
  contextWithKinds,
  findingsFor,
  type MeetingSpec,
  snapshot,
  tenant,
  weeksBefore,
} from "../../helpers/snapshot.js";
import { CEO, company, DIRECTION, PEOPLE, TECH, VENTES } from "./company.js";

const W = "2026-W20";
const weeks = [...weeksBefore(W, 8), W];
const scope = (fs: Finding[], s: string) => fs.find((f) => f.scope === s);

/** A weekly Tech review where some invitees decline and some do not answer. */
const techReview = (w: string, declined: number, silent: number): MeetingSpec => ({
  id: `techreview-${w}`,
  title: "Comité de direction technique",
  start: at(w, 4, "11:00"),
  organizer: CEO,
  attendees: [
    CEO,
    ...TECH.map((email, i) => ({
      email,
      response:
        i < declined
          ? ("declined" as const)
          : i < declined + silent
            ? ("needsAction" as const)
            : ("accepted" as const),
    })),
  ],
});

/** A weekly leadership committee of the CEO and ten managers; `bad` of them decline or stay silent. */
const MANAGERS = [...DIRECTION, ...VENTES.slice(0, 3), ...TECH.slice(0, 3)];
const committee = (w: string, bad: number): MeetingSpec => ({
  id: `committee-${w}`,
  title: "Comité de direction",
  start: at(w, 2, "08:30"),
  organizer: CEO,
  attendees: [
    CEO,
    ...MANAGERS.map((email, i) => ({
      email,
      response: i < bad ? (i % 2 ? ("declined" as const) : ("needsAction" as const)) : ("accepted" as const),
    })),
  ],
});
/** Twice-daily Ventes stand-ups: many healthy invitations pooled with the committee's. */
const ventesStandups = (w: string): MeetingSpec[] =>
  [1, 2, 3, 4, 5].flatMap((d) =>
    ["09:00", "17:00"].map((time) => ({
      id: `standup-ventes-${w}-${d}-${time}`,
      title: "Stand-up Ventes",
      start: at(w, d, time),
      minutes: 15,
      organizer: VENTES[0] as string,
      attendees: [...VENTES],
      recurringEventId: `standup-ventes-${time}`,
    })),
  );

describe("participation_decline", () => {
  it("alerts at org when the leadership committee collapses while every other ritual is fine", () => {
    const weekOf = (w: string, bad: number) => ({
      codir: "absent" as const,
      extra: [committee(w, bad), ...ventesStandups(w)],
    });
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => (w === W ? weekOf(w, 5) : weekOf(w, w === weeks[3] ? 1 : 0))),
    });
    const org = scope(findingsFor(participationDecline, snap, W), "org");
    // Pooled with the stand-ups the rate barely moves; the committee alone went from 0–9 % to half (a member in no other meeting counts as away).
    expect(org?.value).toBeLessThan(0.1);
    expect(org?.status).toBe("alert");
    expect(org?.summary).toMatch(/CODIR : 50\s% des 10 invitations refusées ou sans réponse/);
    expect(org?.evidence[0]?.id).toBe(`committee-${W}`);
  });

  it("stays ok when the committee has its usual one or two absences", () => {
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) => ({
        codir: "absent" as const,
        extra: [committee(w, w === W ? 2 : weeks.indexOf(w) % 2), ...ventesStandups(w)],
      })),
    });
    expect(scope(findingsFor(participationDecline, snap, W), "org")?.status).toBe("ok");
  });

  it("stays ok when invitees answer as usual", () => {
    const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => ({ extra: [techReview(w, 1, 0)] })) });
    const fs = findingsFor(participationDecline, snap, W);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => "ok"));
    expect(fs.map((f) => f.scope)).not.toContain("team:Achats");
  });

  it("alerts when ritual invitations are declined or left unanswered, worst meetings first", () => {
    const snap = snapshot({
      people: PEOPLE,
      ...company(weeks, (w) =>
        w === W
          ? { codirResponse: "declined", extra: [techReview(w, 2, 3)] }
          : { extra: [techReview(w, 1, 0)] },
      ),
    });
    const fs = findingsFor(participationDecline, snap, W);
    const org = scope(fs, "org");
    expect(org?.status).toBe("alert");
    expect(org?.evidence.slice(0, 2).map((e) => e.id)).toEqual([`codir-${W}`, `techreview-${W}`]);
    expect(org?.evidence[0]?.why).toBe("6 refus, 0 sans réponse sur 6 invités");
    expect(org?.details.declineRate).toBeGreaterThan(0.1);
    expect(org?.details.noAnswerRate).toBeGreaterThan(0.05);
    expect(org?.action).toContain("« CODIR »");
    expect(scope(fs, "team:Direction")?.status).not.toBe("ok");
  });

  it("leaves out the organizer and people away (out of office, or in no meeting all week)", () => {
    const V = "2026-W21"; // no monthly review: the Direction people only meet at the CODIR
    const away = DIRECTION[0] as string;
    const snap = snapshot({
      people: PEOPLE,
      ...company([V], () => ({
        codirResponse: "declined",
        extra: [
          {
            title: "Absent",
            start: at(V, 1, "08:00"),
            minutes: 240,
            attendees: [TECH[0] as string],
            type: "outOfOffice",
          },
        ],
      })),
    });
    const inv = ritualInvitations(contextWithKinds(snap, V));
    const codir = inv.filter((i) => i.meeting.id === `codir-${V}`).map((i) => i.email);
    expect(codir).not.toContain(CEO); // the organizer
    expect(codir).not.toContain(TECH[0]); // out of office at that time
    expect(codir).not.toContain(away); // declined everything: in no meeting this week
  });

  it("says insufficient history with two baseline weeks", () => {
    const short = [...weeksBefore(W, 2), W];
    const snap = snapshot({
      people: PEOPLE,
      ...company(short, (w) => (w === W ? { codirResponse: "declined" } : {})),
    });
    const org = scope(findingsFor(participationDecline, snap, W), "org");
    expect([org?.insufficientHistory, org?.status]).toEqual([true, "ok"]);
    expect(org?.summary).toMatch(/^Historique insuffisant/);
  });

  it("does not alert on a holiday week or the week after", () => {
    const prev = weeks[7] as string;
    for (const holiday of [prev, W]) {
      const snap = snapshot({ people: PEOPLE, ...company(weeks, (w) => ({ holiday: w === holiday })) });
      expect(findingsFor(participationDecline, snap, W).map((f) => f.status)).not.toContain("alert");
    }
  });

  it("writes in English for an English tenant", () => {
    const snap = snapshot({
      people: PEOPLE,
      tenant: tenant({ locale: "en" }),
      ...company(weeks, (w) =>
        w === W ? { extra: [techReview(w, 3, 3)] } : { extra: [techReview(w, 0, 0)] },
      ),
    });
    const tech = scope(findingsFor(participationDecline, snap, W), "team:Tech");
    expect(tech?.status).not.toBe("ok");
    expect(tech?.summary).toMatch(
      /^Ritual invitations for the Tech team: .* declined and .* unanswered this week/,
    );
  });
});
