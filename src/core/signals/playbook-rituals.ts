/**
 * Recommended actions for the calendar and ritual signals (meeting_inflation,
 * missing_decisions, ceo_escalation, ritual_drift, participation_decline), in the tenant's
 * language, made specific to the evidence.
 *
 * The advice restates the alignment-rituals practice for SMEs (SPEC "Playbook"): short,
 * timed, action-oriented rituals with an agenda sent ahead and written decisions and owners.
 */

import { pct, scopeLabel, tr } from "../i18n.js";
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
  const text = series
    ? {
        fr: "Passez en revue les nouvelles réunions récurrentes ({series}) : gardez celles qui servent une décision ou un suivi concret, fusionnez ou supprimez les autres. Limitez chaque rituel à sa durée utile et protégez des plages sans réunion pour {who} ({hours} h par personne contre {base} h d'habitude).",
        en: "Review the new recurring meetings ({series}): keep those that serve a real decision or follow-up, merge or drop the rest. Time-box each ritual and protect meeting-free focus time for {who} ({hours} h per person against {base} h usually).",
      }
    : {
        fr: "Faites l'inventaire des réunions de {who} ({hours} h par personne contre {base} h d'habitude) : supprimez ou fusionnez celles sans besoin opérationnel clair, raccourcissez les autres avec un horaire tenu, et protégez des plages de travail sans réunion.",
        en: "Audit the meetings of {who} ({hours} h per person against {base} h usually): drop or merge those without a clear operational need, shorten and time-box the rest, and protect meeting-free focus time.",
      };
  return tr(locale, text, vars);
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
    : tr(locale, { fr: "pilotage", en: "steering" });
  const notes =
    f.withoutNotes > 0
      ? tr(
          locale,
          {
            fr: " Désignez un secrétaire de séance : {n, plural, one {# réunion n'a} other {# réunions n'ont}} laissé aucun compte rendu.",
            en: " Name a note-taker: {n, plural, one {# meeting} other {# meetings}} left no notes at all.",
          },
          { n: f.withoutNotes },
        )
      : "";
  const text = {
    fr: "Terminez chaque réunion {rituals} par des décisions écrites, chacune avec un responsable et une date ({undecided} sur {total, plural, one {# réunion} other {# réunions}} sans décision cette semaine). Envoyez l'ordre du jour avant la réunion et donnez au rituel un objectif mesurable suivi sur un tableau de bord partagé.",
    en: "End every {rituals} meeting with written decisions, each with an owner and a date ({undecided} of {total} meetings recorded no decision this week). Send the agenda ahead and give the ritual a measurable goal tracked on a shared dashboard.",
  };
  return tr(locale, text, { rituals, undecided: f.undecided, total: f.total }) + notes;
}

export interface CeoEscalationFacts {
  scope: Scope;
  meetings: number;
  lines: number;
  baseline: number;
}

export function ceoEscalationAction(locale: Locale, f: CeoEscalationFacts): string {
  const text = {
    fr: "{n, plural, one {# sollicitation d'arbitrage a remonté} other {# sollicitations d'arbitrage ont remonté}} jusqu'au dirigeant cette semaine ({meetings, plural, one {# réunion ad hoc} other {# réunions ad hoc}}, {lines, plural, one {# mention} other {# mentions}} dans les comptes rendus) contre {base} d'habitude. Clarifiez les droits de décision des managers intermédiaires pour {who}, construisez l'ordre du jour du comité de direction à plusieurs, et définissez un circuit d'escalade qui ne finit pas par défaut chez le dirigeant.",
    en: "{n, plural, one {# arbitration request} other {# arbitration requests}} reached the CEO this week ({meetings, plural, one {# ad-hoc meeting} other {# ad-hoc meetings}}, {lines, plural, one {# mention} other {# mentions}} in notes) against {base} usually. Give middle managers clear decision rights for {who}, build the leadership committee's agenda together, and set an escalation path that does not end at the CEO by default.",
  };
  const vars = { n: f.meetings + f.lines, meetings: f.meetings, lines: f.lines, base: f.baseline };
  return tr(locale, text, { ...vars, who: scopeLabel(locale, f.scope) });
}

export interface RitualDriftFacts {
  scope: Scope;
  ritual: string;
  held: number;
  expected: number;
  withoutAgenda: number;
}

export function ritualDriftAction(locale: Locale, f: RitualDriftFacts): string {
  const agenda =
    f.withoutAgenda > 0
      ? tr(
          locale,
          {
            fr: " Partagez l'ordre du jour à l'avance : {n, plural, one {# occurrence n'en avait pas} other {# occurrences n'en avaient pas}}.",
            en: " Share the agenda ahead: {n, plural, one {# occurrence} other {# occurrences}} had none.",
          },
          { n: f.withoutAgenda },
        )
      : "";
  const text = {
    fr: "Le rituel {ritual} s'est tenu {held} fois sur {expected} attendues : revoyez avec {who} sa cadence, son format et ses participants. S'il ne sert plus, remplacez-le par un format plus court et plus utile plutôt que de le laisser s'éroder.",
    en: "The {ritual} ritual was held {held} times out of {expected} expected: review its cadence, format and attendees with {who}. If it no longer serves, replace it with a shorter, more useful format rather than letting it erode.",
  };
  const vars = {
    ritual: quoteList(locale, [f.ritual]),
    held: f.held,
    expected: f.expected,
    who: scopeLabel(locale, f.scope),
  };
  return tr(locale, text, vars) + agenda;
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
    : tr(locale, { fr: "rituels", en: "rituals" });
  const text = {
    fr: "{rate} des invitations aux rituels ({rituals}) sont refusées ou sans réponse, contre {base} d'habitude. Demandez aux invités ce qui ne fonctionne plus, resserrez la liste des participants, et faites de ces réunions un échange à double sens où chacun apporte un sujet, plutôt qu'un compte rendu descendant.",
    en: "{rate} of ritual invitations ({rituals}) are declined or unanswered, against {base} usually. Ask invitees what no longer works, trim the attendee list, and make these meetings a two-way exchange where everyone brings a topic rather than top-down reporting.",
  };
  return tr(locale, text, { rate: pct(locale, f.notAccepted), base: pct(locale, f.baseline), rituals });
}

function quoteList(locale: Locale, xs: string[]): string {
  return xs.map((x) => (locale === "fr" ? `« ${x} »` : `“${x}”`)).join(", ");
}
