/**
 * A tenant's configuration, versioned: every save that changes it is a new version (validated exactly
 * as `tenant.json`), and saving the same configuration again returns the current version.
 */
import { createHash } from "node:crypto";
import { BadInputError } from "../core/errors.js";
import type { Tenant } from "../core/model.js";
import { parseTenant } from "../core/tenant.js";
import { iso } from "./runs.js";
import { json, type Sql } from "./sql.js";

export interface ConfigVersion {
  version: number;
  /** `tenant.json` as saved (before defaults), so the sidebar gets back what it wrote. */
  config: unknown;
  tenant: Tenant;
  savedAt: string;
  /** Who saved it, as a pseudonym; null for the command line. */
  savedBy: string | null;
}

export class Configs {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
  ) {}

  /**
   * Validates and saves; throws the validation's BadInputError (file, field) and saves nothing when
   * the configuration is invalid or names another tenant.
   */
  async save(config: unknown, o: { savedBy?: string | null; source?: string } = {}): Promise<ConfigVersion> {
    const source = o.source ?? `config of ${this.tenantId}`;
    const tenant = parseTenant(config, source);
    if (tenant.id !== this.tenantId) {
      throw new BadInputError(source, "id", `expected "${this.tenantId}", got "${tenant.id}"`);
    }
    const fingerprint = createHash("sha256").update(canonical(config)).digest("hex");
    return this.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [this.tenantId]);
      // Serialises concurrent saves of one tenant: version numbers never collide.
      await tx.query("SELECT tenant_id FROM tenants WHERE tenant_id = $1 FOR UPDATE", [this.tenantId]);
      const last = await tx.query<ConfigRow>(`${SELECT} ORDER BY version DESC LIMIT 1`, [this.tenantId]);
      if (last[0] && last[0].fingerprint === fingerprint) return toVersion(last[0]);
      const version = (last[0] ? Number(last[0].version) : 0) + 1;
      const rows = await tx.query<ConfigRow>(
        `INSERT INTO tenant_configs (tenant_id, version, config, fingerprint, saved_by)
         VALUES ($1, $2, $3::text::jsonb, $4, $5)
         RETURNING version, config, fingerprint, saved_at, saved_by`,
        [this.tenantId, version, json(config), fingerprint, o.savedBy ?? null],
      );
      return toVersion(rows[0] as ConfigRow);
    });
  }

  async latest(): Promise<ConfigVersion | null> {
    const rows = await this.sql.query<ConfigRow>(`${SELECT} ORDER BY version DESC LIMIT 1`, [this.tenantId]);
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async get(version: number): Promise<ConfigVersion | null> {
    const rows = await this.sql.query<ConfigRow>(`${SELECT} AND version = $2`, [this.tenantId, version]);
    return rows[0] ? toVersion(rows[0]) : null;
  }
}

// Version 0 is the tenant's registration (registrations.ts), not a configuration.
const SELECT =
  "SELECT version, config, fingerprint, saved_at, saved_by FROM tenant_configs WHERE tenant_id = $1 AND version > 0";

interface ConfigRow extends Record<string, unknown> {
  version: number;
  config: unknown;
  fingerprint: string;
  saved_at: Date | string;
  saved_by: string | null;
}

function toVersion(r: ConfigRow): ConfigVersion {
  return {
    version: Number(r.version),
    config: r.config,
    tenant: parseTenant(r.config, "stored config"),
    savedAt: iso(r.saved_at),
    savedBy: r.saved_by,
  };
}

/** JSON with sorted keys: the same configuration always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
