import type { FindingKey } from "./findings-fr.js";

/** English catalogue of the sentences of the findings: summaries and the "why" of each piece of evidence: the same keys as findings-fr.ts. */
export const FINDINGS_EN: Record<FindingKey, string> = {
  "finding.action_followthrough.whyOverdue": "action past its due date",
  "finding.action_followthrough.whyRecurringTopic": "topic back in {k} meetings, undecided",
  "finding.action_followthrough.whyUnassigned": "action without owner or due date",
  "finding.action_followthrough.summaryNoNotes": "No recent meeting notes for {who}.",
  "finding.action_followthrough.summaryFacts":
    "{capWho}: {a} of {n, plural, one {# action} other {# actions}} without owner or due date, {o, plural, one {# overdue action} other {# overdue actions}}, {r, plural, one {# recurring undecided topic} other {# recurring undecided topics}}",
  "finding.action_followthrough.summaryUsual":
    "{b, plural, one {# item} other {# items}} to follow up usually",
  "finding.insufficientHistory":
    "Insufficient history ({n, plural, one {# baseline week} other {# baseline weeks}} of {min} required)",
  "finding.ceo_escalation.whyArbitration":
    "{n, plural, one {# arbitration request} other {# arbitration requests}}",
  "finding.ceo_escalation.whyAdHoc": "ad-hoc meeting with the CEO",
  "finding.ceo_escalation.summaryNoHistory":
    "{h}. {n, plural, one {# request} other {# requests}} to the CEO from {who} this week.",
  "finding.ceo_escalation.summary":
    "{n, plural, one {# request} other {# requests}} to the CEO from {who} this week ({m, plural, one {# ad-hoc meeting} other {# ad-hoc meetings}}, {l, plural, one {# arbitration request} other {# arbitration requests}} in notes) against {b} usually.",
  "finding.meeting_inflation.whyPersonHours": "{n} person-hours this week",
  "finding.meeting_inflation.whyNewSeries": "new recurring meeting",
  "finding.meeting_inflation.summaryNoHistory": "{h}. {who}: {v} meeting hours per person this week.",
  "finding.meeting_inflation.summary":
    "Members of {who} spend {v} h/week in meetings against {b} h usually ({d}).",
  "finding.missing_decisions.whyNoDecision": "{r}: no decision recorded",
  "finding.missing_decisions.whyNoNotes": "{r}: no meeting notes",
  "finding.missing_decisions.summaryNoHistory":
    "{h}. {u} of {t, plural, one {# ritual meeting} other {# ritual meetings}} of {who} recorded no decision this week.",
  "finding.missing_decisions.summary":
    "{u} of {t, plural, one {# ritual meeting} other {# ritual meetings}} ({s}) of {who} recorded no decision this week, against {b} usually; {nn} without notes.",
  "finding.negative_sentiment.whyLines": "{k, plural, one {# line} other {# lines}} of fatigue or weariness",
  "finding.negative_sentiment.summaryTooFew":
    "Too few meeting notes for {who} this week ({n}, {min} needed).",
  "finding.negative_sentiment.summaryNoHistory":
    "{h}. {capWho}: {k} of {n, plural, one {# meeting note} other {# meeting notes}} marked by fatigue or weariness.",
  "finding.negative_sentiment.summary":
    "{k} of {n, plural, one {# meeting note} other {# meeting notes}} of {who} ({v}) {k, plural, one {voices} other {voice}} fatigue, weariness or cynicism, against {b} usually.",
  "finding.participation_decline.whyInvitations":
    "{d} declined, {q} unanswered of {n, plural, one {# invitee} other {# invitees}}",
  "finding.participation_decline.summaryNoHistory":
    "{h}. {n, plural, one {# ritual invitation} other {# ritual invitations}} for {who} this week: {d} declined, {q} unanswered.",
  "finding.participation_decline.summary":
    "Ritual invitations for {who}: {d} declined and {q} unanswered this week ({s} in all) against {b} usually.",
  "finding.participation_decline.summarySteering":
    " {r}: {v} of {n, plural, one {# invitation} other {# invitations}} declined or unanswered, against {b} usually.",
  "finding.priority_churn.whyListed": "{k, plural, one {# priority listed} other {# priorities listed}}",
  "finding.priority_churn.whyStrategyPage": "strategy page",
  "finding.priority_churn.summaryNone": "No priority list for {who} this week.",
  "finding.priority_churn.summaryNoHistory":
    "{h}. {capWho}: {v, plural, one {# live priority} other {# live priorities}}.",
  "finding.priority_churn.summary":
    "{capWho} has {v, plural, one {# live priority} other {# live priorities}}, {fresh} of them new compared with the previous weeks (usually {b}).",
  "finding.ritual_drift.whyCancelled": "{r} cancelled",
  "finding.ritual_drift.whyNoAgenda": "{r} held without an agenda",
  "finding.ritual_drift.summaryNoHistory":
    "{h}. {n, plural, one {# ritual occurrence} other {# ritual occurrences}} for {who} this week.",
  "finding.ritual_drift.summaryAgenda": "; {a} without an agenda",
  "finding.ritual_drift.summaryAsUsual":
    "Rituals of {who} are held as usual ({n, plural, one {# occurrence} other {# occurrences}} this week){agenda}.",
  "finding.ritual_drift.summary":
    "{r} ({who}): {held, plural, one {# occurrence} other {# occurrences}} held of {exp} expected over the last {w} weeks ({miss} missed){agenda}.",
  "finding.silo.whyInward": "meeting within a single team",
  "finding.silo.summaryNone": "No counted meeting for {who} this week.",
  "finding.silo.summaryNoHistory": "{h}. {capWho}: {v} of meeting time spent with other teams.",
  "finding.silo.summaryStopped":
    "{capWho} spends {v} of its meeting time with other teams (usually {b}); did not meet this week: {pairs}.",
  "finding.silo.summary": "{capWho} spends {v} of its meeting time with other teams (usually {b}).",
  "finding.strategy_execution_gap.whyReference": "reference strategy page",
  "finding.strategy_execution_gap.whyUnlinked": "no topic linked to the strategic themes",
  "finding.strategy_execution_gap.summaryNoStrategy":
    "No strategy or OKR page: nothing to compare operational topics with.",
  "finding.strategy_execution_gap.summaryTooFew": "Too few topics for {who} this week ({t}, {min} needed).",
  "finding.strategy_execution_gap.summaryNoHistory":
    "{h}. {capWho}: {v} of operational topics touch the strategy.",
  "finding.strategy_execution_gap.summary":
    "{v} of the {t} operational topics of {who} touch the strategic themes, against {b} usually.",
};
