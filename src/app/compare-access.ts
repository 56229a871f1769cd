/**
 * Which tenants a comparison may show. A consultant sees exactly the tenants whose current
 * configuration lists their Google account in `consultants`; grants are read fresh for every
 * comparison, so removing an email from a tenant's configuration takes effect on the next one.
 * Asking for a tenant one may not see fails the same way whether or not it exists, so the
 * answer never tells a consultant which other clients the service has.
 */
import { BadInputError } from "../core/errors.js";
import type { ClientTenant } from "./compare-input.js";

export type CompareScope =
  /** A consultant's granted tenants, optionally narrowed to some of them. */
  | { consultant: string; tenants?: readonly string[] }
  /** Operator use from the command line, with direct access to the store: named tenants. */
  | { consultant?: undefined; tenants: readonly string[] };

/** Normalises a Google account the way `tenant.json` stores it. */
export function normaliseAccount(email: string): string {
  return email.trim().toLowerCase();
}

export function isGranted(tenant: ClientTenant, consultant: string): boolean {
  const me = normaliseAccount(consultant);
  return tenant.consultants.some((c) => normaliseAccount(c) === me);
}

/**
 * The tenants to compare, in the order asked (or by id). Throws a BadInputError naming the
 * tenant ids that are unknown or not granted, without saying which of the two they are.
 */
export function selectTenants(
  all: readonly ClientTenant[],
  scope: CompareScope,
  field: string,
): ClientTenant[] {
  const pool = scope.consultant === undefined ? [...all] : all.filter((t) => isGranted(t, scope.consultant));
  if (!scope.tenants) return pool.sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(pool.map((t) => [t.id, t]));
  const wanted = [...new Set(scope.tenants.map((t) => t.trim()).filter((t) => t !== ""))];
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const what = scope.consultant === undefined ? "unknown tenant" : "no access to tenant";
    throw new BadInputError(field, null, `${what}${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  }
  return wanted.map((id) => byId.get(id) as ClientTenant);
}
