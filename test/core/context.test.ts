import { describe, expect, it } from "vitest";
import { personMeetingHours } from "../../src/core/context.js";
import { at, contextFor, meeting, person, snapshot, team, tenant } from "../helpers/snapshot.js";

const W = "2026-W47";
const people = [...team("Ventes", 5), ...team("Achats", 3), person("ceo@acme.fr", "Direction")];

describe("week context", () => {
  it("counts overlapping meetings once in a person's hours", () => {
    const a = "ventes1@acme.fr";
    const b = "ventes2@acme.fr";
    const snap = snapshot({
      people,
      meetings: [
        meeting({ start: at(W, 1, "09:00"), minutes: 60, attendees: [a, b] }),
        meeting({ start: at(W, 1, "09:30"), minutes: 60, attendees: [a, "ventes3@acme.fr"] }),
        meeting({ start: at(W, 2, "14:00"), minutes: 30, attendees: [a, b] }),
      ],
    });
    const ctx = contextFor(snap, W);
    expect(personMeetingHours(ctx.meetings, a, ctx.week)).toBe(2);
    expect(personMeetingHours(ctx.meetings, b, ctx.week)).toBe(1.5);
  });

  it("does not count declined, cancelled, all-day, focus-time or solo events", () => {
    const a = "ventes1@acme.fr";
    const snap = snapshot({
      people,
      meetings: [
        meeting({
          start: at(W, 1, "09:00"),
          attendees: [a, { email: "ventes2@acme.fr", response: "declined" }],
        }),
        meeting({ start: at(W, 1, "11:00"), attendees: [a, "ventes2@acme.fr"], status: "cancelled" }),
        meeting({ start: at(W, 2, "00:00"), minutes: 1440, attendees: [a, "ventes2@acme.fr"], allDay: true }),
        meeting({ start: at(W, 3, "09:00"), attendees: [a, "ventes2@acme.fr"], type: "focusTime" }),
        meeting({ start: at(W, 4, "09:00"), attendees: [a] }),
      ],
    });
    const ctx = contextFor(snap, W);
    expect(ctx.meetings.filter((m) => m.counted)).toHaveLength(0);
    expect(personMeetingHours(ctx.meetings, a, ctx.week)).toBe(0);
  });

  describe("attendance: who spends the meeting's time", () => {
    const a = "ventes1@acme.fr";
    const b = "ventes2@acme.fr";
    const c = "ventes3@acme.fr";
    const hoursOf = (m: ReturnType<typeof meeting>) => {
      const ctx = contextFor(snapshot({ people, meetings: [m] }), W);
      return Object.fromEntries([a, b, c].map((e) => [e, personMeetingHours(ctx.meetings, e, ctx.week)]));
    };

    it("counts an accepted and a tentative guest, and the organizer among the guests", () => {
      const m = meeting({ start: at(W, 1, "09:00"), attendees: [a, b, { email: c, response: "tentative" }] });
      expect(hoursOf(m)).toEqual({ [a]: 1, [b]: 1, [c]: 1 });
    });

    it("leaves out a guest who never answered, optional or not, but keeps the invitation", () => {
      const m = meeting({
        start: at(W, 1, "09:00"),
        attendees: [a, b, { email: c, response: "needsAction", optional: true }],
      });
      expect(hoursOf(m)).toEqual({ [a]: 1, [b]: 1, [c]: 0 });
      const unanswered = meeting({
        start: at(W, 1, "09:00"),
        attendees: [a, { email: b, response: "needsAction" }],
      });
      const ctx = contextFor(snapshot({ people, meetings: [unanswered] }), W);
      // Still a meeting of the week with its invitations (participation reads them), no one's time.
      expect(ctx.meetings[0]).toMatchObject({ counted: true, present: [a], available: [a, b] });
      expect(personMeetingHours(ctx.meetings, b, ctx.week)).toBe(0);
    });

    it("leaves out an organizer who is not among the guests", () => {
      const m = meeting({ start: at(W, 1, "09:00"), organizer: c, attendees: [a, b] });
      expect(hoursOf(m)).toEqual({ [a]: 1, [b]: 1, [c]: 0 });
    });

    it("counts nobody's time in an event marked free", () => {
      const m = { ...meeting({ start: at(W, 1, "09:00"), attendees: [a, b, c] }), transparent: true };
      expect(hoursOf(m)).toEqual({ [a]: 0, [b]: 0, [c]: 0 });
    });

    it("leaves out a declined guest", () => {
      const m = meeting({ start: at(W, 1, "09:00"), attendees: [a, b, { email: c, response: "declined" }] });
      expect(hoursOf(m)).toEqual({ [a]: 1, [b]: 1, [c]: 0 });
    });
  });

  it("splits a meeting across the Sunday/Monday boundary between the two weeks", () => {
    const snap = snapshot({
      people,
      meetings: [
        meeting({
          start: "2026-11-22T23:00",
          minutes: 120,
          attendees: ["ventes1@acme.fr", "ventes2@acme.fr"],
        }),
      ],
    });
    expect(contextFor(snap, "2026-W47").meetings[0]?.hoursInWeek).toBe(1);
    expect(contextFor(snap, "2026-W48").meetings[0]?.hoursInWeek).toBe(1);
  });

  it("folds teams below the privacy minimum into org", () => {
    const ctx = contextFor(snapshot({ people }), W);
    expect(ctx.teams.map((t) => t.scope)).toEqual(["team:Ventes"]);
    expect(ctx.teamScopeOf("achats1@acme.fr")).toBeNull();
    expect(ctx.departmentOf("achats1@acme.fr")).toBe("Achats");
  });

  it("matches configured rituals on titles, case-insensitively", () => {
    const snap = snapshot({
      people,
      tenant: tenant(),
      meetings: [
        meeting({
          title: "Comité de Direction",
          start: at(W, 1),
          attendees: ["ceo@acme.fr", "ventes1@acme.fr"],
        }),
        meeting({ title: "Point client", start: at(W, 2), attendees: ["ceo@acme.fr", "ventes1@acme.fr"] }),
      ],
    });
    expect(contextFor(snap, W).meetings.map((m) => m.ritualId)).toEqual(["codir", null]);
  });
});
