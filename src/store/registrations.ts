/**
 * A tenant's registration: what an operator says before anyone has configured it (`vigie tenant add`) —
 * its Workspace domain and its first admins, as pseudonyms (no address is stored). It is what lets the
 * first `config` save through; once a configuration is saved, roles come from it and the registration is
 * no longer read.
 *
 * Stored without a migration as version 0 of `tenant_configs` (configuration versions start at 1, and
 * every reader of configurations skips version 0): `{"registration": {domain, admins}}`.
 */
import { createHash } from "node:crypto";
import { json, type Sql } from "./sql.js";

export const REGISTRATION_VERSION = 0;

export interface Registration {
  /** The Workspace domain (`hd` of the ID token) the first admins sign in from, lower-case. */
  domain: string;
  /** Pseudonyms of the first admins' addresses (the tenant's keyed HMAC). */
  admins: string[];
}

export type RegisterOutcome = "registered" | "unchanged" | "updated";

export class Registrations {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
  ) {}

  async get(): Promise<Registration | null> {
    const rows = await this.sql.query<{ config: unknown }>(
      "SELECT config FROM tenant_configs WHERE tenant_id = $1 AND version = $2",
      [this.tenantId, REGISTRATION_VERSION],
    );
    return registrationOf(rows[0]?.config);
  }

  /** Writes the tenant row and its registration; the same registration again changes nothing. */
  async register(r: Registration): Promise<RegisterOutcome> {
    const value = { registration: { domain: r.domain, admins: [...new Set(r.admins)].sort() } };
    const text = json(value);
    const fingerprint = createHash("sha256").update(text).digest("hex");
    return this.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [this.tenantId]);
      const rows = await tx.query<{ fingerprint: string }>(
        "SELECT fingerprint FROM tenant_configs WHERE tenant_id = $1 AND version = $2 FOR UPDATE",
        [this.tenantId, REGISTRATION_VERSION],
      );
      const before = rows[0]?.fingerprint;
      if (before === fingerprint) return "unchanged";
      await tx.query(
        `INSERT INTO tenant_configs (tenant_id, version, config, fingerprint, saved_by)
         VALUES ($1, $2, $3::text::jsonb, $4, NULL)
         ON CONFLICT (tenant_id, version) DO UPDATE SET config = excluded.config,
           fingerprint = excluded.fingerprint, saved_at = now()`,
        [this.tenantId, REGISTRATION_VERSION, text, fingerprint],
      );
      return before === undefined ? "registered" : "updated";
    });
  }
}

function registrationOf(value: unknown): Registration | null {
  const r = (value as { registration?: { domain?: unknown; admins?: unknown } } | null)?.registration;
  if (!r || typeof r.domain !== "string" || !Array.isArray(r.admins)) return null;
  return { domain: r.domain, admins: r.admins.filter((a): a is string => typeof a === "string") };
}
