import { escapeHtml as esc } from "./escape.js";

/**
 * No script, no remote resource, no form: even a name that slipped through escaping could neither
 * run code nor call home. Links the reader clicks are not affected.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** One self-contained, offline HTML page: the weekly page and the consultant's comparison alike. */
export function htmlDocument(o: {
  locale: string;
  title: string;
  css: string;
  body: readonly string[];
}): string {
  return `<!doctype html>
<html lang="${esc(o.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${esc(o.title)}</title>
<style>${o.css}</style>
</head>
<body>
<main>
${o.body.filter((b) => b !== "").join("\n")}
</main>
</body>
</html>
`;
}
