/**
 * The alert lifecycle per signal and scope: `open` when a week first flags it, its last week moved on
 * while it lasts, `resolved` the first week it is gone; `acknowledged` is a leader's mark that keeps
 * it from being reopened as new. The Notion row and page ids the writer used are kept beside it.
 */
import type { Status } from "../core/signals/types.js";
import type { Sql } from "./sql.js";

export type AlertState = "open" | "acknowledged" | "resolved";

export interface AlertRecord {
  key: string;
  signal: string;
  scope: string;
  state: AlertState;
  severity: Exclude<Status, "ok">;
  firstWeek: string;
  lastWeek: string;
  resolvedWeek: string | null;
  notionRowId: string | null;
  notionPageId: string | null;
}

export interface WeekAlert {
  signal: string;
  scope: string;
  severity: Exclude<Status, "ok">;
}

/** The key shared with the Notion alert rows: one per signal and scope. */
export const alertKey = (signal: string, scope: string): string => `${signal}|${scope}`;

export class Alerts {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
  ) {}

  /**
   * Records the week's alerts: new ones open, lasting ones move their last week, earlier ones that
   * are gone resolve. Applying the same week twice changes nothing.
   */
  async applyWeek(week: string, alerts: readonly WeekAlert[], notionPageId: string | null): Promise<void> {
    await this.sql.transaction(async (tx) => {
      for (const a of alerts) {
        await tx.query(
          `INSERT INTO alerts (tenant_id, alert_key, signal, scope, state, severity, first_week, last_week,
                               notion_page_id)
           VALUES ($1, $2, $3, $4, 'open', $5, $6, $6, $7)
           ON CONFLICT (tenant_id, alert_key) DO UPDATE SET
             state = CASE WHEN alerts.state = 'resolved' THEN 'open' ELSE alerts.state END,
             first_week = CASE WHEN alerts.state = 'resolved' THEN excluded.first_week ELSE alerts.first_week END,
             severity = excluded.severity, last_week = GREATEST(alerts.last_week, excluded.last_week),
             resolved_week = NULL, notion_page_id = COALESCE(excluded.notion_page_id, alerts.notion_page_id),
             updated_at = now()
           WHERE alerts.last_week <= excluded.last_week`,
          [this.tenantId, alertKey(a.signal, a.scope), a.signal, a.scope, a.severity, week, notionPageId],
        );
      }
      const keys = alerts.map((a) => alertKey(a.signal, a.scope));
      await tx.query(
        `UPDATE alerts SET state = 'resolved', resolved_week = $2, updated_at = now()
         WHERE tenant_id = $1 AND state <> 'resolved' AND last_week < $2 AND NOT (alert_key = ANY($3::text[]))`,
        [this.tenantId, week, keys],
      );
    });
  }

  /**
   * The Notion rows written for the week's alerts (the writer's upsert result), kept on the alerts
   * that the week is the last of: re-running an older week leaves a newer week's row in place.
   */
  async setNotionRows(week: string, rows: readonly { key: string; rowId: string }[]): Promise<void> {
    await this.sql.transaction(async (tx) => {
      for (const r of rows) {
        await tx.query(
          `UPDATE alerts SET notion_row_id = $3, updated_at = now()
           WHERE tenant_id = $1 AND alert_key = $2 AND last_week = $4
             AND notion_row_id IS DISTINCT FROM $3`,
          [this.tenantId, r.key, r.rowId, week],
        );
      }
    });
  }

  /** The Notion row ids kept for the alerts whose last week is `week`, by alert key. */
  async notionRows(week: string): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ alert_key: string; notion_row_id: string }>(
      `SELECT alert_key, notion_row_id FROM alerts
       WHERE tenant_id = $1 AND last_week = $2 AND notion_row_id IS NOT NULL`,
      [this.tenantId, week],
    );
    return new Map(rows.map((r) => [r.alert_key, r.notion_row_id]));
  }

  /** A leader acknowledged the alert; false when the tenant has no such open alert. */
  async acknowledge(key: string): Promise<boolean> {
    const rows = await this.sql.query(
      `UPDATE alerts SET state = 'acknowledged', updated_at = now()
       WHERE tenant_id = $1 AND alert_key = $2 AND state = 'open' RETURNING alert_key`,
      [this.tenantId, key],
    );
    return rows.length > 0;
  }

  /** The tenant's alerts, or only those in the given states; most recent first. */
  async list(states?: readonly AlertState[]): Promise<AlertRecord[]> {
    const rows = await this.sql.query<AlertRow>(
      `SELECT alert_key, signal, scope, state, severity, first_week, last_week, resolved_week,
              notion_row_id, notion_page_id
       FROM alerts WHERE tenant_id = $1 AND ($2::text[] IS NULL OR state = ANY($2::text[]))
       ORDER BY last_week DESC, alert_key`,
      [this.tenantId, states ? [...states] : null],
    );
    return rows.map((r) => ({
      key: r.alert_key,
      signal: r.signal,
      scope: r.scope,
      state: r.state,
      severity: r.severity,
      firstWeek: r.first_week,
      lastWeek: r.last_week,
      resolvedWeek: r.resolved_week,
      notionRowId: r.notion_row_id,
      notionPageId: r.notion_page_id,
    }));
  }
}

interface AlertRow extends Record<string, unknown> {
  alert_key: string;
  signal: string;
  scope: string;
  state: AlertState;
  severity: Exclude<Status, "ok">;
  first_week: string;
  last_week: string;
  resolved_week: string | null;
  notion_row_id: string | null;
  notion_page_id: string | null;
}
