/**
 * The normalised workspace snapshot: what every source (workspace folder, live APIs,
 * HTTP fakes) produces and what the core analyses. Plain data, JSON-serialisable.
 *
 * Instants are ISO-8601 strings with an offset (as the APIs give them); local dates
 * are `YYYY-MM-DD` in the tenant's time zone.
 */

export type Locale = "fr" | "en";
export const LOCALES: readonly Locale[] = ["fr", "en"];

export type Cadence = "daily" | "weekly" | "biweekly" | "monthly" | "quarterly";
export const CADENCES: readonly Cadence[] = ["daily", "weekly", "biweekly", "monthly", "quarterly"];

export type Sensitivity = "low" | "normal" | "high";

export interface RitualConfig {
  id: string;
  name: string;
  /** Case-insensitive regular expression tested on the event title. */
  match: string;
  cadence: Cadence;
}

/** Where a live run reads from (issue: live connectors). All optional. */
export interface SourcesConfig {
  /** Calendar ids to read; default: every user's primary calendar. */
  calendars?: string[];
  /** Drive folder holding meeting-notes documents. */
  driveFolderId?: string;
  /** Notion data source holding meeting notes. */
  notionNotesDataSourceId?: string;
  /** Notion pages holding the strategy / OKRs. */
  notionStrategyPageIds?: string[];
}

export interface OutputConfig {
  notion?: { parentPageId?: string; alertsDataSourceId?: string };
  googleDoc?: { folderId?: string };
}

export interface Tenant {
  id: string;
  name: string;
  /** IANA zone; ISO weeks are computed in it. */
  timezone: string;
  locale: Locale;
  /** The CEO's primary email. */
  ceo: string;
  /** Default: Monday–Friday, 8 hours a day. */
  workweek: { days: number[]; hoursPerDay: number };
  rituals: RitualConfig[];
  /** Scales alert thresholds: low = fewer alerts, high = earlier alerts. Default `normal`. */
  sensitivity: Sensitivity;
  /** Default `{ minGroupSize: 5 }`; never below 3. */
  privacy: { minGroupSize: number };
  /** Trailing weeks before the analysed week used as baseline. Default 8. */
  baselineWeeks: number;
  /** Per-signal threshold overrides: `{ "meeting_inflation": { "alertRatio": 0.4 } }`. */
  thresholds: Record<string, Record<string, number>>;
  sources: SourcesConfig;
  output: OutputConfig;
  /**
   * Who may edit the configuration through the service (admins and assistants, by email), who
   * may compare this tenant with other clients (consultants), the weekly schedule and the Google
   * admin to impersonate. Optional here so a hand-built Tenant stays short; `parseTenant` always
   * fills them (defaults in src/core/tenant-schema.ts).
   */
  admins?: string[];
  assistants?: string[];
  consultants?: string[];
  /** Consultants see team-level figures (still `minGroupSize`-bound) only when true; default false. */
  consultantTeamFigures?: boolean;
  schedule?: { day: number; time: string };
  googleAdmin?: string;
}

export interface Person {
  /** Primary email, lower-cased: the person's id everywhere in the snapshot. */
  email: string;
  name: string;
  /** `organizations[primary].department`, or null. */
  team: string | null;
  /** `locations[0].buildingId`, else the last part of `orgUnitPath`, or null. */
  site: string | null;
  /** Manager's email, lower-cased, or null. */
  manager: string | null;
  suspended: boolean;
  /** When the account was created (directory `creationTime`, ISO instant), if known: a hire's first day at the latest. */
  joined?: string | null;
}

export type ResponseStatus = "accepted" | "declined" | "tentative" | "needsAction";

export interface Attendee {
  email: string;
  response: ResponseStatus;
  optional: boolean;
  organizer: boolean;
  /** Rooms and equipment: never counted as people. */
  resource: boolean;
}

export type EventType =
  | "default"
  | "focusTime"
  | "outOfOffice"
  | "workingLocation"
  | "birthday"
  | "fromGmail";

export interface Meeting {
  /** Calendar event id (the instance id for an instance of a recurring series). */
  id: string;
  /**
   * Identity across calendars: the same event seen in several attendees' calendars
   * has the same key (iCalUID + original start for recurring instances).
   */
  key: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  type: EventType;
  status: "confirmed" | "tentative" | "cancelled";
  organizer: string | null;
  creator: string | null;
  attendees: Attendee[];
  /** Id of the recurring series this is an instance of, or null for a single event. */
  recurringEventId: string | null;
  /** `transparency: transparent` (shown as free): nobody's meeting time. Absent = busy. */
  transparent?: boolean;
  /** visibility private/confidential: counted in hours, never shown by title. */
  private: boolean;
  /** A description or an attached document exists (the text itself is not kept). */
  hasAgenda: boolean;
  link: string | null;
  /** Drive file ids attached to the event. */
  attachmentFileIds: string[];
  /** Calendar ids the event was read from. */
  calendars: string[];
  /** When the event was created, if known (ISO instant): tells ad-hoc from long-planned. */
  created: string | null;
}

export type NoteSource = "doc" | "page";
export type NoteKind = "meeting" | "strategy";

export interface Note {
  /** Drive file id / Notion page id. */
  id: string;
  source: NoteSource;
  kind: NoteKind;
  title: string;
  /** Local date the note is about (Notion date property, else the meeting, else created). */
  date: string;
  /**
   * True when `date` is only the day the note was created (no meeting date in its properties
   * or title): linking to a meeting then dates the note by that meeting.
   */
  dateFromCreation?: boolean;
  url: string | null;
  /** The linked meeting's `key`, or null. */
  meetingKey: string | null;
  /** Event id named by the note itself (Notion property), used for linking. */
  eventId: string | null;
  /** The note's text, one entry per paragraph / list item. Kept in memory only, never stored. */
  lines: string[];
  locale: Locale | null;
  lastEdited: string | null;
}

export interface SourceWarning {
  file: string;
  message: string;
}

export interface Snapshot {
  tenant: Tenant;
  people: Person[];
  meetings: Meeting[];
  notes: Note[];
  warnings: SourceWarning[];
}
