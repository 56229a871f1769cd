/**
 * `tenant.json` validation: the object the sidebar saves, checked against the one schema
 * (tenant-schema.ts) so that a mistake is reported with the file and the exact field path,
 * and every optional key gets its documented default. The CLI throws the first problem
 * (exit 2); the `config` endpoint and the add-on's form show every problem by field, in
 * French and English.
 */
import { BadInputError } from "./errors.js";
import type { Tenant } from "./model.js";
import { describeIssue, show, type TenantIssue } from "./tenant-messages.js";
import { tenantSchema, type ValidTenant } from "./tenant-schema.js";

export type { TenantIssue } from "./tenant-messages.js";
export { MIN_GROUP_SIZE_FLOOR, SENSITIVITIES, TENANT_DEFAULTS, type ValidTenant } from "./tenant-schema.js";

export type TenantValidation = { ok: true; tenant: ValidTenant } | { ok: false; issues: TenantIssue[] };

/** Every problem of a configuration, unknown keys first (a misspelt key explains a missing one). */
export function validateTenant(raw: unknown): TenantValidation {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const message = { en: `expected an object, got ${show(raw)}`, fr: `objet attendu, reçu ${show(raw)}` };
    return { ok: false, issues: [{ path: "", message }] };
  }
  const result = tenantSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, tenant: result.data };
  const issues = result.error.issues.map(describeIssue);
  const unknownFirst = [...issues].sort((a, b) => rank(a) - rank(b));
  return { ok: false, issues: unknownFirst };
}

function rank(issue: TenantIssue): number {
  return issue.message.en.startsWith("unknown key") ? 0 : 1;
}

/** The CLI's and the pipeline's entry: a valid tenant, or a BadInputError naming file and field. */
export function parseTenant(raw: unknown, file: string): ValidTenant {
  const result = validateTenant(raw);
  if (result.ok) return result.tenant;
  const first = result.issues[0];
  throw new BadInputError(file, first?.path || null, first?.message.en ?? "invalid");
}

export type TenantRole = "admin" | "assistant" | "consultant";

/**
 * What an email may do with a tenant: admins and assistants edit its configuration,
 * consultants read its aggregates. Removing an email from the list revokes it.
 */
export function tenantRoles(
  tenant: Pick<ValidTenant, "admins" | "assistants" | "consultants">,
  email: string,
) {
  const who = email.trim().toLowerCase();
  const roles: TenantRole[] = [];
  if (tenant.admins.includes(who)) roles.push("admin");
  if (tenant.assistants.includes(who)) roles.push("assistant");
  if (tenant.consultants.includes(who)) roles.push("consultant");
  return roles;
}

/** A ValidTenant is a Tenant: the analysis takes either. */
export const asTenant = (t: ValidTenant): Tenant => t;
