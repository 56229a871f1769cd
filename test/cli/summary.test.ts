import { describe, expect, it } from "vitest";
import { renderSummary } from "../../src/cli/summary.js";
import { plainSpaces, sampleReport } from "../writers/sample-report.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point.
const ANSI = /\u001b\[/;

describe("renderSummary", () => {
  const plain = plainSpaces(renderSummary(sampleReport("fr"), { color: false }));

  it("has no ANSI escapes without colour, and some with it", () => {
    expect(plain).not.toMatch(ANSI);
    expect(renderSummary(sampleReport("fr"), { color: true })).toMatch(ANSI);
  });

  it("starts with company, week, score, status and trend", () => {
    const first = plain.split("\n")[0] ?? "";
    expect(first).toContain("Atelier Dupont SAS");
    expect(first).toContain("Semaine 47 · 2026");
    expect(first).toContain("72/100");
    expect(first).toContain("À surveiller");
    expect(plain).toContain("78 → 80 → 75 → – → 62 → 68 → 66 → 72");
  });

  it("lists the ten org signals with status, score and value against baseline", () => {
    const lines = plain.split("\n");
    const rows = lines.filter((l) => /^ {2}\S.* {2}\d+ {2}/.test(l));
    expect(rows).toHaveLength(10);
    expect(plain).toMatch(/Inflation des réunions +▲ Alerte +34 {2}14,2 \/ 10,1 h\/pers\.\/sem\./);
    expect(plain).toMatch(/Instabilité des priorités +– historique insuffisant +100 {2}4 priorités \/ —/);
  });

  it("shows the top three alerts with scope and first evidence", () => {
    expect(plain).toContain("1. ▲ Alerte · Organisation · Remontées vers le dirigeant (22/100)");
    expect(plain).toContain("2. ▲ Alerte · Équipe Ventes · Inflation des réunions (34/100)");
    expect(plain).toContain("↳ <script>alert(1)</script> CODIR");
    expect(plain).toContain("3. ● À surveiller · Organisation · Rituels sans décision");
    expect(plain).not.toContain("4. ");
    expect(plain).toContain("… et 3 autre(s) dans report.html");
    expect(plain.endsWith("\n")).toBe(true);
  });

  it("keeps lines within the width and strips control characters from titles", () => {
    const r = sampleReport("en");
    const first = r.alerts.find((a) => a.signal === "ceo_escalation");
    if (first?.evidence[0]) first.evidence[0].title = "Evil \u001b[2J title";
    const out = renderSummary(r, { color: false, width: 60 });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain("Evil [2J title");
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(60);
  });
});
