import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_CONSULTANT, BENCH_WEEK, fillBenchStore, weekIds } from "../../scripts/bench/compare-fill.js";
import { comparePortfolio } from "../../src/app/compare.js";
import { StorePortfolioSource, storeAsker } from "../../src/app/compare-store.js";
import { overallScore } from "../../src/core/scoring.js";
import type { Measure } from "../../src/core/signals/types.js";
import type { StoredFinding } from "../../src/store/history.js";
import { migrate, readMigrations } from "../../src/store/migrate.js";
import { openPglite } from "../../src/store/pglite-sql.js";
import { Store } from "../../src/store/store.js";
import { Envelope } from "../../src/upstream/secrets/envelope.js";
import { openTestStore, TEST_ENVELOPE_KEY, TEST_PSEUDONYM_KEY } from "./engines.js";

const LONG = 120_000;

function finding(
  signal: StoredFinding["signal"],
  scope: string,
  score: number,
  status: StoredFinding["status"],
) {
  return {
    signal,
    scope,
    rawStatus: status,
    rawScore: score,
    status,
    score,
    value: 1,
    baseline: 1,
    unit: "count",
    insufficientHistory: false,
    details: {},
  } satisfies StoredFinding;
}

const people = (scope: string, n: number): Measure => ({
  signal: "meeting_inflation",
  scope,
  value: 10,
  unit: "h/person/week",
  figures: { people: n },
  evidence: [],
});

describe("week summaries", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore("pglite");
    const t = await store.tenant("acme");
    await t.configs.save({
      id: "acme",
      name: "Acme",
      timezone: "Europe/Paris",
      locale: "en",
      ceo: "ceo@acme.example",
      rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
      privacy: { minGroupSize: 5 },
    });
  }, LONG);
  afterAll(() => store.close());

  it("are written with a judged week, replaced on a re-run, and keep teams under the floor out", async () => {
    const t = await store.tenant("acme");
    const findings = [
      finding("silo", "org", 80, "ok"),
      finding("silo", "team:Ventes", 35, "alert"),
      finding("silo", "team:Achats", 20, "alert"),
      finding("ceo_escalation", "org", 55, "watch"),
    ];
    const measures = [people("team:Ventes", 8), people("team:Achats", 4)];
    await t.history.saveWeek("2026-W40", measures, findings);
    await t.history.saveWeek("2026-W40", measures, findings);
    await t.history.saveWeek("2026-W39", measures, null);
    const rows = await store.sql.query<Record<string, unknown>>(
      "SELECT week, score, status, signals, alerts, findings, teams, min_group_size FROM week_summaries WHERE tenant_id = 'acme'",
    );
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    // The page's own score: Achats (4 people) is in the leader's figures, not in what crosses tenants.
    expect(row.score).toBe(
      overallScore(findings.map((f) => ({ ...f, summary: "", action: "", evidence: [] }))),
    );
    expect(row).toMatchObject({
      week: "2026-W40",
      min_group_size: 5,
      teams: [["team:Ventes", 8]],
      alerts: { silo: { alert: 1, watch: 0 }, ceo_escalation: { alert: 0, watch: 1 } },
      signals: { silo: { status: "ok" }, ceo_escalation: { score: 55, status: "watch" } },
    });
    expect(JSON.stringify(row)).not.toContain("Achats");

    await t.history.saveWeek("2026-W40", measures, [finding("silo", "org", 90, "ok")]);
    const again = await store.sql.query<{ score: number; alerts: unknown }>(
      "SELECT score, alerts FROM week_summaries WHERE tenant_id = 'acme'",
    );
    expect(again).toEqual([{ score: 90, alerts: {} }]);
  });
});

describe("a store filled before migration 004", () => {
  it(
    "migrates, then compares with its old weeks summarised on first use",
    async () => {
      const sql = await openPglite();
      try {
        const all = await readMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 4),
        );
        const old = new Store(
          sql,
          { keyFor: async () => Buffer.from(TEST_PSEUDONYM_KEY, "base64") },
          new Envelope(Buffer.from(TEST_ENVELOPE_KEY, "base64")),
        );
        // The benchmark's fill writes rows with plain SQL, as the code before 004 left them.
        const ids = ["client-a", "client-b", "client-c"];
        await fillBenchStore(old, ids, weekIds(14));
        expect(await migrate(sql)).toContain(4);
        // Configurations name consultants by pseudonym: the asker's is computed per tenant.
        const source = new StorePortfolioSource(sql, { asker: storeAsker(old, BENCH_CONSULTANT) });
        const options = {
          scope: { consultant: BENCH_CONSULTANT },
          week: BENCH_WEEK,
          now: new Date(),
          generatedBy: "t",
        };
        const first = await comparePortfolio(source, options);
        const count = async () =>
          Number((await sql.query<{ n: number }>("SELECT count(*)::integer AS n FROM week_summaries"))[0]?.n);
        // The comparison's twelve weeks only: older weeks wait until a comparison needs them.
        expect(await count()).toBe(3 * 12);
        expect(await comparePortfolio(source, options)).toEqual(first);
        for (const c of first.clients) {
          const weeks = await (await old.tenant(c.tenant)).history.loadWeeks([BENCH_WEEK]);
          const fs = weeks.get(BENCH_WEEK)?.findings ?? [];
          expect(c.score).toBe(
            overallScore(fs.map((f) => ({ ...f, summary: "", action: "", evidence: [] }))),
          );
          expect(c.sparkline.every((s) => s !== null)).toBe(true);
        }
      } finally {
        await sql.close();
      }
    },
    LONG,
  );
});
