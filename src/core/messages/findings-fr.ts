/**
 * French catalogue of the sentences of the findings: summaries and the "why" of each piece of evidence: ICU MessageFormat,
 * merged into FR (fr.ts); `findings-en.ts` must hold the same keys (the type checker says so).
 */
export const FINDINGS_FR = {
  "finding.action_followthrough.whyOverdue": "action dont l'échéance est passée",
  "finding.action_followthrough.whyRecurringTopic": "sujet revenu dans {k} réunions sans décision",
  "finding.action_followthrough.whyUnassigned": "action sans responsable ou sans date",
  "finding.action_followthrough.summaryNoNotes": "Aucun compte rendu récent pour {who}.",
  "finding.action_followthrough.summaryFacts":
    "{capWho} : {a, plural, one {# action} other {# actions}} sans responsable ou sans date sur {n}, {o, plural, one {# action} other {# actions}} en retard, {r, plural, one {# sujet récurrent} other {# sujets récurrents}} sans décision",
  "finding.action_followthrough.summaryUsual":
    "{b, plural, one {# élément} other {# éléments}} à suivre d'habitude",
  "finding.insufficientHistory":
    "Historique insuffisant ({n, plural, one {# semaine} other {# semaines}} de référence sur {min} requises)",
  "finding.ceo_escalation.whyArbitration": "{n, plural, one {# demande} other {# demandes}} d'arbitrage",
  "finding.ceo_escalation.whyAdHoc": "réunion ad hoc avec le dirigeant",
  "finding.ceo_escalation.summaryNoHistory":
    "{h}. {n, plural, one {# sollicitation} other {# sollicitations}} du dirigeant par {who} cette semaine.",
  "finding.ceo_escalation.summary":
    "{n, plural, one {# sollicitation} other {# sollicitations}} du dirigeant par {who} cette semaine ({m, plural, one {# réunion ad hoc} other {# réunions ad hoc}}, {l, plural, one {# demande} other {# demandes}} d'arbitrage dans les comptes rendus) contre {b} d'habitude.",
  "finding.meeting_inflation.whyPersonHours": "{n} heures-personne cette semaine",
  "finding.meeting_inflation.whyNewSeries": "nouvelle réunion récurrente",
  "finding.meeting_inflation.summaryNoHistory": "{h}. {who} : {v} h de réunion par personne cette semaine.",
  "finding.meeting_inflation.summary":
    "Les membres de {who} passent {v} h/semaine en réunion contre {b} h d'habitude ({d}).",
  "finding.missing_decisions.whyNoDecision": "{r} : aucune décision consignée",
  "finding.missing_decisions.whyNoNotes": "{r} : aucun compte rendu",
  "finding.missing_decisions.summaryNoHistory":
    "{h}. {u} sur {t, plural, one {# réunion de rituel} other {# réunions de rituel}} sans décision consignée pour {who} cette semaine.",
  "finding.missing_decisions.summary":
    "{u} sur {t, plural, one {# réunion de rituel} other {# réunions de rituel}} ({s}) {u, plural, one {n'a} other {n'ont}} consigné aucune décision pour {who} cette semaine, contre {b} d'habitude ; {nn} sans compte rendu.",
  "finding.negative_sentiment.whyLines":
    "{k, plural, one {# ligne} other {# lignes}} de fatigue ou de lassitude",
  "finding.negative_sentiment.summaryTooFew":
    "Trop peu de comptes rendus pour {who} cette semaine ({n}, il en faut {min}).",
  "finding.negative_sentiment.summaryNoHistory":
    "{h}. {capWho} : {k} sur {n, plural, one {# compte rendu marqué} other {# comptes rendus marqués}} par la fatigue ou la lassitude.",
  "finding.negative_sentiment.summary":
    "{k} sur {n, plural, one {# compte rendu} other {# comptes rendus}} de {who} ({v}) {k, plural, one {exprime} other {expriment}} fatigue, lassitude ou cynisme, contre {b} d'habitude.",
  "finding.participation_decline.whyInvitations":
    "{d} refus, {q} sans réponse sur {n, plural, one {# invité} other {# invités}}",
  "finding.participation_decline.summaryNoHistory":
    "{h}. {n, plural, one {# invitation} other {# invitations}} aux rituels pour {who} cette semaine : {d} refusées, {q} sans réponse.",
  "finding.participation_decline.summary":
    "Invitations aux rituels pour {who} : {d} refusées et {q} sans réponse cette semaine ({s} au total) contre {b} d'habitude.",
  "finding.participation_decline.summarySteering":
    " {r} : {v} {n, plural, one {de la seule invitation refusée ou sans réponse} other {des # invitations refusées ou sans réponse}}, contre {b} d'habitude.",
  "finding.priority_churn.whyListed": "{k, plural, one {# priorité listée} other {# priorités listées}}",
  "finding.priority_churn.whyStrategyPage": "page de stratégie",
  "finding.priority_churn.summaryNone": "Aucune liste de priorités pour {who} cette semaine.",
  "finding.priority_churn.summaryNoHistory":
    "{h}. {capWho} : {v, plural, one {# priorité en cours} other {# priorités en cours}}.",
  "finding.priority_churn.summary":
    "{capWho} compte {v, plural, one {# priorité en cours} other {# priorités en cours}}, dont {fresh, plural, one {# nouvelle} other {# nouvelles}} par rapport aux semaines précédentes (habituellement {b}).",
  "finding.ritual_drift.whyCancelled": "{r} annulé",
  "finding.ritual_drift.whyNoAgenda": "{r} tenu sans ordre du jour",
  "finding.ritual_drift.summaryNoHistory":
    "{h}. {n, plural, one {# occurrence de rituel} other {# occurrences de rituels}} pour {who} cette semaine.",
  "finding.ritual_drift.summaryAgenda": " ; {a} sans ordre du jour",
  "finding.ritual_drift.summaryAsUsual":
    "Les rituels de {who} se tiennent comme d'habitude ({n, plural, one {# occurrence} other {# occurrences}} cette semaine){agenda}.",
  "finding.ritual_drift.summary":
    "{r} ({who}) : {held, plural, one {# occurrence tenue} other {# occurrences tenues}} sur {exp} {exp, plural, one {attendue} other {attendues}} ces {w} dernières semaines ({miss} manquées){agenda}.",
  "finding.silo.whyInward": "réunion entre membres d'une seule équipe",
  "finding.silo.summaryNone": "Aucune réunion comptée pour {who} cette semaine.",
  "finding.silo.summaryNoHistory": "{h}. {capWho} : {v} du temps de réunion avec d'autres équipes.",
  "finding.silo.summaryStopped":
    "{capWho} passe {v} de son temps de réunion avec d'autres équipes (habituellement {b}) ; ne se sont pas réunies cette semaine : {pairs}.",
  "finding.silo.summary":
    "{capWho} passe {v} de son temps de réunion avec d'autres équipes (habituellement {b}).",
  "finding.strategy_execution_gap.whyReference": "page de stratégie de référence",
  "finding.strategy_execution_gap.whyUnlinked": "aucun sujet relié aux thèmes stratégiques",
  "finding.strategy_execution_gap.summaryNoStrategy":
    "Aucune page de stratégie ou d'OKR : rien à quoi comparer les sujets opérationnels.",
  "finding.strategy_execution_gap.summaryTooFew":
    "Trop peu de sujets pour {who} cette semaine ({t}, il en faut {min}).",
  "finding.strategy_execution_gap.summaryNoHistory":
    "{h}. {capWho} : {v} des sujets opérationnels touchent la stratégie.",
  "finding.strategy_execution_gap.summary":
    "{v} des {t} sujets opérationnels de {who} touchent les thèmes stratégiques, contre {b} d'habitude.",
} as const;

export type FindingKey = keyof typeof FINDINGS_FR;
