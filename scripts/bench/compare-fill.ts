/**
 * The benchmark store of the comparison: `n` tenants, each granted to one consultant, every week
 * judged — ten signals on the organisation and five teams, team head counts, a done run, and some
 * open alerts — written with set-based SQL (a weekly run writes the same rows one week at a time).
 */
import { SIGNAL_IDS } from "../../src/core/signals/types.js";
import { parseWeek, shiftWeek } from "../../src/core/week.js";
import type { Store } from "../../src/store/store.js";

export const BENCH_WEEK = "2026-W47";
export const BENCH_CONSULTANT = "bench@cabinet.example";
const TEAMS = ["Ventes", "Production", "Support", "Finance", "Achats"];

export function weekIds(n: number): string[] {
  const last = parseWeek(BENCH_WEEK, "UTC");
  if (!last) throw new Error(BENCH_WEEK);
  return Array.from({ length: n }, (_, i) => shiftWeek(last, i - n + 1).id);
}

export async function fillBenchStore(store: Store, ids: string[], weeks: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    const t = await store.tenant(id);
    await t.configs.save({
      id,
      name: `Client ${i + 1}`,
      timezone: "Europe/Paris",
      locale: i % 3 ? "fr" : "en",
      ceo: `ceo@${id}.example`,
      rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
      consultants: [BENCH_CONSULTANT],
      consultantTeamFigures: i % 2 === 0,
    });
  }
  const scopes = ["org", ...TEAMS.map((t) => `team:${t}`)];
  const sql = store.sql;
  const p = [ids, weeks];
  await sql.query(
    "INSERT INTO measured_weeks (tenant_id, week, judged) SELECT t, w, true FROM unnest($1::text[]) t, unnest($2::text[]) w",
    p,
  );
  // Scores and statuses spread by a hash of (tenant, week, signal, scope): every client differs.
  await sql.query(
    `INSERT INTO findings (tenant_id, week, signal, scope, raw_status, raw_score, status, score, value,
                           baseline, unit, insufficient, details)
     SELECT t, w, s, sc, st, sco, st, sco, 1, 1, 'count', false, '{}'::jsonb
     FROM unnest($1::text[]) t, unnest($2::text[]) w, unnest($3::text[]) s, unnest($4::text[]) sc,
          LATERAL (SELECT abs(hashtext(t || w || s || sc)) % 100 AS h) x,
          LATERAL (SELECT 40 + x.h * 0.6 AS sco0) y,
          LATERAL (SELECT round(y.sco0)::integer AS sco,
                          CASE WHEN x.h < 3 THEN 'alert' WHEN x.h < 10 THEN 'watch' ELSE 'ok' END AS st) z`,
    [...p, [...SIGNAL_IDS], scopes],
  );
  await sql.query(
    `INSERT INTO measures (tenant_id, week, signal, scope, value, unit, figures, sets)
     SELECT t, w, 'meeting_inflation', sc, 10, 'h/person/week', jsonb_build_object('people', 4 + abs(hashtext(t || sc)) % 12), NULL
     FROM unnest($1::text[]) t, unnest($2::text[]) w, unnest($3::text[]) sc`,
    [...p, scopes.slice(1)],
  );
  await sql.query(
    `INSERT INTO runs (tenant_id, week, status, holder, finished_at)
     SELECT t, w, 'done', 'bench', now() FROM unnest($1::text[]) t, unnest($2::text[]) w`,
    p,
  );
  await sql.query(
    `INSERT INTO alerts (tenant_id, alert_key, signal, scope, state, severity, first_week, last_week, resolved_week)
     SELECT t, s || '|' || sc, s, sc, 'open', 'watch', $2, $2, NULL
     FROM unnest($1::text[]) t, unnest($3::text[]) s, unnest($4::text[]) sc
     WHERE abs(hashtext(t || s || sc)) % 10 = 0`,
    [ids, weeks.at(-3), [...SIGNAL_IDS], scopes],
  );
  // A database in service has planner statistics (PostgreSQL's autovacuum gathers them); a store
  // filled a moment ago has none until told to.
  await sql.query("ANALYZE");
}
