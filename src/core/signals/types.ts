import type { DateTime } from "luxon";
import type { Locale, Meeting, Note, Person, Tenant } from "../model.js";
import type { ExtractedLine } from "../text/types.js";
import type { IsoWeek } from "../week.js";

export const SIGNAL_IDS = [
  "meeting_inflation",
  "missing_decisions",
  "ceo_escalation",
  "ritual_drift",
  "participation_decline",
  "silo",
  "priority_churn",
  "action_followthrough",
  "negative_sentiment",
  "strategy_execution_gap",
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type Status = "ok" | "watch" | "alert";

/** `org` or `team:<department name>`. */
export type Scope = string;
export const ORG: Scope = "org";
export const teamScope = (team: string): Scope => `team:${team}`;

export interface Evidence {
  kind: "event" | "doc" | "page";
  id: string;
  title: string;
  url: string | null;
  /** Local date `YYYY-MM-DD`. */
  date?: string;
  /** Why this item is evidence, in the tenant's language ("no decision recorded"). */
  why?: string;
}

/** A note with what the extractor understood of each line. */
export interface AnalysedNote extends Note {
  extracted: ExtractedLine[];
}

/** A meeting as seen in one analysed week, with what the context derived from it. */
export interface WeekMeeting extends Meeting {
  /** Id of the configured ritual whose `match` the title matches, or null. */
  ritualId: string | null;
  /** Attendees (and organizer) who are people of the directory, not rooms. */
  internal: string[];
  /**
   * Internal people who attend (src/core/attendance.ts): accepted or tentative, or the organizer
   * among the guests who did not decline; nobody for an event marked free. Meeting time is theirs.
   */
  present: string[];
  /** Internal people who did not decline (unanswered included): whether the meeting was held, who was around. */
  available: string[];
  /** Exactly two people: counted in hours, never shown by title. */
  oneToOne: boolean;
  /**
   * Counts as a meeting for meeting-time figures: not cancelled, default type, not all-day,
   * at least two people who did not decline.
   */
  counted: boolean;
  /** Hours of this meeting falling inside the analysed week. */
  hoursInWeek: number;
  /** Local date of the start, `YYYY-MM-DD`. */
  date: string;
  /** Start and end as epoch milliseconds, read once. */
  startMs: number;
  endMs: number;
  /** Notes linked to this meeting. */
  notes: AnalysedNote[];
}

export interface TeamInfo {
  /** `team:<name>` */
  scope: Scope;
  name: string;
  members: string[];
}

/**
 * Everything a detector may look at for one ISO week. Built by `buildWeekContext` from a
 * snapshot; pure data, no I/O. Detectors must not assume anything outside it.
 */
export interface WeekContext {
  tenant: Tenant;
  locale: Locale;
  week: IsoWeek;
  /** Active people of the directory, by email. */
  people: Map<string, Person>;
  /** Teams large enough to be a scope (≥ privacy.minGroupSize); smaller ones fold into org. */
  teams: TeamInfo[];
  /** Team scope of a person, or null (unknown person, or folded into org). */
  teamScopeOf(email: string): Scope | null;
  /**
   * Instant (ms) from which each person belongs to the company (src/core/membership.ts); a
   * person absent from the map belongs all along. Scopes count a person only in weeks after it.
   */
  memberSince?: ReadonlyMap<string, number>;
  /** Instant (ms) of each leaver's last meeting: scopes count them in no week after it. */
  memberUntil?: ReadonlyMap<string, number>;
  /**
   * Team scope of a meeting note, from the people of its linked meeting (whatever the week
   * of that meeting), or null for cross-team, leadership and unlinked notes.
   */
  noteTeamOf(noteId: string): Scope | null;
  /** Raw department of a person (even when the team is too small to be a scope). */
  departmentOf(email: string): string | null;
  /** Meetings overlapping the week, each once (deduplicated across calendars). */
  meetings: WeekMeeting[];
  /** Meeting notes dated in the week. */
  notes: AnalysedNote[];
  /** Meeting notes dated in the `lookbackWeeks` weeks up to and including this one. */
  recentNotes: AnalysedNote[];
  /** Strategy / OKR pages as they stand at the end of the week. */
  strategy: AnalysedNote[];
  /** A clock for "today" inside the analysis: the end of the week. */
  asOf: DateTime;
}

/**
 * What a detector measures in one week for one scope: figures only, so that past weeks can
 * later come from a history store instead of raw data. `evidence` is only used for the
 * analysed week and need not be stored.
 */
export interface Measure {
  signal: SignalId;
  scope: Scope;
  /** The headline figure (see `unit`), or null when the week has nothing to measure. */
  value: number | null;
  unit: string;
  /** Supporting figures (counts, shares, per-pair hours `pair:A|B`…). */
  figures: Record<string, number>;
  /** Derived token sets (priority stems, topic stems) for week-to-week comparison. */
  sets?: Record<string, string[]>;
  evidence: Evidence[];
}

export interface Finding {
  signal: SignalId;
  scope: Scope;
  status: Status;
  /** 0–100, higher is healthier. */
  score: number;
  value: number | null;
  baseline: number | null;
  unit: string;
  /** Fewer than the minimum baseline weeks: the signal does not alert. */
  insufficientHistory: boolean;
  /** One sentence in the tenant's language. */
  summary: string;
  /** The recommended action, in the tenant's language, specific to the evidence. */
  action: string;
  evidence: Evidence[];
  /** Extra figures shown in the report (e.g. `{ "declineRate": 0.3 }`). */
  details: Record<string, number>;
}

export type DetectorParams = Record<string, number>;

export interface EvaluateInput {
  current: Measure;
  /** Same signal and scope in the baseline weeks, most recent first; missing weeks omitted. */
  baseline: Measure[];
  ctx: WeekContext;
  params: DetectorParams;
}

export interface Detector {
  id: SignalId;
  /** Documented thresholds; a tenant may override any via `tenant.thresholds[id]`. */
  defaults: DetectorParams;
  measure(ctx: WeekContext, params: DetectorParams): Measure[];
  evaluate(input: EvaluateInput): Finding;
}
