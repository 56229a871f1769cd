/**
 * Where each syncer resumes: Calendar sync tokens, the Drive page token, the Notion high-water mark
 * and page memos — what `.vigie/sync-state.json` holds for a workspace folder. Calendar ids are people's
 * addresses, so they are stored as pseudonyms and mapped back through the calendars the run knows;
 * a calendar that cannot be mapped back is listed again in full (never skipped).
 */
import { isPseudonym, pseudonym } from "./pseudonyms.js";
import { json, type Sql } from "./sql.js";

export type SyncerState = Record<string, unknown>;

export class Cursors {
  constructor(
    private readonly sql: Sql,
    private readonly tenantId: string,
    private readonly key: Uint8Array,
  ) {}

  /**
   * Every syncer's state saved with this workspace folder (`mirror`); `calendars` are the ids the
   * tokens may belong to. States saved with another folder are not returned: that folder's files are
   * not here, so resuming from its cursors would skip them.
   */
  async load(mirror: string, calendars: readonly string[]): Promise<Record<string, SyncerState>> {
    const rows = await this.sql.query<{ syncer: string; state: SyncerState }>(
      "SELECT syncer, state FROM sync_cursors WHERE tenant_id = $1 AND mirror = $2",
      [this.tenantId, mirror],
    );
    const byPseudonym = new Map(calendars.map((id) => [pseudonym(this.key, id), id.trim().toLowerCase()]));
    const out: Record<string, SyncerState> = {};
    for (const r of rows) out[r.syncer] = mapCalendars(r.state, (p) => byPseudonym.get(p) ?? null);
    return out;
  }

  /** Saves the states of the syncers given (others keep theirs), in one transaction. */
  async save(mirror: string, states: Record<string, SyncerState>): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING", [this.tenantId]);
      for (const [syncer, state] of Object.entries(states)) {
        const stored = mapCalendars(state, (id) => (isPseudonym(id) ? id : pseudonym(this.key, id)));
        await tx.query(
          `INSERT INTO sync_cursors (tenant_id, syncer, mirror, state) VALUES ($1, $2, $3, $4::text::jsonb)
           ON CONFLICT (tenant_id, syncer) DO UPDATE SET mirror = excluded.mirror, state = excluded.state,
             updated_at = now()`,
          [this.tenantId, syncer, mirror, json(stored)],
        );
      }
    });
  }

  /** Forgets every cursor: the next sync lists everything again (`--full`). */
  async clear(): Promise<void> {
    await this.sql.query("DELETE FROM sync_cursors WHERE tenant_id = $1", [this.tenantId]);
  }
}

/** The state with the keys of its `calendars` map renamed; keys that map to null are dropped. */
function mapCalendars(state: SyncerState, rename: (id: string) => string | null): SyncerState {
  const calendars = state.calendars;
  if (!calendars || typeof calendars !== "object" || Array.isArray(calendars)) return state;
  const renamed: Record<string, unknown> = {};
  for (const [id, token] of Object.entries(calendars)) {
    const to = rename(id);
    if (to !== null) renamed[to] = token;
  }
  return { ...state, calendars: renamed };
}
