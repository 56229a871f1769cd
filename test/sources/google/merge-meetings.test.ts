import { describe, expect, it } from "vitest";
import { readMeetingCopies } from "../../../src/sources/google/calendar.js";
import { MeetingMerger, mergeMeetingCopies } from "../../../src/sources/google/merge-meetings.js";

const ZONE = "Europe/Paris";

/** The same CODIR instance as each attendee's calendar returns it. */
function copyIn(calendar: string, responses: Record<string, string>, extra: Record<string, unknown> = {}) {
  const event = {
    id: "codir_20261116T080000Z",
    status: "confirmed",
    summary: "CODIR",
    organizer: { email: "alice@acme.fr", ...(calendar === "alice@acme.fr" ? { self: true } : {}) },
    start: { dateTime: "2026-11-16T09:00:00+01:00" },
    end: { dateTime: "2026-11-16T10:00:00+01:00" },
    recurringEventId: "codir",
    originalStartTime: { dateTime: "2026-11-16T09:00:00+01:00" },
    iCalUID: "codir@google.com",
    attendees: Object.entries(responses).map(([email, responseStatus]) => ({
      email,
      responseStatus,
      ...(email === calendar ? { self: true } : {}),
      ...(email === "alice@acme.fr" ? { organizer: true } : {}),
    })),
    ...extra,
  };
  return readMeetingCopies(
    { timeZone: ZONE, items: [event] },
    { calendarId: calendar, zone: ZONE, file: calendar },
  );
}

describe("mergeMeetingCopies", () => {
  it("counts the same event read from 3 calendars once, each response from its owner's copy", () => {
    const copies = [
      // The organizer's copy lags behind: Bob and Carol answered since.
      ...copyIn("alice@acme.fr", {
        "alice@acme.fr": "accepted",
        "bob@acme.fr": "needsAction",
        "carol@acme.fr": "needsAction",
        "dave@acme.fr": "tentative",
      }),
      ...copyIn("bob@acme.fr", {
        "alice@acme.fr": "needsAction",
        "bob@acme.fr": "accepted",
        "carol@acme.fr": "needsAction",
        "dave@acme.fr": "needsAction",
      }),
      ...copyIn("carol@acme.fr", { "carol@acme.fr": "declined" }, { attachments: [{ fileId: "doc9" }] }),
    ];
    const meetings = mergeMeetingCopies(copies);
    expect(meetings).toHaveLength(1);
    const m = meetings[0];
    expect(m?.calendars).toEqual(["alice@acme.fr", "bob@acme.fr", "carol@acme.fr"]);
    expect(Object.fromEntries(m?.attendees.map((a) => [a.email, a.response]) ?? [])).toEqual({
      "alice@acme.fr": "accepted",
      "bob@acme.fr": "accepted",
      "carol@acme.fr": "declined",
      // Nobody's own copy: the organizer's copy is authoritative.
      "dave@acme.fr": "tentative",
    });
    expect(m?.attachmentFileIds).toEqual(["doc9"]);
    expect(m?.hasAgenda).toBe(true);
  });

  it("takes the organizer's status, and without it keeps an event held for anyone", () => {
    const held = copyIn("bob@acme.fr", { "bob@acme.fr": "accepted" });
    const cancelled = copyIn("carol@acme.fr", { "carol@acme.fr": "accepted" }, { status: "cancelled" });
    expect(mergeMeetingCopies([...cancelled, ...held])[0]?.status).toBe("confirmed");
    const organizer = copyIn("alice@acme.fr", { "alice@acme.fr": "accepted" }, { status: "cancelled" });
    expect(mergeMeetingCopies([...held, ...organizer])[0]?.status).toBe("cancelled");
  });

  it("keeps distinct events apart", () => {
    const a = copyIn("bob@acme.fr", { "bob@acme.fr": "accepted" });
    const b = copyIn("bob@acme.fr", {}, { originalStartTime: { dateTime: "2026-11-23T09:00:00+01:00" } });
    expect(mergeMeetingCopies([...a, ...b]).map((m) => m.key)).toEqual([
      "codir|2026-11-16T08:00:00Z",
      "codir|2026-11-23T08:00:00Z",
    ]);
  });

  it("folds calendars in one at a time as they are read, with the answer of merging them all at once", () => {
    // The organizer's copy comes last, and Dave's own copy (his answer) after a stale one.
    const calendars = [
      copyIn("bob@acme.fr", { "bob@acme.fr": "accepted", "dave@acme.fr": "needsAction" }, { summary: "" }),
      copyIn("dave@acme.fr", { "dave@acme.fr": "declined", "erin@acme.fr": "needsAction" }),
      copyIn(
        "alice@acme.fr",
        { "alice@acme.fr": "accepted", "bob@acme.fr": "needsAction", "erin@acme.fr": "tentative" },
        { attachments: [{ fileId: "doc9" }], htmlLink: "https://calendar.example/codir" },
      ),
    ];
    const merger = new MeetingMerger();
    for (const copies of calendars) merger.add(copies);
    const folded = merger.meetings();
    expect(folded).toEqual(mergeMeetingCopies(calendars.flat()));
    const m = folded[0];
    expect(m?.title).toBe("CODIR");
    expect(Object.fromEntries(m?.attendees.map((a) => [a.email, a.response]) ?? [])).toEqual({
      "bob@acme.fr": "accepted",
      "dave@acme.fr": "declined",
      "erin@acme.fr": "tentative",
      "alice@acme.fr": "accepted",
    });
    expect(m?.attachmentFileIds).toEqual(["doc9"]);
    expect(m?.link).toBe("https://calendar.example/codir");
  });
});
