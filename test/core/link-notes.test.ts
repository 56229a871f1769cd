import { describe, expect, it } from "vitest";
import { linkNotes, titleWords } from "../../src/core/link-notes.js";
import type { Meeting, Note } from "../../src/core/model.js";

const ZONE = "Europe/Paris";

function meeting(id: string, title: string, start: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id,
    key: `key-${id}`,
    title,
    start,
    end: start,
    allDay: false,
    type: "default",
    status: "confirmed",
    organizer: "ceo@acme.fr",
    creator: "ceo@acme.fr",
    attendees: [],
    recurringEventId: null,
    private: false,
    hasAgenda: false,
    link: null,
    attachmentFileIds: [],
    calendars: ["ceo@acme.fr"],
    created: null,
    ...over,
  };
}

function note(id: string, title: string, date: string, over: Partial<Note> = {}): Note {
  return {
    id,
    source: "doc",
    kind: "meeting",
    title,
    date,
    url: null,
    meetingKey: null,
    eventId: null,
    lines: [],
    locale: null,
    lastEdited: null,
    ...over,
  };
}

const keyOf = (meetings: Meeting[], n: Note) => linkNotes(meetings, [n], ZONE)[0]?.meetingKey;

describe("linkNotes", () => {
  it("dates a note known only by its creation day by the event it names, and keeps a written date", () => {
    const meetings = [meeting("ev1", "Revue mensuelle", "2026-11-20T23:30:00+00:00")];
    const created = note("p1", "Notes", "2026-11-13", { eventId: "ev1", dateFromCreation: true });
    // 23:30 UTC is the next day in Paris: the meeting's own local date.
    expect(linkNotes(meetings, [created], ZONE)[0]).toMatchObject({
      date: "2026-11-21",
      meetingKey: "key-ev1",
    });
    const written = note("p2", "Notes", "2026-11-13", { eventId: "ev1" });
    expect(linkNotes(meetings, [written], ZONE)[0]?.date).toBe("2026-11-13");
  });

  it("links a note to the meeting it is attached to, before any title match", () => {
    const meetings = [
      meeting("a", "CODIR", "2026-11-16T09:00:00+01:00"),
      meeting("b", "Point prix", "2026-11-16T14:00:00+01:00", { attachmentFileIds: ["doc1"] }),
    ];
    expect(keyOf(meetings, note("doc1", "Compte rendu CODIR", "2026-11-16"))).toBe("key-b");
  });

  it("takes the instance of the note's date when the document is attached to a whole series", () => {
    const series = ["2026-11-09", "2026-11-16", "2026-11-23"].map((d) =>
      meeting(`codir_${d}`, "CODIR", `${d}T09:00:00+01:00`, {
        attachmentFileIds: ["doc1"],
        recurringEventId: "codir",
      }),
    );
    expect(keyOf(series, note("doc1", "Notes CODIR", "2026-11-16"))).toBe("key-codir_2026-11-16");
    expect(keyOf(series, note("doc1", "Notes CODIR", "2026-11-22"))).toBe("key-codir_2026-11-23");
  });

  it("links a note to the event it names: an instance, an iCalUID key, or a series on the note's date", () => {
    const meetings = [
      meeting("codir_1116", "CODIR", "2026-11-16T09:00:00+01:00", { recurringEventId: "codir" }),
      meeting("codir_1123", "CODIR", "2026-11-23T09:00:00+01:00", { recurringEventId: "codir" }),
      meeting("single", "Séminaire", "2026-11-18T09:00:00+01:00", { key: "single@google.com" }),
    ];
    expect(keyOf(meetings, note("p1", "Sans titre", "2026-11-20", { eventId: "codir_1116" }))).toBe(
      "key-codir_1116",
    );
    expect(keyOf(meetings, note("p2", "Sans titre", "2026-11-20", { eventId: "single@google.com" }))).toBe(
      "single@google.com",
    );
    expect(keyOf(meetings, note("p3", "Sans titre", "2026-11-23", { eventId: "codir" }))).toBe(
      "key-codir_1123",
    );
  });

  it("links by local date and title, ritual name against a minutes title", () => {
    const meetings = [
      meeting("a", "Point commercial", "2026-11-16T09:00:00+01:00"),
      meeting("b", "CODIR", "2026-11-16T14:00:00+01:00"),
      meeting("c", "CODIR", "2026-11-17T14:00:00+01:00"),
    ];
    expect(keyOf(meetings, note("n", "Compte rendu CODIR 16/11", "2026-11-16"))).toBe("key-b");
    expect(keyOf(meetings, note("n", "CR Comité de pilotage", "2026-11-16"))).toBeNull();
  });

  it("matches the local date in the tenant zone, not in UTC", () => {
    const late = [meeting("late", "Point équipe", "2026-11-16T23:30:00Z")];
    expect(keyOf(late, note("n", "Notes point équipe", "2026-11-17"))).toBe("key-late");
    expect(keyOf(late, note("n", "Notes point équipe", "2026-11-16"))).toBeNull();
  });

  it("never links to a cancelled meeting when a held one matches", () => {
    const cancelled = meeting("x", "CODIR", "2026-11-16T09:00:00+01:00", {
      status: "cancelled",
      attachmentFileIds: ["doc1"],
    });
    const held = meeting("y", "CODIR exceptionnel", "2026-11-16T16:00:00+01:00", {
      attachmentFileIds: ["doc1"],
    });
    expect(keyOf([cancelled, held], note("doc1", "CR CODIR", "2026-11-16"))).toBe("key-y");
    expect(keyOf([cancelled, held], note("doc2", "CR CODIR", "2026-11-16"))).toBe("key-y");
    expect(keyOf([cancelled], note("doc2", "CR CODIR", "2026-11-16"))).toBe("key-x");
  });

  it("never links a strategy note", () => {
    const meetings = [
      meeting("s", "Stratégie 2027", "2026-11-16T09:00:00+01:00", { attachmentFileIds: ["okr"] }),
    ];
    expect(keyOf(meetings, note("okr", "Stratégie 2027", "2026-11-16", { kind: "strategy" }))).toBeNull();
  });

  it("reads title words without accents, dates or minutes vocabulary", () => {
    expect([...titleWords("Compte-rendu du Comité de Direction – 16 novembre 2026")]).toEqual([
      "comite",
      "direction",
    ]);
  });
});
