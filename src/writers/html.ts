import type { Report } from "../core/report.js";
import { escapeHtml as esc } from "./escape.js";
import { attentionSection, hero, pageFooter, pageHeader } from "./html-sections.js";
import { CSS } from "./html-style.js";
import { detailsSection, gridSection } from "./html-tables.js";
import { weekLabel } from "./labels.js";

/**
 * Forbids every script and remote resource: even if a title slipped through escaping, the
 * page could neither run code nor call home. Links the reader clicks are not affected.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The weekly page a leader reads in two minutes, one self-contained offline HTML file, in the
 * order a leader asks: how are we, what needs attention now, where — then the details, folded
 * (`folded: false` for the Google Doc, which has no disclosure: the details become headed sections).
 */
export function renderHtml(report: Report, opts: { folded?: boolean } = {}): string {
  const title = `Vigie — ${report.tenantName} — ${weekLabel(report.locale, report.week)}`;
  const body = [
    pageHeader(report),
    hero(report),
    attentionSection(report),
    gridSection(report),
    detailsSection(report, opts.folded ?? true),
    pageFooter(report),
  ];
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

/** The same page for the Google Doc: a Doc has no disclosure, so the details are headed sections. */
export const renderDocHtml = (report: Report): string => renderHtml(report, { folded: false });
