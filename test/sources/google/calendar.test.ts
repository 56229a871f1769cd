import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { normaliseCalendar, readMeetingCopies } from "../../../src/sources/google/calendar.js";

const ZONE = "Europe/Paris";
const CAL = "alice@acme.fr";
const FILE = "google/calendar/alice@acme.fr.json";

/** An events.list response of Alice's calendar, as the API returns it. */
function response(items: unknown[], timeZone = ZONE) {
  return { kind: "calendar#events", summary: CAL, timeZone, accessRole: "owner", items };
}

function read(items: unknown[], timeZone = ZONE) {
  const warnings: string[] = [];
  const meetings = normaliseCalendar(response(items, timeZone), {
    calendarId: CAL,
    zone: ZONE,
    file: FILE,
    warn: (m) => warnings.push(m),
  });
  return { meetings, warnings };
}

function only(items: unknown[], timeZone = ZONE) {
  const { meetings } = read(items, timeZone);
  expect(meetings).toHaveLength(1);
  return meetings[0] as (typeof meetings)[number];
}

const utc = (iso: string) => DateTime.fromISO(iso).toUTC().toISO({ suppressMilliseconds: true });

const single = {
  kind: "calendar#event",
  id: "ev1",
  status: "confirmed",
  htmlLink: "https://www.google.com/calendar/event?eid=ZXYxIGFsaWNlQGFjbWUuZnI",
  created: "2026-11-02T10:00:00.000Z",
  updated: "2026-11-10T10:00:00.000Z",
  summary: "Point budget",
  description: "Ordre du jour : budget 2027, SECRET-CHIFFRES",
  creator: { email: "Alice@acme.fr", self: true },
  organizer: { email: "Alice@acme.fr", self: true },
  start: { dateTime: "2026-11-16T10:00:00+01:00", timeZone: ZONE },
  end: { dateTime: "2026-11-16T11:30:00+01:00", timeZone: ZONE },
  iCalUID: "ev1@google.com",
  sequence: 0,
  attendees: [
    { email: "alice@acme.fr", organizer: true, self: true, responseStatus: "accepted" },
    { email: "Bob@acme.fr", responseStatus: "declined" },
    { email: "carol@acme.fr", optional: true, responseStatus: "tentative" },
    {
      email: "c_188@resource.calendar.google.com",
      displayName: "Salle Lyon",
      resource: true,
      responseStatus: "accepted",
    },
  ],
  attachments: [{ fileUrl: "https://drive.google.com/open?id=doc1", title: "CR", fileId: "doc1" }],
  visibility: "confidential",
  eventType: "default",
};

describe("transparency", () => {
  it("keeps an event shown as free as free, and a busy one as busy", () => {
    expect(only([{ ...single, transparency: "transparent" }]).transparent).toBe(true);
    expect(only([{ ...single, transparency: "opaque" }]).transparent).toBeUndefined();
  });
});

describe("normaliseCalendar", () => {
  it("reads a single event: key, times, people, agenda flag, links", () => {
    const m = only([single]);
    expect(m).toMatchObject({
      id: "ev1",
      key: "ev1@google.com",
      title: "Point budget",
      start: "2026-11-16T10:00:00+01:00",
      end: "2026-11-16T11:30:00+01:00",
      allDay: false,
      type: "default",
      status: "confirmed",
      organizer: "alice@acme.fr",
      creator: "alice@acme.fr",
      recurringEventId: null,
      private: true,
      hasAgenda: true,
      link: single.htmlLink,
      attachmentFileIds: ["doc1"],
      calendars: [CAL],
      created: "2026-11-02T10:00:00.000Z",
    });
    expect(m.attendees).toEqual([
      { email: "alice@acme.fr", response: "accepted", optional: false, organizer: true, resource: false },
      { email: "bob@acme.fr", response: "declined", optional: false, organizer: false, resource: false },
      { email: "carol@acme.fr", response: "tentative", optional: true, organizer: false, resource: false },
      {
        email: "c_188@resource.calendar.google.com",
        response: "accepted",
        optional: false,
        organizer: false,
        resource: true,
      },
    ]);
  });

  it("never keeps the description text", () => {
    expect(JSON.stringify(only([single]))).not.toContain("SECRET-CHIFFRES");
  });

  it("has an agenda with a description alone, and none with neither description nor attachment", () => {
    const { attachments: _, ...noAttachment } = single;
    expect(only([noAttachment]).hasAgenda).toBe(true);
    expect(only([{ ...noAttachment, description: "  " }]).hasAgenda).toBe(false);
  });

  it("keys a recurring instance by series and original start in UTC", () => {
    const m = only([
      {
        ...single,
        id: "codir_20261116T080000Z",
        recurringEventId: "codir",
        originalStartTime: { dateTime: "2026-11-16T09:00:00+01:00", timeZone: ZONE },
        // Moved by one hour this week: the key still names the original slot.
        start: { dateTime: "2026-11-16T10:00:00+01:00" },
        end: { dateTime: "2026-11-16T11:00:00+01:00" },
        iCalUID: "codir@google.com",
      },
    ]);
    expect(m.key).toBe("codir|2026-11-16T08:00:00Z");
    expect(m.recurringEventId).toBe("codir");
    expect(m.start).toBe("2026-11-16T10:00:00+01:00");
  });

  it("fills a bare cancelled exception from another instance of its series", () => {
    const held = {
      ...single,
      id: "codir_20261109T080000Z",
      summary: "CODIR",
      recurringEventId: "codir",
      originalStartTime: { dateTime: "2026-11-09T09:00:00+01:00" },
      start: { dateTime: "2026-11-09T09:00:00+01:00" },
      end: { dateTime: "2026-11-09T10:30:00+01:00" },
      iCalUID: "codir@google.com",
      visibility: "default",
    };
    const cancelled = {
      kind: "calendar#event",
      id: "codir_20261116T080000Z",
      status: "cancelled",
      recurringEventId: "codir",
      originalStartTime: { dateTime: "2026-11-16T09:00:00+01:00", timeZone: ZONE },
    };
    const { meetings } = read([cancelled, held]);
    const m = meetings.find((x) => x.id === "codir_20261116T080000Z");
    expect(m).toMatchObject({
      key: "codir|2026-11-16T08:00:00Z",
      title: "CODIR",
      status: "cancelled",
      organizer: "alice@acme.fr",
      start: "2026-11-16T09:00:00+01:00",
      end: "2026-11-16T10:30:00+01:00",
      hasAgenda: false,
      attachmentFileIds: [],
      link: null,
    });
    expect(m?.attendees.map((a) => a.email)).toContain("bob@acme.fr");
  });

  it("keeps a bare cancelled exception with an empty title when its series is not in the read", () => {
    const m = only([
      {
        id: "lost_20261116T080000Z",
        status: "cancelled",
        recurringEventId: "lost",
        originalStartTime: { dateTime: "2026-11-16T09:00:00+01:00" },
      },
    ]);
    expect(m).toMatchObject({
      title: "",
      status: "cancelled",
      attendees: [],
      key: "lost|2026-11-16T08:00:00Z",
    });
    expect(m.end).toBe(m.start);
  });

  it("reads an all-day event with its exclusive end as midnights of the calendar's zone", () => {
    const m = only([
      { ...single, start: { date: "2026-11-16" }, end: { date: "2026-11-18" }, eventType: "outOfOffice" },
    ]);
    expect(m).toMatchObject({
      allDay: true,
      type: "outOfOffice",
      start: "2026-11-16T00:00:00+01:00",
      end: "2026-11-18T00:00:00+01:00",
    });
  });

  it("takes all-day days in the calendar's own zone, written as instants in the tenant's", () => {
    const m = only(
      [{ ...single, start: { date: "2026-11-16" }, end: { date: "2026-11-17" } }],
      "America/New_York",
    );
    expect(utc(m.start)).toBe("2026-11-16T05:00:00Z");
    expect(m.start).toBe("2026-11-16T06:00:00+01:00");
    expect(utc(m.end)).toBe("2026-11-17T05:00:00Z");
  });

  it("keeps the exact instant of an event set in America/New_York on a Europe/Paris calendar", () => {
    const m = only([
      {
        ...single,
        start: { dateTime: "2026-11-16T10:00:00-05:00", timeZone: "America/New_York" },
        end: { dateTime: "2026-11-16T11:00:00-05:00", timeZone: "America/New_York" },
      },
    ]);
    expect(m.start).toBe("2026-11-16T16:00:00+01:00");
    expect(m.end).toBe("2026-11-16T17:00:00+01:00");
  });

  it("reads a dateTime without offset in its own timeZone", () => {
    const m = only([
      {
        ...single,
        start: { dateTime: "2026-11-16T10:00:00", timeZone: "America/New_York" },
        end: { dateTime: "2026-11-16T11:00:00", timeZone: "America/New_York" },
      },
    ]);
    expect(utc(m.start)).toBe("2026-11-16T15:00:00Z");
  });

  it("keeps instants exact across the DST change of 2026-W43/W44 (Paris, Sun 25 Oct 2026)", () => {
    const weekly = (day: string, offset: string) => ({
      ...single,
      id: `codir_${day}`,
      recurringEventId: "codir",
      originalStartTime: { dateTime: `${day}T09:00:00${offset}`, timeZone: ZONE },
      start: { dateTime: `${day}T09:00:00${offset}`, timeZone: ZONE },
      end: { dateTime: `${day}T10:00:00${offset}`, timeZone: ZONE },
    });
    const { meetings } = read([
      weekly("2026-10-19", "+02:00"),
      weekly("2026-10-26", "+01:00"),
      {
        ...single,
        id: "night",
        start: { dateTime: "2026-10-25T01:30:00+02:00" },
        end: { dateTime: "2026-10-25T03:30:00+01:00" },
      },
      { ...single, id: "sunday", start: { date: "2026-10-25" }, end: { date: "2026-10-26" } },
    ]);
    const [w43, w44, night, sunday] = meetings;
    // Same local 09:00, one hour apart in UTC.
    expect(w43?.key).toBe("codir|2026-10-19T07:00:00Z");
    expect(w44?.key).toBe("codir|2026-10-26T08:00:00Z");
    expect(w44?.start).toBe("2026-10-26T09:00:00+01:00");
    // 01:30 summer time to 03:30 winter time is three hours, not two.
    expect(DateTime.fromISO(night?.end ?? "").diff(DateTime.fromISO(night?.start ?? ""), "hours").hours).toBe(
      3,
    );
    // The day of the change lasts 25 hours.
    expect(sunday?.start).toBe("2026-10-25T00:00:00+02:00");
    expect(sunday?.end).toBe("2026-10-26T00:00:00+01:00");
    expect(
      DateTime.fromISO(sunday?.end ?? "").diff(DateTime.fromISO(sunday?.start ?? ""), "hours").hours,
    ).toBe(25);
  });

  it("keeps an event across the Sunday/Monday boundary whole", () => {
    const m = only([
      {
        ...single,
        start: { dateTime: "2026-11-15T23:00:00+01:00" },
        end: { dateTime: "2026-11-16T01:00:00+01:00" },
      },
    ]);
    expect(m.start).toBe("2026-11-15T23:00:00+01:00");
    expect(m.end).toBe("2026-11-16T01:00:00+01:00");
    expect(DateTime.fromISO(m.start, { zone: ZONE }).weekNumber).toBe(46);
    expect(DateTime.fromISO(m.end, { zone: ZONE }).weekNumber).toBe(47);
  });

  it("keeps focus time, out-of-office and other event types, and reads unknown types as default", () => {
    const types = ["focusTime", "outOfOffice", "workingLocation", "birthday", "fromGmail", "somethingNew"];
    const { meetings } = read(
      types.map((t, i) => ({ ...single, id: `t${i}`, iCalUID: `t${i}`, eventType: t })),
    );
    expect(meetings.map((m) => m.type)).toEqual([...types.slice(0, 5), "default"]);
  });

  it("reads visibility private as private and default as not", () => {
    expect(only([{ ...single, visibility: "private" }]).private).toBe(true);
    expect(only([{ ...single, visibility: "default" }]).private).toBe(false);
  });

  it("reads an array of page responses", () => {
    const pages = [
      { ...response([single]), nextPageToken: "p2" },
      response([{ ...single, id: "ev2", iCalUID: "ev2@google.com" }]),
    ];
    const meetings = normaliseCalendar(pages, { calendarId: CAL, zone: ZONE, file: FILE });
    expect(meetings.map((m) => m.key)).toEqual(["ev1@google.com", "ev2@google.com"]);
  });

  it("skips an unreadable event with a warning naming it, and keeps the others", () => {
    const { meetings, warnings } = read([{ ...single, id: "bad", start: { dateTime: "tomorrow" } }, single]);
    expect(meetings.map((m) => m.id)).toEqual(["ev1"]);
    expect(warnings).toEqual([
      'items[0].start: expected a dateTime or a date, got "tomorrow"; event skipped',
    ]);
  });

  it("rejects a response whose items are not a list", () => {
    expect(() => normaliseCalendar({ items: {} }, { calendarId: CAL, zone: ZONE, file: FILE })).toThrow(
      `${FILE}: items: expected an array, got {}`,
    );
  });

  it("tells whose calendar a copy comes from", () => {
    const [copy] = readMeetingCopies(response([single]), { calendarId: CAL, zone: ZONE, file: FILE });
    expect(copy).toMatchObject({ self: "alice@acme.fr", organizerCopy: true });
  });
});
