/**
 * Builders for small hand-made snapshots, so detector tests read like the situation they
 * describe. Times are local to the tenant's zone (Europe/Paris) unless an offset is given.
 */
import { DateTime } from "luxon";
import { Analysis } from "../../src/core/analysis.js";
import type { PreparedSnapshot } from "../../src/core/context.js";
import { buildWeekContext, prepareSnapshot } from "../../src/core/context.js";
import type { Attendee, Meeting, Note, Person, Snapshot, Tenant } from "../../src/core/model.js";
import type { AnalysedNote, Detector, Finding, WeekContext } from "../../src/core/signals/types.js";
import type { LineKind } from "../../src/core/text/types.js";
import { type IsoWeek, parseWeek, shiftWeek } from "../../src/core/week.js";

export const ZONE = "Europe/Paris";

export function tenant(over: Partial<Tenant> = {}): Tenant {
  return {
    id: "acme",
    name: "Acme SAS",
    timezone: ZONE,
    locale: "fr",
    ceo: "ceo@acme.fr",
    workweek: { days: [1, 2, 3, 4, 5], hoursPerDay: 8 },
    rituals: [
      { id: "codir", name: "CODIR", match: "codir|comit[ée] de direction", cadence: "weekly" },
      { id: "revue", name: "Revue mensuelle", match: "revue mensuelle", cadence: "monthly" },
      { id: "standup", name: "Stand-up", match: "stand-?up|daily", cadence: "daily" },
      { id: "retro", name: "Rétrospective", match: "r[ée]tro", cadence: "biweekly" },
    ],
    sensitivity: "normal",
    privacy: { minGroupSize: 5 },
    baselineWeeks: 8,
    thresholds: {},
    sources: {},
    output: {},
    ...over,
  };
}

export function person(email: string, team: string | null, over: Partial<Person> = {}): Person {
  return {
    email,
    name: email.split("@")[0] ?? email,
    team,
    site: "Lyon",
    manager: null,
    suspended: false,
    ...over,
  };
}

/** `n` people of a team: `<team>1@acme.fr` … */
export function team(name: string, n: number): Person[] {
  return Array.from({ length: n }, (_, i) => person(`${name.toLowerCase()}${i + 1}@acme.fr`, name));
}

let seq = 0;

export interface MeetingSpec {
  title?: string;
  /** Local start `YYYY-MM-DDTHH:mm` in ZONE (or ISO with offset). */
  start: string;
  minutes?: number;
  attendees: (string | (Partial<Attendee> & { email: string }))[];
  organizer?: string;
  status?: Meeting["status"];
  type?: Meeting["type"];
  allDay?: boolean;
  recurringEventId?: string | null;
  private?: boolean;
  hasAgenda?: boolean;
  created?: string | null;
  id?: string;
}

export function meeting(s: MeetingSpec): Meeting {
  const id = s.id ?? `ev${++seq}`;
  const start = DateTime.fromISO(s.start, { zone: ZONE });
  const end = start.plus({ minutes: s.minutes ?? 60 });
  const attendees: Attendee[] = s.attendees.map((a) => {
    const base = typeof a === "string" ? { email: a } : a;
    return { response: "accepted", optional: false, organizer: false, resource: false, ...base };
  });
  const organizer = s.organizer ?? attendees[0]?.email ?? null;
  return {
    id,
    key: id,
    title: s.title ?? "Réunion",
    start: start.toISO() ?? "",
    end: end.toISO() ?? "",
    allDay: s.allDay ?? false,
    type: s.type ?? "default",
    status: s.status ?? "confirmed",
    organizer,
    creator: organizer,
    attendees: attendees.map((a) => ({ ...a, organizer: a.email === organizer })),
    recurringEventId: s.recurringEventId ?? null,
    private: s.private ?? false,
    hasAgenda: s.hasAgenda ?? true,
    link: `https://calendar.example/event?eid=${id}`,
    attachmentFileIds: [],
    calendars: [organizer ?? "primary"],
    created: s.created ?? null,
  };
}

export function note(s: Partial<Note> & { date: string; lines: string[] }): Note {
  const id = s.id ?? `note${++seq}`;
  return {
    id,
    source: "page",
    kind: "meeting",
    title: "Compte rendu",
    url: `https://notion.example/${id}`,
    meetingKey: null,
    eventId: null,
    locale: null,
    lastEdited: null,
    ...s,
  };
}

export function snapshot(s: Partial<Snapshot> & { people: Person[] }): Snapshot {
  return { tenant: tenant(), meetings: [], notes: [], warnings: [], ...s };
}

export function week(id: string): IsoWeek {
  const w = parseWeek(id, ZONE);
  if (!w) throw new Error(`bad week ${id}`);
  return w;
}

/** Local `YYYY-MM-DDTHH:mm` of a weekday (1 = Monday) at a time in a week. */
export function at(weekId: string, weekday: number, time = "10:00"): string {
  const d = week(weekId).start.plus({ days: weekday - 1 });
  return `${d.toISODate()}T${time}`;
}

export function weeksBefore(weekId: string, n: number): string[] {
  const w = week(weekId);
  return Array.from({ length: n }, (_, i) => shiftWeek(w, -(n - i)).id);
}

export function contextFor(snap: Snapshot, weekId: string): WeekContext {
  return buildWeekContext(prepareSnapshot(snap), week(weekId));
}

// --- Appended for the calendar and ritual detectors -------------------------------------

/**
 * Line kinds for tests that must not depend on the real extractor: a line starting with
 * "DECISION:", "ESCALATION:", "ACTION:" or "PRIORITY:" gets that kind, any other "none".
 */
export function kindByPrefix(text: string): LineKind {
  const m = /^(DECISION|ESCALATION|ACTION|PRIORITY):/.exec(text);
  return m ? (m[1]?.toLowerCase() as LineKind) : "none";
}

/** A prepared snapshot whose meeting notes are classified by `kindOf` instead of the extractor. */
export function prepareWithKinds(
  snap: Snapshot,
  kindOf: (text: string) => LineKind = kindByPrefix,
): PreparedSnapshot {
  const p = prepareSnapshot(snap);
  const classify = (n: AnalysedNote): AnalysedNote => ({
    ...n,
    extracted: n.lines.map((text, line) => ({
      line,
      text,
      kind: kindOf(text),
      owner: null,
      due: null,
      undecided: false,
      done: false,
      stalled: false,
      negative: false,
      positive: false,
      stems: [],
    })),
  });
  return { ...p, meetingNotes: p.meetingNotes.map(classify), strategy: p.strategy.map(classify) };
}

/**
 * One detector's own judgement of a week, through `Analysis` (so its baseline weeks are
 * measured too), without the rule that alerts must persist (tested in analysis.test.ts).
 */
export function findingsFor(detector: Detector, snap: Snapshot, weekId: string): Finding[] {
  return new Analysis(prepareWithKinds(snap), [detector], { alertsMustPersist: false }).runDetector(
    detector,
    week(weekId),
  );
}

/** The week context of a snapshot whose notes are classified by `kindByPrefix`. */
export function contextWithKinds(snap: Snapshot, weekId: string): WeekContext {
  return buildWeekContext(prepareWithKinds(snap), week(weekId));
}

// ---------------------------------------------------------------------------------------
// Hand-made extraction, so that note-based detectors are tested independently of the
// extractor's progress (and of its exact lexicons).

type ExtractedLine = import("../../src/core/text/types.js").ExtractedLine;

/**
 * One extracted line made by hand. Stems default to the lower-cased words of 4 letters or more,
 * which is enough to make two hand-written lines share or not share a topic.
 */
export function xline(text: string, over: Partial<ExtractedLine> = {}): ExtractedLine {
  const stems = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);
  return {
    line: 0,
    text,
    kind: "none",
    owner: null,
    due: null,
    undecided: false,
    done: false,
    stalled: false,
    negative: false,
    positive: false,
    stems,
    ...over,
  };
}

/** A prepared snapshot whose listed notes (by id) carry hand-made lines instead of the extractor's. */
export function preparedWith(snap: Snapshot, extracted: Record<string, ExtractedLine[]>) {
  const p = prepareSnapshot(snap);
  const swap = <T extends { id: string; extracted: ExtractedLine[] }>(n: T): T => {
    const lines = extracted[n.id];
    return lines ? { ...n, extracted: lines.map((l, i) => ({ ...l, line: i })) } : n;
  };
  return { ...p, meetingNotes: p.meetingNotes.map(swap), strategy: p.strategy.map(swap) };
}

/** `contextFor` with hand-made extraction. */
export function contextWith(
  snap: Snapshot,
  weekId: string,
  extracted: Record<string, ExtractedLine[]>,
): WeekContext {
  return buildWeekContext(preparedWith(snap, extracted), week(weekId));
}

/** The detector's own judgement: the page's watch and root-cause rules are tested in page-noise.test.ts. */
const DETECTOR_ONLY = { quietPage: false };

/** One detector's findings for a week through `Analysis` (baseline weeks measured too), hand-made extraction. */
export function findingsWith(
  detector: Detector,
  snap: Snapshot,
  weekId: string,
  extracted: Record<string, ExtractedLine[]> = {},
): Finding[] {
  return new Analysis(preparedWith(snap, extracted), [detector], DETECTOR_ONLY).runDetector(
    detector,
    week(weekId),
  );
}
