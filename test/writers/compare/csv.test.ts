import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { SIGNAL_IDS } from "../../../src/core/signals/types.js";
import { renderCompareCsv } from "../../../src/writers/compare/csv.js";
import { samplePortfolio } from "./sample-portfolio.js";

describe("compare.csv", () => {
  const p = samplePortfolio("fr");
  const rows: Record<string, string>[] = parse(renderCompareCsv(p), { columns: true });

  it("has one line per client, in attention order, with every signal's columns", () => {
    expect(rows.map((r) => r.tenant)).toEqual(p.clients.map((c) => c.tenant));
    expect(rows.map((r) => Number(r.rank))).toEqual(p.clients.map((_, i) => i + 1));
    const columns = Object.keys(rows[0] ?? {});
    for (const s of SIGNAL_IDS) expect(columns).toContain(`${s}_percentile`);
    expect(columns.filter((c) => c.startsWith("score_2026-W"))).toHaveLength(12);
  });

  it("keeps the figures a spreadsheet sums: scores, alert counts, freshness", () => {
    const first = p.clients[0];
    const row = rows[0];
    expect(Number(row?.score)).toBe(first?.score);
    expect(Number(row?.open_alerts)).toBe(first?.openAlerts.alert);
    expect(row?.silo_since).toBe(first?.signals.silo.since);
    const stale = rows.filter((r) => r.stale === "true").map((r) => r.tenant);
    expect(stale).toEqual(p.clients.filter((c) => c.freshness.stale).map((c) => c.tenant));
  });

  it("quotes commas and quotes, and never lets a client's name become a formula", () => {
    const names = rows.map((r) => r.name);
    expect(names).toContain('Ocean <b>Freight</b> "Partners"');
    expect(names).toContain(`'=HYPERLINK("http://evil.example")`);
    expect(names.some((n) => /^[=+\-@]/.test(n ?? ""))).toBe(false);
  });
});
