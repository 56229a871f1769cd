/**
 * A small company with a steady ritual life, week after week, for the calendar and ritual
 * detectors' tests. Each test changes one thing in one week and looks at what the detector says.
 */
import type { Meeting, Note } from "../../../src/core/model.js";
import { at, type MeetingSpec, meeting, note, person, team, week } from "../../helpers/snapshot.js";

export const CEO = "ceo@acme.fr";
export const DIRECTION = [
  "direction1@acme.fr",
  "direction2@acme.fr",
  "direction3@acme.fr",
  "direction4@acme.fr",
];
export const TECH = team("Tech", 6).map((p) => p.email);
export const VENTES = team("Ventes", 6).map((p) => p.email);

/** Direction (CEO + 4), Ventes (6), Tech (6), Achats (3: below minGroupSize, folded into org). */
export const PEOPLE = [
  person(CEO, "Direction"),
  ...team("Direction", 4),
  ...team("Ventes", 6),
  ...team("Tech", 6),
  ...team("Achats", 3),
];

export interface WeekOptions {
  /** Most people away: only a cancelled CODIR. */
  holiday?: boolean;
  codir?: "held" | "cancelled" | "absent";
  codirAgenda?: boolean;
  /** Lines of the CODIR notes; null: no notes. */
  codirNotes?: string[] | null;
  techStandups?: number;
  /** Response of every CODIR invitee (organizer excluded). */
  codirResponse?: "accepted" | "declined" | "needsAction";
  /** Ad-hoc one-to-ones booked with the CEO (by Ventes people). */
  ceoOneToOnes?: number;
  extra?: MeetingSpec[];
  extraNotes?: Note[];
}

export interface Built {
  meetings: Meeting[];
  notes: Note[];
}

const num = (weekId: string) => week(weekId).start.weekNumber;

export function companyWeek(weekId: string, o: WeekOptions = {}): Built {
  const meetings: Meeting[] = [];
  const notes: Note[] = [];
  const codir = o.holiday ? "cancelled" : (o.codir ?? "held");
  if (codir !== "absent") {
    const id = `codir-${weekId}`;
    const response = o.codirResponse ?? "accepted";
    const attendees = [CEO, ...DIRECTION, VENTES[0], TECH[0]].map((email, i) =>
      i === 0 ? { email: email as string } : { email: email as string, response },
    );
    meetings.push(
      meeting({
        id,
        title: "CODIR",
        start: at(weekId, 1, "09:00"),
        minutes: 60,
        attendees,
        organizer: CEO,
        status: codir === "cancelled" ? "cancelled" : "confirmed",
        recurringEventId: "codir-series",
        hasAgenda: o.codirAgenda ?? true,
      }),
    );
    const lines = o.codirNotes === undefined ? ["DECISION: on recrute un commercial"] : o.codirNotes;
    if (codir === "held" && lines) {
      notes.push(
        note({
          id: `codir-note-${weekId}`,
          title: "CODIR",
          date: at(weekId, 1).slice(0, 10),
          lines,
          meetingKey: id,
        }),
      );
    }
  }
  if (o.holiday) return { meetings, notes };
  for (let d = 1; d <= (o.techStandups ?? 5); d++) {
    meetings.push(
      meeting({
        id: `standup-tech-${weekId}-${d}`,
        title: "Stand-up Tech",
        start: at(weekId, d, "09:30"),
        minutes: 15,
        attendees: TECH,
        recurringEventId: "standup-tech",
        hasAgenda: false,
      }),
    );
  }
  meetings.push(
    meeting({
      id: `ventes-weekly-${weekId}`,
      title: "Point commercial",
      start: at(weekId, 2, "14:00"),
      attendees: VENTES,
      recurringEventId: "ventes-weekly",
    }),
  );
  if (num(weekId) % 2 === 0) meetings.push(retro(weekId, notes));
  if (num(weekId) % 4 === 0) meetings.push(revue(weekId, notes));
  for (let i = 0; i < (o.ceoOneToOnes ?? 1); i++) {
    meetings.push(
      meeting({
        id: `ceo-1to1-${weekId}-${i}`,
        title: "Point rapide",
        start: at(weekId, 3, `${10 + i}:00`.padStart(5, "0")),
        minutes: 30,
        attendees: [VENTES[i % VENTES.length] as string, CEO],
      }),
    );
  }
  for (const s of o.extra ?? []) meetings.push(meeting(s));
  notes.push(...(o.extraNotes ?? []));
  return { meetings, notes };
}

function retro(weekId: string, notes: Note[]): Meeting {
  const id = `retro-tech-${weekId}`;
  notes.push(
    note({
      id: `${id}-note`,
      title: "Rétro Tech",
      date: at(weekId, 4).slice(0, 10),
      lines: ["DECISION: on garde le format"],
      meetingKey: id,
    }),
  );
  return meeting({
    id,
    title: "Rétro Tech",
    start: at(weekId, 4, "16:00"),
    attendees: TECH,
    recurringEventId: "retro-tech",
  });
}

function revue(weekId: string, notes: Note[]): Meeting {
  const id = `revue-${weekId}`;
  notes.push(
    note({
      id: `${id}-note`,
      title: "Revue mensuelle",
      date: at(weekId, 3).slice(0, 10),
      lines: ["DECISION: budget validé"],
      meetingKey: id,
    }),
  );
  return meeting({
    id,
    title: "Revue mensuelle",
    start: at(weekId, 3, "14:00"),
    minutes: 120,
    attendees: [CEO, ...DIRECTION],
    recurringEventId: "revue",
  });
}

/** The weeks' meetings and notes, with per-week options. */
export function company(weekIds: string[], opts: (weekId: string) => WeekOptions = () => ({})): Built {
  const all = weekIds.map((w) => companyWeek(w, opts(w)));
  return { meetings: all.flatMap((b) => b.meetings), notes: all.flatMap((b) => b.notes) };
}
