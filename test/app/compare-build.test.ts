import { describe, expect, it } from "vitest";
import { buildPortfolio } from "../../src/app/compare-build.js";
import type { ClientHistory } from "../../src/app/compare-input.js";
import { calm, history, WEEK, weekBefore } from "./compare-histories.js";

const build = (hs: ClientHistory[], weeks = 12) =>
  buildPortfolio(hs, { week: WEEK, weeks, locale: "fr", generatedBy: "test" });

describe("buildPortfolio ordering", () => {
  it("puts clients with open alerts first, then watches and stale runs, then the healthy", () => {
    const p = build([
      history({ id: "healthy", weeks: calm(90) }),
      history({ id: "stale", weeks: calm(90).filter((w) => w.ago >= 3) }),
      history({ id: "watch", weeks: calm(85, [{ flags: { silo: "watch" } }]) }),
      history({
        id: "one-alert",
        weeks: calm(80, [{ flags: { silo: "alert" } }, { flags: { silo: "alert" } }]),
      }),
      history({
        id: "two-alerts",
        weeks: calm(88, [{ flags: { silo: "alert", ceo_escalation: "alert" } }]),
      }),
    ]);
    expect(p.clients.map((c) => c.tenant)).toEqual(["two-alerts", "one-alert", "watch", "stale", "healthy"]);
    expect(p.clients.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(p.clients[0]?.reasons).toContain("alerts");
    expect(p.clients.find((c) => c.tenant === "stale")?.reasons).toContain("stale");
    expect(p.clients.at(-1)?.tier).toBe(2);
    expect(p.totals).toMatchObject({ clients: 5, needAttention: 4, alerts: 3, watches: 1, stale: 1 });
  });

  it("ranks a low score and a steep fall before a calm client", () => {
    const falling = calm(85).map((w) => (w.ago === 0 ? { ...w, score: 70 } : w));
    const p = build([
      history({ id: "calm", weeks: calm(90) }),
      history({ id: "falling", weeks: falling }),
      history({ id: "low", weeks: calm(35) }),
    ]);
    expect(p.clients.map((c) => c.tenant)).toEqual(["low", "falling", "calm"]);
    expect(p.clients[0]?.reasons).toEqual(["very_low_score"]);
    expect(p.clients[0]?.tier).toBe(0);
    expect(p.clients[1]).toMatchObject({ change: -15, tier: 1, reasons: ["low_score", "falling"] });
  });
});

describe("buildPortfolio figures", () => {
  it("aligns the sparkline on the portfolio's weeks, with gaps where no run analysed the week", () => {
    const weeks = calm(80).filter((w) => w.ago !== 5);
    const p = build([history({ id: "a", weeks })]);
    expect(p.weeks).toHaveLength(12);
    expect(p.weeks.at(-1)).toBe(WEEK);
    expect(p.weeks[0]).toBe(weekBefore(11));
    expect(p.clients[0]?.sparkline[6]).toBeNull();
    expect(p.clients[0]?.sparkline.filter((s) => s === 80)).toHaveLength(11);
  });

  it("ranks each client against the rest of the portfolio on each signal", () => {
    const p = build([
      history({ id: "best", weeks: calm(95) }),
      history({ id: "mid", weeks: calm(70) }),
      history({ id: "worst", weeks: calm(40) }),
    ]);
    const pct = (id: string) => p.clients.find((c) => c.tenant === id)?.signals.silo.percentile;
    expect([pct("best"), pct("mid"), pct("worst")]).toEqual([100, 50, 0]);
  });

  it("says since when a signal is flagged and what opened or resolved this week", () => {
    const weeks = calm(80, [
      { flags: { silo: "watch", priority_churn: "watch" } },
      { flags: { silo: "alert", priority_churn: "watch" } },
      { flags: { silo: "alert" } },
      { flags: { silo: "alert", negative_sentiment: "watch" } },
    ]);
    const c = build([history({ id: "a", weeks })]).clients[0];
    expect(c?.signals.silo).toMatchObject({
      status: "alert",
      since: weekBefore(3),
      open: { alert: 1, watch: 0 },
    });
    expect(c?.signals.priority_churn.status).toBe("ok");
    expect(c?.newAlerts).toEqual([{ signal: "negative_sentiment", severity: "watch", team: null }]);
    expect(c?.resolvedAlerts).toEqual([]);
    const cleared = build([history({ id: "b", weeks: calm(80, [{ flags: { silo: "alert" } }, {}]) })])
      .clients[0];
    expect(cleared?.resolvedAlerts).toEqual([{ signal: "silo", severity: "alert", team: null }]);
    expect(cleared?.openAlerts).toEqual({ alert: 0, watch: 0 });
  });

  it("flags a client stale when its last successful run is two weeks old or more, and a failed last run", () => {
    const p = build([
      history({ id: "late", weeks: calm(80).filter((w) => w.ago >= 2), failed: [1] }),
      history({ id: "fresh", weeks: calm(80) }),
      history({ id: "one-behind", weeks: calm(80).filter((w) => w.ago >= 1) }),
      history({ id: "never", weeks: [], failed: [0] }),
    ]);
    const f = (id: string) => p.clients.find((c) => c.tenant === id)?.freshness;
    expect(f("late")).toEqual({ lastWeek: weekBefore(2), weeksSince: 2, stale: true, lastRunFailed: true });
    expect(f("fresh")).toEqual({ lastWeek: WEEK, weeksSince: 0, stale: false, lastRunFailed: false });
    expect(f("one-behind")?.stale).toBe(false);
    expect(f("never")).toMatchObject({ lastWeek: null, stale: true, lastRunFailed: true });
    expect(p.clients.find((c) => c.tenant === "never")?.reasons).toEqual(["no_data", "failed_run"]);
  });
});

describe("team figures", () => {
  const spec = {
    id: "t",
    teams: { Ventes: 9, Achats: 4 },
    minGroupSize: 5,
    weeks: calm(80, [
      { flags: { "silo@team:Ventes": "watch" as const, "silo@team:Achats": "alert" as const } },
    ]),
  };

  it("are withheld unless the client shares them", () => {
    const c = build([history({ ...spec, share: false })]).clients[0];
    expect(c?.teams).toBeNull();
    expect(c?.newAlerts.every((a) => a.team === null)).toBe(true);
  });

  it("show only teams at or above the client's privacy floor, whose alerts do not count either", () => {
    const c = build([history({ ...spec, share: true })]).clients[0];
    expect(c?.teams?.map((t) => t.name)).toEqual(["Ventes"]);
    expect(c?.teams?.[0]).toMatchObject({ size: 9, flags: { silo: "watch" } });
    expect(c?.newAlerts).toEqual([{ signal: "silo", severity: "watch", team: "Ventes" }]);
    expect(c?.openAlerts).toEqual({ alert: 0, watch: 1 });
  });

  it("never go below the product floor of 3, whatever the client sets", () => {
    const c = build([history({ ...spec, teams: { Mini: 2, Ventes: 9 }, minGroupSize: 1, share: true })])
      .clients[0];
    expect(c?.teams?.map((t) => t.name)).toEqual(["Ventes"]);
  });
});
