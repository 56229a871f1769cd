/**
 * French catalogue of the recommended actions (the playbook, SPEC "Playbook"): ICU MessageFormat,
 * merged into FR (fr.ts); `actions-en.ts` must hold the same keys (the type checker says so).
 */
export const ACTIONS_FR = {
  "action.weeklyRitualDefault": "comité de direction",
  "action.silo.pairs":
    "Remettez un rendez-vous régulier entre {pairs}, qui ne se sont pas vus cette semaine alors qu'ils se réunissaient presque chaque semaine. Nommez pour chaque interface entre équipes (et avec les prestataires) un responsable, et partagez un tableau de bord commun.",
  "action.silo.share":
    "Le temps passé par {who} avec d'autres équipes est tombé à {v} (habituellement {b}) : installez un rituel transverse court (revue commune, point d'interface) et un tableau de bord partagé, avec un responsable nommé pour chaque interface entre équipes.",
  "action.priority_churn":
    "Ramenez les priorités de {who} à trois à cinq, écrites et mesurables ({count} en cours cette semaine, dont {fresh, plural, one {# nouvelle} other {# nouvelles}}, contre {baseline} d'habitude ; la plus longue liste en compte {largestList}). Distinguez le vital du secondaire et ne modifiez la liste qu'à une cadence fixe, par exemple en revue mensuelle plutôt qu'à chaque {ritual}.",
  "action.action_followthrough.unassigned":
    "donnez un responsable et une date {unassigned, plural, one {à l'action qui n'en a pas} other {aux # actions qui n'en ont pas}} (sur {actions})",
  "action.action_followthrough.overdue":
    "reprenez {overdue, plural, one {l'action en retard} other {les # actions en retard}}",
  "action.action_followthrough.recurring":
    "tranchez {recurring, plural, one {le sujet qui revient} other {les # sujets qui reviennent}} sans décision",
  "action.action_followthrough.tail":
    "Tenez une liste partagée des sujets bloquants en tête de l'ordre du jour du {ritual} et fermez chaque point au rituel suivant.",
  "action.negative_sentiment":
    "{v} des comptes rendus de {who} ({n} cette semaine) expriment fatigue ou lassitude, contre {b} d'habitude : ouvrez le sujet en rétrospective, allégez la charge de rituels, et montrez ce qui change concrètement sur un ou deux irritants cités.",
  "action.strategy_execution_gap":
    "Seuls {v} des {topics} sujets opérationnels de {who} touchent {themes, plural, one {la seule ligne} other {les # lignes}} de la stratégie (habituellement {b}) : reformulez le cap au prochain {ritual}, reliez les objectifs de chaque équipe (OKR) aux thèmes stratégiques et rattachez chaque initiative en cours à l'impact qu'elle doit produire.",
  "action.meeting_inflation.series":
    "Passez en revue les nouvelles réunions récurrentes ({series}) : gardez celles qui servent une décision ou un suivi concret, fusionnez ou supprimez les autres. Limitez chaque rituel à sa durée utile et protégez des plages sans réunion pour {who} ({hours} h par personne contre {base} h d'habitude).",
  "action.meeting_inflation.audit":
    "Faites l'inventaire des réunions de {who} ({hours} h par personne contre {base} h d'habitude) : supprimez ou fusionnez celles sans besoin opérationnel clair, raccourcissez les autres avec un horaire tenu, et protégez des plages de travail sans réunion.",
  "action.missing_decisions.defaultRitual": "pilotage",
  "action.missing_decisions.notes":
    " Désignez un secrétaire de séance : {n, plural, one {# réunion n'a} other {# réunions n'ont}} laissé aucun compte rendu.",
  "action.missing_decisions":
    "Terminez chaque réunion {rituals} par des décisions écrites, chacune avec un responsable et une date ({undecided} sur {total, plural, one {# réunion} other {# réunions}} sans décision cette semaine). Envoyez l'ordre du jour avant la réunion et donnez au rituel un objectif mesurable suivi sur un tableau de bord partagé.",
  "action.ceo_escalation":
    "{n, plural, one {# sollicitation d'arbitrage a remonté} other {# sollicitations d'arbitrage ont remonté}} jusqu'au dirigeant cette semaine ({meetings, plural, one {# réunion ad hoc} other {# réunions ad hoc}}, {lines, plural, one {# mention} other {# mentions}} dans les comptes rendus) contre {base} d'habitude. Clarifiez les droits de décision des managers intermédiaires pour {who}, construisez l'ordre du jour du comité de direction à plusieurs, et définissez un circuit d'escalade qui ne finit pas par défaut chez le dirigeant.",
  "action.ritual_drift.agenda":
    " Partagez l'ordre du jour à l'avance : {n, plural, one {# occurrence n'en avait pas} other {# occurrences n'en avaient pas}}.",
  "action.ritual_drift":
    "Le rituel {ritual} s'est tenu {held} fois sur {expected, plural, one {# attendue} other {# attendues}} : revoyez avec {who} sa cadence, son format et ses participants. S'il ne sert plus, remplacez-le par un format plus court et plus utile plutôt que de le laisser s'éroder.",
  "action.participation_decline.defaultRituals": "rituels",
  "action.participation_decline":
    "{rate} des invitations aux rituels ({rituals}) sont refusées ou sans réponse, contre {base} d'habitude. Demandez aux invités ce qui ne fonctionne plus, resserrez la liste des participants, et faites de ces réunions un échange à double sens où chacun apporte un sujet, plutôt qu'un compte rendu descendant.",
} as const;

export type ActionKey = keyof typeof ACTIONS_FR;
