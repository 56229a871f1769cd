/**
 * Recommended actions for the collaboration and content signals (silo, priority_churn,
 * action_followthrough, negative_sentiment, strategy_execution_gap), in the tenant's language
 * and made specific to the evidence (teams, counts, shares). The advice restates the
 * alignment-rituals practice for SMEs (SPEC "Playbook"): few written priorities, one owner and one date per action, cross-team rituals,
 * a course restated and linked to team objectives.
 */
import { pct, scopeLabel, tr } from "../i18n.js";
import type { Locale } from "../model.js";
import { capital } from "./noise.js";
import type { Scope, WeekContext } from "./types.js";

/** The weekly leadership ritual's name as configured ("CODIR"), else a generic name. */
function weeklyRitual(ctx: WeekContext): string {
  const r = ctx.tenant.rituals.find((x) => x.cadence === "weekly");
  return r?.name ?? tr(ctx.locale, { fr: "comité de direction", en: "leadership meeting" });
}

function andList(locale: Locale, xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? "";
  const last = xs[xs.length - 1] as string;
  return `${xs.slice(0, -1).join(", ")} ${locale === "fr" ? "et" : "and"} ${last}`;
}

// ---------------------------------------------------------------------------------------
// Actions, one export per signal.

export interface SiloFacts {
  scope: Scope;
  share: number;
  baseline: number;
  /** Team pairs `A|B` that usually meet and did not this week. */
  stopped: string[];
}

export function siloAction(ctx: WeekContext, f: SiloFacts): string {
  const l = ctx.locale;
  const pairs = f.stopped.slice(0, 3).map((p) => p.replace("|", l === "fr" ? " et " : " and "));
  const vars = {
    who: scopeLabel(l, f.scope),
    v: pct(l, f.share),
    b: pct(l, f.baseline),
    pairs: pairs.join(" ; "),
  };
  const text = pairs.length
    ? {
        fr: "Remettez un rendez-vous régulier entre {pairs}, qui ne se sont pas vus cette semaine alors qu'ils se réunissaient presque chaque semaine. Nommez pour chaque interface entre équipes (et avec les prestataires) un responsable, et partagez un tableau de bord commun.",
        en: "Restore a regular slot between {pairs}, who did not meet this week although they met almost every week. Name an owner for each interface between teams (and with external providers), and share one dashboard.",
      }
    : {
        fr: "Le temps passé par {who} avec d'autres équipes est tombé à {v} (habituellement {b}) : installez un rituel transverse court (revue commune, point d'interface) et un tableau de bord partagé, avec un responsable nommé pour chaque interface entre équipes.",
        en: "Time {who} spends with other teams fell to {v} (usually {b}): set up a short cross-team ritual (joint review, interface check-in) and a shared dashboard, with a named owner for each interface between teams.",
      };
  return tr(l, text, vars);
}

export interface PriorityChurnFacts {
  scope: Scope;
  count: number;
  baseline: number;
  /** Priorities not seen in the previous weeks. */
  fresh: number;
  largestList: number;
}

export function priorityChurnAction(ctx: WeekContext, f: PriorityChurnFacts): string {
  const vars = { ...f, who: scopeLabel(ctx.locale, f.scope), ritual: weeklyRitual(ctx) };
  const text = {
    fr: "Ramenez les priorités de {who} à trois à cinq, écrites et mesurables ({count} en cours cette semaine, dont {fresh} nouvelles, contre {baseline} d'habitude ; la plus longue liste en compte {largestList}). Distinguez le vital du secondaire et ne modifiez la liste qu'à une cadence fixe, par exemple en revue mensuelle plutôt qu'à chaque {ritual}.",
    en: "Bring the priorities of {who} back to three to five, written and measurable ({count} live this week, {fresh} of them new, against {baseline} usually; the longest list holds {largestList}). Separate vital from secondary and change the list only at a fixed cadence, for instance at the monthly review rather than at every {ritual}.",
  };
  return tr(ctx.locale, text, vars);
}

export interface FollowthroughFacts {
  scope: Scope;
  unassigned: number;
  actions: number;
  overdue: number;
  recurring: number;
}

export function actionFollowthroughAction(ctx: WeekContext, f: FollowthroughFacts): string {
  const l = ctx.locale;
  const parts: string[] = [];
  const vars = { ...f, who: scopeLabel(l, f.scope), ritual: weeklyRitual(ctx) };
  if (f.unassigned > 0) {
    parts.push(
      tr(
        l,
        {
          fr: "donnez un responsable et une date {unassigned, plural, one {à l'action qui n'en a pas} other {aux # actions qui n'en ont pas}} (sur {actions})",
          en: "give one owner and one date to {unassigned, plural, one {the action missing them} other {the # actions missing them}} (of {actions})",
        },
        vars,
      ),
    );
  }
  if (f.overdue > 0) {
    parts.push(
      tr(
        l,
        {
          fr: "reprenez {overdue, plural, one {l'action en retard} other {les # actions en retard}}",
          en: "review {overdue, plural, one {the overdue action} other {the # overdue actions}}",
        },
        vars,
      ),
    );
  }
  if (f.recurring > 0) {
    parts.push(
      tr(
        l,
        {
          fr: "tranchez {recurring, plural, one {le sujet qui revient} other {les # sujets qui reviennent}} sans décision",
          en: "settle {recurring, plural, one {the topic that keeps} other {the # topics that keep}} coming back undecided",
        },
        vars,
      ),
    );
  }
  const head = parts.length ? `${capital(andList(l, parts))}. ` : "";
  const tail = {
    fr: "Tenez une liste partagée des sujets bloquants en tête de l'ordre du jour du {ritual} et fermez chaque point au rituel suivant.",
    en: "Keep a shared list of blocking topics at the top of the {ritual} agenda and close each item at the next ritual.",
  };
  return head + tr(l, tail, vars);
}

export interface NegativeSentimentFacts {
  scope: Scope;
  share: number;
  baseline: number;
  notes: number;
}

export function negativeSentimentAction(ctx: WeekContext, f: NegativeSentimentFacts): string {
  const vars = {
    who: scopeLabel(ctx.locale, f.scope),
    v: pct(ctx.locale, f.share),
    b: pct(ctx.locale, f.baseline),
    n: f.notes,
  };
  const text = {
    fr: "{v} des comptes rendus de {who} ({n} cette semaine) expriment fatigue ou lassitude, contre {b} d'habitude : ouvrez le sujet en rétrospective, allégez la charge de rituels, et montrez ce qui change concrètement sur un ou deux irritants cités.",
    en: "{v} of the notes of {who} ({n} this week) voice fatigue or weariness, against {b} usually: open the subject in a retrospective, lighten the ritual load, and act visibly on one or two of the irritants raised.",
  };
  return tr(ctx.locale, text, vars);
}

export interface StrategyGapFacts {
  scope: Scope;
  share: number;
  baseline: number;
  topics: number;
  themes: number;
}

export function strategyGapAction(ctx: WeekContext, f: StrategyGapFacts): string {
  const l = ctx.locale;
  const vars = {
    ...f,
    who: scopeLabel(l, f.scope),
    v: pct(l, f.share),
    b: pct(l, f.baseline),
    ritual: weeklyRitual(ctx),
  };
  const text = {
    fr: "Seuls {v} des {topics} sujets opérationnels de {who} touchent les {themes} lignes de la stratégie (habituellement {b}) : reformulez le cap au prochain {ritual}, reliez les objectifs de chaque équipe (OKR) aux thèmes stratégiques et rattachez chaque initiative en cours à l'impact qu'elle doit produire.",
    en: "Only {v} of the {topics} operational topics of {who} touch the {themes} lines of the strategy (usually {b}): restate the course at the next {ritual}, link each team's objectives (OKRs) to the strategic themes and map every running initiative to the impact it should have.",
  };
  return tr(l, text, vars);
}
