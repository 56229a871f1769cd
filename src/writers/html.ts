import type { Report } from "../core/report.js";
import { escapeHtml as esc } from "./escape.js";
import { alertsSection, hero, pageFooter, pageHeader, warningsSection } from "./html-sections.js";
import { CSS } from "./html-style.js";
import { ritualsSection, signalsSection, teamsSection } from "./html-tables.js";
import { weekLabel } from "./labels.js";

/**
 * Forbids every script and remote resource: even if a title slipped through escaping, the
 * page could neither run code nor call home. Links the reader clicks are not affected.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The weekly page a leader reads in two minutes: one self-contained, offline HTML file. */
export function renderHtml(report: Report): string {
  const title = `Vigie — ${report.tenantName} — ${weekLabel(report.locale, report.week)}`;
  const body = [
    pageHeader(report),
    hero(report),
    alertsSection(report),
    signalsSection(report),
    teamsSection(report),
    ritualsSection(report),
    warningsSection(report),
    pageFooter(report),
  ].filter((part) => part !== "");
  return `<!doctype html>
<html lang="${esc(report.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}
