/**
 * Recommended actions for the calendar and ritual signals (meeting_inflation,
 * missing_decisions, ceo_escalation, ritual_drift, participation_decline), in the tenant's
 * language, made specific to the evidence.
 *
 * The advice restates the alignment-rituals practice for SMEs (SPEC "Playbook"): short,
 * timed, action-oriented rituals with an agenda sent ahead and written decisions and owners.
 */

import { msg, pct, quoted, scopeLabel } from "../i18n.js";
import type { Locale } from "../model.js";
import type { Scope } from "./types.js";

// ---------------------------------------------------------------------------------------
// Actions, one export per signal.

export interface MeetingInflationFacts {
  scope: Scope;
  hours: number;
  baseline: number;
  /** Titles of new recurring series (showable ones only). */
  newSeries: string[];
}

export function meetingInflationAction(locale: Locale, f: MeetingInflationFacts): string {
  const series = f.newSeries.length ? quoteList(locale, f.newSeries.slice(0, 3)) : "";
  const vars = { who: scopeLabel(locale, f.scope), hours: f.hours, base: f.baseline, series };
  const text = series ? "action.meeting_inflation.series" : "action.meeting_inflation.audit";
  return msg(locale, text, vars);
}

export interface MissingDecisionsFacts {
  scope: Scope;
  /** Names of the rituals whose meetings ended without a written decision. */
  rituals: string[];
  undecided: number;
  total: number;
  withoutNotes: number;
}

export function missingDecisionsAction(locale: Locale, f: MissingDecisionsFacts): string {
  const rituals = f.rituals.length
    ? quoteList(locale, f.rituals.slice(0, 3))
    : msg(locale, "action.missing_decisions.defaultRitual");
  const notes =
    f.withoutNotes > 0 ? msg(locale, "action.missing_decisions.notes", { n: f.withoutNotes }) : "";
  const text = "action.missing_decisions";
  return msg(locale, text, { rituals, undecided: f.undecided, total: f.total }) + notes;
}

export interface CeoEscalationFacts {
  scope: Scope;
  meetings: number;
  lines: number;
  baseline: number;
}

export function ceoEscalationAction(locale: Locale, f: CeoEscalationFacts): string {
  const text = "action.ceo_escalation";
  const vars = { n: f.meetings + f.lines, meetings: f.meetings, lines: f.lines, base: f.baseline };
  return msg(locale, text, { ...vars, who: scopeLabel(locale, f.scope) });
}

export interface RitualDriftFacts {
  scope: Scope;
  ritual: string;
  held: number;
  expected: number;
  withoutAgenda: number;
}

export function ritualDriftAction(locale: Locale, f: RitualDriftFacts): string {
  const agenda = f.withoutAgenda > 0 ? msg(locale, "action.ritual_drift.agenda", { n: f.withoutAgenda }) : "";
  const text = "action.ritual_drift";
  const vars = {
    ritual: quoteList(locale, [f.ritual]),
    held: f.held,
    expected: f.expected,
    who: scopeLabel(locale, f.scope),
  };
  return msg(locale, text, vars) + agenda;
}

export interface ParticipationDeclineFacts {
  scope: Scope;
  /** Rituals with the most declined or unanswered invitations. */
  rituals: string[];
  notAccepted: number;
  baseline: number;
}

export function participationDeclineAction(locale: Locale, f: ParticipationDeclineFacts): string {
  const rituals = f.rituals.length
    ? quoteList(locale, f.rituals.slice(0, 3))
    : msg(locale, "action.participation_decline.defaultRituals");
  const text = "action.participation_decline";
  return msg(locale, text, { rate: pct(locale, f.notAccepted), base: pct(locale, f.baseline), rituals });
}

function quoteList(locale: Locale, xs: string[]): string {
  return xs.map((x) => quoted(locale, x)).join(", ");
}
