/**
 * Alert lives derived from weekly findings, for a store that keeps findings but no alert
 * lifecycle: a scope's signal opens the first week it is flagged (watch or alert) and resolves
 * the first analysed week it is not. A week without a run keeps an alert open — no run is no
 * evidence that it cleared.
 */
import type { StoredAlert, StoredWeek } from "./compare-input.js";

export function deriveAlerts(weeks: readonly StoredWeek[]): StoredAlert[] {
  const sorted = [...weeks].sort((a, b) => a.week.localeCompare(b.week));
  const open = new Map<string, StoredAlert>();
  const done: StoredAlert[] = [];
  for (const w of sorted) {
    const flagged = new Set<string>();
    for (const f of w.findings) {
      if (f.status === "ok") continue;
      const key = `${f.signal}\u0000${f.scope}`;
      flagged.add(key);
      const current = open.get(key);
      if (current) current.severity = f.status;
      else
        open.set(key, {
          signal: f.signal,
          scope: f.scope,
          severity: f.status,
          openedWeek: w.week,
          resolvedWeek: null,
        });
    }
    for (const [key, alert] of open) {
      if (flagged.has(key)) continue;
      done.push({ ...alert, resolvedWeek: w.week });
      open.delete(key);
    }
  }
  return [...done, ...open.values()];
}
