/**
 * The comparison, as the command line and the `compare` function run it: who may see what
 * (compare-access), what the store holds (a PortfolioSource), the portfolio (compare-build).
 */
import { DateTime } from "luxon";
import type { Locale } from "../core/model.js";
import { weekOf } from "../core/week.js";
import { type CompareScope, selectTenants } from "./compare-access.js";
import { buildPortfolio, DEFAULT_COMPARE_WEEKS, firstWeekNeeded } from "./compare-build.js";
import type { ClientTenant, PortfolioSource } from "./compare-input.js";
import type { Portfolio } from "./compare-model.js";

export interface CompareOptions {
  scope: CompareScope;
  /** The comparison's week; default: the last complete ISO week (UTC) at `now`. */
  week?: string;
  /** Sparkline weeks (default 12). */
  weeks?: number;
  /** Default: the language most of the compared clients use (French on a tie). */
  locale?: Locale;
  now: Date;
  generatedBy: string;
  /** What the command line calls the tenant list in its errors (`--tenants`, `tenants`). */
  tenantsField?: string;
}

export async function comparePortfolio(source: PortfolioSource, o: CompareOptions): Promise<Portfolio> {
  const tenants = selectTenants(await source.tenants(), o.scope, o.tenantsField ?? "--tenants");
  const week = o.week ?? lastCompleteWeek(o.now);
  const weeks = o.weeks ?? DEFAULT_COMPARE_WEEKS;
  const ids = tenants.map((t) => t.id);
  const histories = ids.length ? await source.histories(tenants, firstWeekNeeded(week, weeks), week) : [];
  // The grant decided above is the tenant record the source returned with the history: a
  // history for a tenant that was not selected never reaches the portfolio.
  const allowed = new Set(ids);
  return buildPortfolio(
    histories.filter((h) => allowed.has(h.tenant.id)),
    { week, weeks, locale: o.locale ?? majorityLocale(tenants), generatedBy: o.generatedBy },
  );
}

/** The ISO week (UTC) before the one `now` falls in: the last one a weekly run has covered. */
export function lastCompleteWeek(now: Date): string {
  return weekOf(DateTime.fromJSDate(now).minus({ weeks: 1 }), "UTC").id;
}

function majorityLocale(tenants: readonly ClientTenant[]): Locale {
  const en = tenants.filter((t) => t.locale === "en").length;
  return en > tenants.length - en ? "en" : "fr";
}
