import { describe, expect, it } from "vitest";
import { SIGNAL_IDS } from "../../src/core/signals/types.js";
import { safeHttpUrl } from "../../src/writers/escape.js";
import {
  formatValue,
  periodLabel,
  SIGNAL_NAMES,
  scopeName,
  signalName,
  trendLine,
  weekLabel,
} from "../../src/writers/labels.js";
import { plainSpaces } from "./sample-report.js";

describe("labels", () => {
  it("names every signal in both languages", () => {
    for (const id of SIGNAL_IDS) {
      expect(SIGNAL_NAMES(id).fr.length).toBeGreaterThan(0);
      expect(SIGNAL_NAMES(id).en.length).toBeGreaterThan(0);
      expect(SIGNAL_NAMES(id).fr).not.toBe(`signal.${id}`);
    }
    expect(signalName("fr", "ceo_escalation")).toBe("Remontées vers le dirigeant");
    expect(signalName("en", "strategy_execution_gap")).toBe("Strategy–execution gap");
  });

  it("formats units and shares per locale", () => {
    expect(formatValue("fr", 14.25, "h/person/week")).toBe("14,3 h/pers./sem.");
    expect(formatValue("en", 14.25, "h/person/week")).toBe("14.3 h/person/wk");
    expect(plainSpaces(formatValue("fr", 0.45, "share"))).toBe("45 %");
    expect(formatValue("en", 0.45, "share")).toBe("45%");
    expect(formatValue("en", 3, "count")).toBe("3");
    expect(formatValue("en", 2, "widgets")).toBe("2 widgets");
    expect(plainSpaces(formatValue("fr", 1, "share undecided"))).toBe("100 % sans décision");
    expect(formatValue("fr", 1, "items")).toBe("1 élément");
    expect(formatValue("fr", 3, "items")).toBe("3 éléments");
    expect(formatValue("en", 1, "escalations/week")).toBe("1 escalation/wk");
    expect(formatValue("en", 2.5, "escalations/week")).toBe("2.5 escalations/wk");
    expect(formatValue("fr", null, "share")).toBe("—");
  });

  it("names scopes", () => {
    expect(scopeName("fr", "org")).toBe("Organisation");
    expect(scopeName("fr", "team:Ventes")).toBe("Équipe Ventes");
    expect(scopeName("en", "team:Ventes")).toBe("Ventes team");
  });

  it("formats the week and its period without shifting days (tests run in New York)", () => {
    expect(weekLabel("fr", "2026-W07")).toBe("Semaine 7 · 2026");
    expect(weekLabel("en", "2026-W47")).toBe("Week 47, 2026");
    expect(plainSpaces(periodLabel("fr", { start: "2026-11-30", end: "2026-12-06" }))).toBe(
      "30 novembre – 6 décembre 2026",
    );
    expect(plainSpaces(periodLabel("en", { start: "2026-11-16", end: "2026-11-22" }))).toMatch(
      /^16 ?– ?22 November 2026$/,
    );
  });

  it("prints the trend with its week labels, a missing week as a dash", () => {
    const trend = [
      { week: "2026-W45", score: 62 },
      { week: "2026-W46", score: null },
      { week: "2026-W47", score: 67.6 },
    ];
    expect(trendLine("fr", trend)).toBe("S45 62 · S46 – · S47 68");
    expect(trendLine("en", trend)).toBe("W45 62 · W46 – · W47 68");
  });

  it("accepts only http(s) URLs as links", () => {
    expect(safeHttpUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl(" JAVASCRIPT:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,x")).toBeNull();
    expect(safeHttpUrl("/relative")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
