import { afterEach, describe, expect, it } from "vitest";
import { comparePortfolio } from "../../src/app/compare.js";
import { StorePortfolioSource, storeAsker } from "../../src/app/compare-store.js";
import type { Store } from "../../src/store/store.js";
import { ENGINES, openTestStore } from "../store/engines.js";
import { calm, history, MemorySource, WEEK } from "./compare-histories.js";
import { fillStore, tenantJson } from "./compare-store-fill.js";

const ANA = "ana@cabinet.example";
const now = new Date("2026-11-25T10:00:00Z");

const HISTORIES = [
  history({
    id: "alpha",
    name: "Alpha SAS",
    consultants: [ANA],
    weeks: calm(88, [{ flags: { silo: "watch" } }, { flags: { silo: "alert" } }]),
  }),
  history({
    id: "beta",
    name: "Beta SARL",
    consultants: [ANA],
    share: true,
    teams: { Ventes: 8, Achats: 4 },
    weeks: calm(70, [{ flags: { "ritual_drift@team:Ventes": "watch", "silo@team:Achats": "alert" } }]).filter(
      (w) => w.ago !== 4,
    ),
  }),
  history({
    id: "gamma",
    name: "Gamma",
    consultants: [ANA],
    weeks: calm(91).filter((w) => w.ago >= 3),
    failed: [1],
  }),
  history({ id: "other", name: "Not Ana's client", consultants: ["bob@elsewhere.example"], weeks: calm(20) }),
];

/** Filling a store week by week is many small transactions: generous on a busy machine, not a timing goal. */
const FILL = 180_000;

describe.each(ENGINES)("the comparison from the %s store", (engine) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it(
    "gives the portfolio the same histories give in memory",
    async () => {
      store = await openTestStore(engine);
      await fillStore(store, HISTORIES);
      const options = { scope: { consultant: ANA }, now, generatedBy: "test" };
      const fromStore = await comparePortfolio(
        new StorePortfolioSource(store.sql, { asker: storeAsker(store, ANA) }),
        options,
      );
      const inMemory = await comparePortfolio(new MemorySource(HISTORIES), options);
      expect(fromStore.week).toBe(WEEK);
      expect(fromStore.clients.map((c) => c.tenant)).toEqual(["alpha", "beta", "gamma"]);
      expect(fromStore).toEqual(inMemory);
      const beta = fromStore.clients.find((c) => c.tenant === "beta");
      expect(beta?.teams?.map((t) => t.name)).toEqual(["Ventes"]);
      expect(fromStore.clients.find((c) => c.tenant === "gamma")?.freshness).toMatchObject({
        stale: true,
        lastRunFailed: true,
      });
    },
    FILL,
  );

  it(
    "compares weeks stored before their summaries existed the same way, filling the summaries once",
    async () => {
      store = await openTestStore(engine);
      await fillStore(store, HISTORIES);
      const source = new StorePortfolioSource(store.sql, { asker: storeAsker(store, ANA) });
      const options = { scope: { consultant: ANA }, now, generatedBy: "test" };
      const fromSummaries = await comparePortfolio(source, options);
      const written = await store.sql.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM week_summaries",
      );
      // What the code before migration 004 left: the same weeks, measures and findings, no summary.
      await store.sql.query("DELETE FROM week_summaries");
      expect(await comparePortfolio(source, options)).toEqual(fromSummaries);
      const ana = await store.sql.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM week_summaries WHERE tenant_id <> 'other'",
      );
      const judged = await store.sql.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM measured_weeks WHERE judged AND tenant_id <> 'other'",
      );
      expect(ana[0]?.n).toBe(judged[0]?.n);
      expect(Number(written[0]?.n)).toBeGreaterThan(Number(ana[0]?.n));
    },
    FILL,
  );

  it(
    "drops a tenant from the next comparison once a new configuration version revokes the grant",
    async () => {
      store = await openTestStore(engine);
      await fillStore(store, HISTORIES);
      const source = new StorePortfolioSource(store.sql, { asker: storeAsker(store, ANA) });
      const compare = () =>
        comparePortfolio(source, { scope: { consultant: ANA }, now, generatedBy: "test" });
      expect((await compare()).clients).toHaveLength(3);
      const beta = HISTORIES[1];
      if (!beta) throw new Error("fixture");
      await (await store.tenant("beta")).configs.save(tenantJson(beta, { consultants: [] }));
      const after = await compare();
      expect(after.clients.map((c) => c.tenant).sort()).toEqual(["alpha", "gamma"]);
      expect(JSON.stringify(after)).not.toContain("Beta SARL");
    },
    FILL,
  );
});
