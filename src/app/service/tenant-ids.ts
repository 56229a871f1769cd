/**
 * The one query that crosses tenants: which tenants exist, for `dispatch` to walk. Ids only — every
 * other read goes through `store.tenant(id)`.
 */
import type { Store } from "../../store/store.js";

export async function listTenantIds(store: Store): Promise<string[]> {
  const rows = await store.sql.query<{ tenant_id: string }>(
    "SELECT tenant_id FROM tenants ORDER BY tenant_id",
  );
  return rows.map((r) => r.tenant_id);
}
