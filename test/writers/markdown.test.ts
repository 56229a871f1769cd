import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/writers/escape.js";
import { renderMarkdown } from "../../src/writers/markdown.js";
import { MEET_URL, plainSpaces, sampleReport } from "./sample-report.js";

const fr = plainSpaces(renderMarkdown(sampleReport("fr")));
const en = renderMarkdown(sampleReport("en"));

describe("renderMarkdown", () => {
  it("opens with company, week, period, score and trend", () => {
    expect(fr.startsWith("# Santé de l'alignement — Atelier Dupont SAS\n")).toBe(true);
    expect(fr).toContain("**Semaine 47 · 2026** (16–22 novembre 2026)");
    expect(fr).toContain("72/100** — À surveiller");
    expect(fr).toContain("78 → 80 → 75 → – → 62 → 68 → 66 → 72");
    expect(en).toContain("**Overall score: 72/100** — Watch");
    expect(fr.endsWith("\n")).toBe(true);
  });

  it("escapes markup in titles and links only http(s) evidence", () => {
    expect(fr).toContain(`[\\<script\\>alert\\(1\\)\\</script\\> CODIR](${MEET_URL})`);
    expect(fr).toContain("- \\*\\_\\[md\\]\\_\\* Revue \\| pipeline (18 nov.)");
    expect(fr).not.toContain("javascript:");
    expect(fr).not.toMatch(/(?<!\\)<script/);
  });

  it("lists alerts alert-first with their recommended action", () => {
    const heads = [...en.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(heads).toEqual([
      "Alert · Escalations to the CEO — Organisation",
      "Alert · Meeting inflation — Ventes team",
      "Watch · Rituals without decisions — Organisation",
      "Watch · Action follow-through — Production team",
      "Watch · Silos — Organisation",
    ]);
    expect(en).toContain("> **Recommended action** — Delegate routine arbitration");
    expect(en).toContain("_Also flagged: Tone of discussions \\(Production team, Watch\\)_");
  });

  it("puts org rows first in the signal table and flags insufficient history", () => {
    const rows = fr
      .split("\n")
      .filter((l) => l.startsWith("| ") && / \| (Organisation|Équipe \w+) \| /.test(l));
    expect(rows[0]).toMatch(
      /^\| Inflation des réunions \| Organisation \| 14,2 h\/pers\.\/sem\. \| 10,1 h\/pers\.\/sem\. \| 34 \| Alerte \|$/,
    );
    expect(rows.slice(0, 10).every((r) => r.includes("| Organisation |"))).toBe(true);
    expect(rows.slice(10).every((r) => r.includes("| Équipe "))).toBe(true);
    expect(fr).toContain("| 4 priorités | — | 100 | – historique insuffisant |");
  });

  it("has the teams × signals and rituals tables and the warnings", () => {
    expect(fr).toContain("| Ventes (9 pers.) | 58 | 34 🔴 |");
    expect(fr).toContain("| Stand-up | Quotidien | 5 | 3 ⚠️ | 2 | 0 | 0 | 3 |");
    expect(fr).toContain("- `google/docs/1AbC.json` — document without body: skipped");
  });
});

describe("escapeMarkdown", () => {
  it("keeps a table cell on one line and neutralises pipes and HTML", () => {
    expect(escapeMarkdown("a|b\nc <b>&")).toBe("a\\|b c \\<b\\>\\&");
  });
  it("escapes list markers only at the start", () => {
    expect(escapeMarkdown("- point")).toBe("\\- point");
    expect(escapeMarkdown("1. point")).toBe("1\\. point");
    expect(escapeMarkdown("Ventes-Production 1.5")).toBe("Ventes-Production 1.5");
  });
});
