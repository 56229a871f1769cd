import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/writers/escape.js";
import { renderMarkdown } from "../../src/writers/markdown.js";
import { MEET_URL, plainSpaces, sampleReport } from "./sample-report.js";

const fr = plainSpaces(renderMarkdown(sampleReport("fr")));
const en = renderMarkdown(sampleReport("en"));

describe("renderMarkdown", () => {
  it("opens with company, week, period, score, its meaning and the labelled trend", () => {
    expect(fr.startsWith("# Santé de l'alignement — Atelier Dupont SAS\n")).toBe(true);
    expect(fr).toContain("**Semaine 47 · 2026** (16–22 novembre 2026)");
    expect(fr).toContain("66/100** — 🟠 À surveiller (+6 pts par rapport à la semaine précédente)");
    expect(fr).toContain("Règle unique des scores, couleurs et statuts");
    expect(fr).toContain("Tendance : S40 78 · S41 80 · S42 75 · S43 – · S44 62 · S45 68 · S46 60 · S47 66");
    expect(en).toContain("**Overall score: 66/100** — 🟠 Watch");
    expect(fr.endsWith("\n")).toBe(true);
  });

  it("escapes markup in titles and links only http(s) evidence", () => {
    expect(fr).toContain(`[\\<script\\>alert\\(1\\)\\</script\\> CODIR](${MEET_URL})`);
    expect(fr).toContain("- \\*\\_\\[md\\]\\_\\* Revue \\| pipeline (18 nov.)");
    expect(fr).not.toContain("javascript:");
    expect(fr).not.toMatch(/(?<!\\)<script/);
  });

  it("gives alerts a block with their action, then watches as one list", () => {
    const heads = [...en.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(heads.slice(0, 3)).toEqual([
      "🔴 Alert · Escalations to the CEO — Organisation (Score 22/100)",
      "🔴 Alert · Meeting inflation — Ventes team (Score 34/100)",
      "To watch",
    ]);
    expect(en).toContain("> **Recommended action** — Delegate routine arbitration");
    expect(en).toContain(
      "- **Rituals without decisions** · 🟠 Organisation 48 — 45% of rituals recorded no decision.",
    );
    expect(en).toContain("_2 alerts · 4 points to watch_");
  });

  it("puts the details after the grid: watches in full, org rows first, insufficient history said", () => {
    expect(fr.indexOf("## Détails")).toBeGreaterThan(fr.indexOf("## Où ?"));
    const rows = fr
      .split("\n")
      .filter((l) => l.startsWith("| ") && / \| (Organisation|Équipe \w+) \| /.test(l));
    expect(rows[0]).toBe(
      "| Inflation des réunions | Organisation | 14,2 h/pers./sem. \\(réf. 10,1 h/pers./sem.\\) | 34 | 🔴 Alerte |",
    );
    expect(rows.slice(0, 10).every((r) => r.includes("| Organisation |"))).toBe(true);
    expect(rows.slice(10).every((r) => r.includes("| Équipe "))).toBe(true);
    expect(fr).toContain("| 4 priorités | 100 | Historique insuffisant |");
    expect(fr).toContain("#### 🟠 À surveiller · Silos — Organisation (Score 67/100)");
  });

  it("has the teams × signals and rituals tables and the warnings", () => {
    expect(fr).toContain("| Ventes (9 pers.) | 🔴 34 |");
    expect(fr).toContain("| Stand-up | Quotidien | 5 | **3** ⚠️ | 2 | 0 | 0 | 3 |");
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
