import { describe, expect, it } from "vitest";
import { renderCompareHtml } from "../../../src/writers/compare/html.js";
import { samplePortfolio } from "./sample-portfolio.js";

describe("compare.html", () => {
  it("is self-contained: no script, no remote resource, a CSP that forbids both", () => {
    const html = renderCompareHtml(samplePortfolio("fr"));
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(/i);
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    expect(html).toContain("default-src 'none'");
  });

  it("escapes client names", () => {
    const html = renderCompareHtml(samplePortfolio("fr"));
    expect(html).not.toContain("<b>Freight</b>");
    expect(html).toContain("Ocean &lt;b&gt;Freight&lt;/b&gt; &quot;Partners&quot;");
  });

  it("speaks the portfolio's language", () => {
    const fr = renderCompareHtml(samplePortfolio("fr"));
    const en = renderCompareHtml(samplePortfolio("en"));
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain("Qui regarder en premier");
    expect(fr).toContain("Semaine 47 · 2026");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Who needs attention first");
    expect(en).toContain("Week 47, 2026");
    expect(en).not.toContain("Qui regarder");
  });

  it("lists clients in attention order and says why", () => {
    const p = samplePortfolio("en");
    const html = renderCompareHtml(p);
    const shown = [...html.matchAll(/<div class="client-name">(\d+)\. ([^<]*)<\/div>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const asHtml = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    expect(shown).toEqual(p.clients.map((c, i) => `${i + 1} ${asHtml(c.name)}`));
    expect(html).toContain("open alert");
    expect(html).toContain("stale run");
  });

  it("tells a consultant with no client how to get access", () => {
    const html = renderCompareHtml(samplePortfolio("en", 0));
    expect(html).toContain("No client has granted you access yet");
    expect(html).not.toContain("<table");
  });
});
