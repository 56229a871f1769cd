/**
 * Recommended actions for the collaboration and content signals (silo, priority_churn,
 * action_followthrough, negative_sentiment, strategy_execution_gap), in the tenant's language
 * and made specific to the evidence (teams, counts, shares). The advice restates the
 * alignment-rituals practice for SMEs (SPEC "Playbook"): few written priorities, one owner and one date per action, cross-team rituals,
 * a course restated and linked to team objectives.
 */
import { andList, msg, pct, scopeLabel } from "../i18n.js";
import { capital } from "./noise.js";
import type { Scope, WeekContext } from "./types.js";

/** The weekly leadership ritual's name as configured ("CODIR"), else a generic name. */
function weeklyRitual(ctx: WeekContext): string {
  const r = ctx.tenant.rituals.find((x) => x.cadence === "weekly");
  return r?.name ?? msg(ctx.locale, "action.weeklyRitualDefault");
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
  const pairs = f.stopped.slice(0, 3).map((p) => andList(l, p.split("|")));
  const vars = {
    who: scopeLabel(l, f.scope),
    v: pct(l, f.share),
    b: pct(l, f.baseline),
    pairs: pairs.join(" ; "),
  };
  const text = pairs.length ? "action.silo.pairs" : "action.silo.share";
  return msg(l, text, vars);
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
  const text = "action.priority_churn";
  return msg(ctx.locale, text, vars);
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
    parts.push(msg(l, "action.action_followthrough.unassigned", vars));
  }
  if (f.overdue > 0) {
    parts.push(msg(l, "action.action_followthrough.overdue", vars));
  }
  if (f.recurring > 0) {
    parts.push(msg(l, "action.action_followthrough.recurring", vars));
  }
  const head = parts.length ? `${capital(andList(l, parts))}. ` : "";
  const tail = "action.action_followthrough.tail";
  return head + msg(l, tail, vars);
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
  const text = "action.negative_sentiment";
  return msg(ctx.locale, text, vars);
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
  const text = "action.strategy_execution_gap";
  return msg(l, text, vars);
}
