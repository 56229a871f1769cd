/**
 * A tenant's connections (the Notion OAuth token), sealed with envelope encryption before they reach
 * the store and opened only by the run that uses them. Scoped by tenant like every store query.
 */
import type { Sql } from "../../store/sql.js";
import { json } from "../../store/sql.js";
import { type Envelope, isSealed } from "../../upstream/secrets/envelope.js";

export type Provider = "notion";

export interface Connection {
  workspaceName: string | null;
  connectedAt: string;
  /** Who connected it, as a pseudonym. */
  connectedBy: string | null;
}

export class Connections {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
    private readonly envelope: Envelope,
  ) {}

  /** Saves (or replaces) the provider's token, sealed; a reconnection simply replaces it. */
  async save(
    provider: Provider,
    token: string,
    o: { workspaceName: string | null; connectedBy: string | null },
  ) {
    const sealed = this.envelope.seal(this.tenantId, token);
    await this.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [this.tenantId]);
      await tx.query(
        `INSERT INTO tenant_connections (tenant_id, provider, sealed, workspace_name, connected_by)
         VALUES ($1, $2, $3::text::jsonb, $4, $5)
         ON CONFLICT (tenant_id, provider) DO UPDATE SET sealed = excluded.sealed,
           workspace_name = excluded.workspace_name, connected_by = excluded.connected_by, connected_at = now()`,
        [this.tenantId, provider, json(sealed), o.workspaceName, o.connectedBy],
      );
    });
  }

  /** The provider's token, opened; null when the tenant has not connected it. */
  async token(provider: Provider): Promise<string | null> {
    const rows = await this.sql.query<{ sealed: unknown }>(
      "SELECT sealed FROM tenant_connections WHERE tenant_id = $1 AND provider = $2",
      [this.tenantId, provider],
    );
    const sealed = rows[0]?.sealed;
    if (sealed === undefined) return null;
    if (!isSealed(sealed)) throw new Error(`connection ${provider} of ${this.tenantId}: not a sealed value`);
    return this.envelope.open(this.tenantId, sealed);
  }

  async describe(provider: Provider): Promise<Connection | null> {
    const rows = await this.sql.query<{
      workspace_name: string | null;
      connected_at: Date | string;
      connected_by: string | null;
    }>(
      "SELECT workspace_name, connected_at, connected_by FROM tenant_connections WHERE tenant_id = $1 AND provider = $2",
      [this.tenantId, provider],
    );
    const r = rows[0];
    if (!r) return null;
    const at = r.connected_at instanceof Date ? r.connected_at.toISOString() : String(r.connected_at);
    return { workspaceName: r.workspace_name, connectedAt: at, connectedBy: r.connected_by };
  }
}
