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
    expect(first).toContain("66/100");
    expect(first).toContain("À surveiller");
    expect(plain).toContain(
      "Tendance : S40 78 · S41 80 · S42 75 · S43 – · S44 62 · S45 68 · S46 60 · S47 66",
    );
  });

  it("lists the ten org signals with status, score and value against baseline", () => {
    const lines = plain.split("\n");
    const rows = lines.filter((l) => /^ {2}\S.* {2}\d+ {2}/.test(l));
    expect(rows).toHaveLength(10);
    expect(plain).toMatch(/Inflation des réunions +▲ Alerte +34 {2}14,2 \/ 10,1 h\/pers\.\/sem\./);
    expect(plain).toMatch(/Instabilité des priorités +– historique insuffisant +100 {2}4 priorités$/m);
  });

  it("shows the top three alerts with scope and first evidence", () => {
    expect(plain).toContain("1. ▲ Alerte · Organisation · Remontées vers le dirigeant (22/100)");
    expect(plain).toContain("2. ▲ Alerte · Équipe Ventes · Inflation des réunions (34/100)");
    expect(plain).toContain("↳ <script>alert(1)</script> CODIR");
    expect(plain).toContain("3. ● À surveiller · Organisation · Rituels sans décision");
    expect(plain).not.toContain("4. ");
    expect(plain).toContain("À traiter maintenant · 2 alertes, 4 points à surveiller");
    expect(plain).toContain("… et 3 autres dans report.html");
    expect(plain.endsWith("\n")).toBe(true);
  });

  it("wraps a long finding at spaces instead of cutting a word", () => {
    const r = sampleReport("en");
    const first = r.alerts.find((a) => a.signal === "ceo_escalation");
    if (first)
      first.summary = `${"Arbitration requests multiplied across every department this week ".repeat(3)}.`;
    const out = renderSummary(r, { color: false, width: 60 });
    const words = new Set((first?.summary ?? "").split(/\s+/));
    const lines = out.split("\n");
    const start = lines.findIndex((l) => l.startsWith("  1. "));
    const end = lines.findIndex((l, i) => i > start && l.includes("↳"));
    const printed = lines.slice(start + 1, end);
    for (const line of printed)
      for (const w of line.trim().split(" ")) expect(words.has(w) || /^[.…]$/.test(w)).toBe(true);
    expect(printed.length).toBeGreaterThan(2);
  });

  it("keeps lines within the width and strips control characters from titles", () => {
    const r = sampleReport("en");
    const first = r.alerts.find((a) => a.signal === "ceo_escalation");
    if (first?.evidence[0]) first.evidence[0].title = "Evil \u001b[2J title";
    const out = renderSummary(r, { color: false, width: 60 });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain("Evil [2J title");
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(60);
    // A value that does not fit beside its row goes under it, whole.
    expect(out).toContain("14.2 / 10.1 h/person/wk");
  });
});
