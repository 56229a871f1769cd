/**
 * Writes client histories into a real store through its own API, the way a weekly run leaves
 * them: a configuration version, each week's findings (and team head counts in the
 * meeting-inflation measure), the alert lifecycle, and the run row.
 */
import type { ClientHistory } from "../../src/app/compare-input.js";
import type { Measure } from "../../src/core/signals/types.js";
import type { StoredFinding } from "../../src/store/history.js";
import type { Store } from "../../src/store/store.js";

export function tenantJson(h: ClientHistory, extra: Record<string, unknown> = {}) {
  return {
    id: h.tenant.id,
    name: h.tenant.name,
    timezone: "Europe/Paris",
    locale: h.tenant.locale,
    ceo: `ceo@${h.tenant.id}.example`,
    rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
    privacy: { minGroupSize: Math.max(3, h.tenant.minGroupSize) },
    consultants: h.tenant.consultants,
    consultantTeamFigures: h.tenant.shareTeamFigures,
    ...extra,
  };
}

export async function fillStore(store: Store, histories: readonly ClientHistory[]): Promise<void> {
  for (const h of histories) {
    const t = await store.tenant(h.tenant.id);
    const { version } = await t.configs.save(tenantJson(h));
    const okWeeks = new Set(h.runs.filter((r) => r.ok).map((r) => r.week));
    for (const w of [...h.weeks].sort((a, b) => a.week.localeCompare(b.week))) {
      const findings: StoredFinding[] = w.findings.map((f) => ({
        ...f,
        rawStatus: f.status,
        rawScore: f.score,
        value: null,
        baseline: null,
        unit: "",
        details: {},
      }));
      const measures: Measure[] = w.teams.map((team) => ({
        signal: "meeting_inflation",
        scope: team.scope,
        value: 10,
        unit: "h/person/week",
        figures: { people: team.size },
        evidence: [],
      }));
      await t.history.saveWeek(w.week, measures, findings);
      const flagged = w.findings.filter((f) => f.status !== "ok");
      await t.alerts.applyWeek(
        w.week,
        flagged.map((f) => ({
          signal: f.signal,
          scope: f.scope,
          severity: f.status === "alert" ? "alert" : "watch",
        })),
        null,
      );
      if (okWeeks.has(w.week)) await run(store, h.tenant.id, w.week, version, true);
    }
    for (const r of h.runs.filter((x) => !x.ok)) await run(store, h.tenant.id, r.week, version, false);
  }
}

async function run(store: Store, tenantId: string, week: string, version: number, ok: boolean) {
  const t = await store.tenant(tenantId);
  const holder = `test-${week}`;
  await t.runs.acquireLease(holder, week, 60_000);
  await t.runs.start(week, holder, version);
  const o = { timings: {}, requests: {}, outputs: {} };
  if (ok) await t.runs.finish(week, holder, o);
  else
    await t.runs.fail(week, holder, { ...o, error: { kind: "upstream", message: "test", retryable: true } });
  await t.runs.releaseLease(holder);
}
