import type { ActionKey } from "./actions-fr.js";

/** English catalogue of the recommended actions (the playbook, SPEC "Playbook"): the same keys as actions-fr.ts. */
export const ACTIONS_EN: Record<ActionKey, string> = {
  "action.weeklyRitualDefault": "leadership meeting",
  "action.silo.pairs":
    "Restore a regular slot between {pairs}, who did not meet this week although they met almost every week. Name an owner for each interface between teams (and with external providers), and share one dashboard.",
  "action.silo.share":
    "Time {who} spends with other teams fell to {v} (usually {b}): set up a short cross-team ritual (joint review, interface check-in) and a shared dashboard, with a named owner for each interface between teams.",
  "action.priority_churn":
    "Bring the priorities of {who} back to three to five, written and measurable ({count} live this week, {fresh} of them new, against {baseline} usually; the longest list holds {largestList}). Separate vital from secondary and change the list only at a fixed cadence, for instance at the monthly review rather than at every {ritual}.",
  "action.action_followthrough.unassigned":
    "give one owner and one date to {unassigned, plural, one {the action missing them} other {the # actions missing them}} (of {actions})",
  "action.action_followthrough.overdue":
    "review {overdue, plural, one {the overdue action} other {the # overdue actions}}",
  "action.action_followthrough.recurring":
    "settle {recurring, plural, one {the topic that keeps} other {the # topics that keep}} coming back undecided",
  "action.action_followthrough.tail":
    "Keep a shared list of blocking topics at the top of the {ritual} agenda and close each item at the next ritual.",
  "action.negative_sentiment":
    "{v} of the notes of {who} ({n} this week) voice fatigue or weariness, against {b} usually: open the subject in a retrospective, lighten the ritual load, and act visibly on one or two of the irritants raised.",
  "action.strategy_execution_gap":
    "Only {v} of the {topics} operational topics of {who} touch {themes, plural, one {the one line} other {the # lines}} of the strategy (usually {b}): restate the course at the next {ritual}, link each team's objectives (OKRs) to the strategic themes and map every running initiative to the impact it should have.",
  "action.meeting_inflation.series":
    "Review the new recurring meetings ({series}): keep those that serve a real decision or follow-up, merge or drop the rest. Time-box each ritual and protect meeting-free focus time for {who} ({hours} h per person against {base} h usually).",
  "action.meeting_inflation.audit":
    "Audit the meetings of {who} ({hours} h per person against {base} h usually): drop or merge those without a clear operational need, shorten and time-box the rest, and protect meeting-free focus time.",
  "action.missing_decisions.defaultRitual": "steering",
  "action.missing_decisions.notes":
    " Name a note-taker: {n, plural, one {# meeting} other {# meetings}} left no notes at all.",
  "action.missing_decisions":
    "End every {rituals} meeting with written decisions, each with an owner and a date ({undecided} of {total, plural, one {# meeting} other {# meetings}} recorded no decision this week). Send the agenda ahead and give the ritual a measurable goal tracked on a shared dashboard.",
  "action.ceo_escalation":
    "{n, plural, one {# arbitration request} other {# arbitration requests}} reached the CEO this week ({meetings, plural, one {# ad-hoc meeting} other {# ad-hoc meetings}}, {lines, plural, one {# mention} other {# mentions}} in notes) against {base} usually. Give middle managers clear decision rights for {who}, build the leadership committee's agenda together, and set an escalation path that does not end at the CEO by default.",
  "action.ritual_drift.agenda":
    " Share the agenda ahead: {n, plural, one {# occurrence} other {# occurrences}} had none.",
  "action.ritual_drift":
    "The {ritual} ritual was held {held, plural, one {# time} other {# times}} out of {expected} expected: review its cadence, format and attendees with {who}. If it no longer serves, replace it with a shorter, more useful format rather than letting it erode.",
  "action.participation_decline.defaultRituals": "rituals",
  "action.participation_decline":
    "{rate} of ritual invitations ({rituals}) are declined or unanswered, against {base} usually. Ask invitees what no longer works, trim the attendee list, and make these meetings a two-way exchange where everyone brings a topic rather than top-down reporting.",
};
