/**
 * `compare`: a consultant's portfolio over HTTP, `GET ?tenants=a,b&week=2026-W47&weeks=12&locale=fr
 * &format=json|html` (all optional). The caller is the Google account of a verified ID token — the
 * same verification as `config` — and sees exactly the tenants whose configuration grants that
 * account (`consultants`), read at each request: a revoked grant is gone from the next answer.
 * A consultant's firm is rarely one of the Workspace domains the service serves, so the domain
 * list does not apply here; a Workspace account and a grant do.
 */
import { BadInputError } from "../../core/errors.js";
import { LOCALES, type Locale } from "../../core/model.js";
import { parseWeek } from "../../core/week.js";
import type { Store } from "../../store/store.js";
import { renderCompareHtml } from "../../writers/compare/html.js";
import { comparePortfolio } from "../compare.js";
import { StorePortfolioSource, storeAsker } from "../compare-store.js";
import { authenticate, type CallerPolicy } from "./caller.js";
import { HttpError, json, type ServiceRequest, type ServiceResponse } from "./http.js";

export interface CompareDeps {
  store: Store;
  policy: CallerPolicy;
  now: () => Date;
  generatedBy: string;
}

export async function handleCompare(req: ServiceRequest, deps: CompareDeps): Promise<ServiceResponse> {
  if (req.method !== "GET") throw new HttpError(405, "method_not_allowed", `expected GET, got ${req.method}`);
  const identity = await authenticate(req, { ...deps.policy, allowedDomains: null });
  const q = parseQuery(req.query);
  const asker = storeAsker(deps.store, identity.email);
  const portfolio = await comparePortfolio(new StorePortfolioSource(deps.store.sql, { asker }), {
    scope: q.tenants ? { consultant: identity.email, tenants: q.tenants } : { consultant: identity.email },
    now: deps.now(),
    generatedBy: deps.generatedBy,
    tenantsField: "tenants",
    ...(q.week ? { week: q.week } : {}),
    ...(q.weeks ? { weeks: q.weeks } : {}),
    ...(q.locale ? { locale: q.locale } : {}),
  });
  if (q.format === "html") {
    return {
      status: 200,
      body: renderCompareHtml(portfolio),
      headers: { "cache-control": "private, no-store" },
    };
  }
  return json(200, portfolio, { "cache-control": "private, no-store" });
}

interface CompareQuery {
  tenants?: string[];
  week?: string;
  weeks?: number;
  locale?: Locale;
  format: "json" | "html";
}

function parseQuery(query: ServiceRequest["query"]): CompareQuery {
  const out: CompareQuery = { format: "json" };
  const tenants = query.tenants
    ?.split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  if (tenants?.length) out.tenants = tenants;
  const week = query.week?.trim();
  if (week) {
    if (!parseWeek(week, "UTC"))
      throw new BadInputError("query", "week", `expected an ISO week like 2026-W47, got "${week}"`);
    out.week = week;
  }
  const weeks = query.weeks?.trim();
  if (weeks) {
    const n = Number(weeks);
    if (!Number.isInteger(n) || n < 2 || n > 52) {
      throw new BadInputError("query", "weeks", `expected an integer from 2 to 52, got "${weeks}"`);
    }
    out.weeks = n;
  }
  const locale = query.locale?.trim();
  if (locale) {
    if (!(LOCALES as readonly string[]).includes(locale)) {
      throw new BadInputError("query", "locale", `expected one of ${LOCALES.join(", ")}, got "${locale}"`);
    }
    out.locale = locale as Locale;
  }
  const format = query.format?.trim();
  if (format && format !== "json" && format !== "html") {
    throw new BadInputError("query", "format", `expected json or html, got "${format}"`);
  }
  if (format === "html") out.format = format;
  return out;
}
