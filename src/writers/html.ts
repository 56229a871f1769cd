import type { Report } from "../core/report.js";
import { htmlDocument } from "./html-document.js";
import { attentionSection, hero, pageFooter, pageHeader } from "./html-sections.js";
import { CSS } from "./html-style.js";
import { detailsSection, gridSection } from "./html-tables.js";
import { weekLabel } from "./labels.js";

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
  return htmlDocument({ locale: report.locale, title, css: CSS, body });
}

/** The same page for the Google Doc: a Doc has no disclosure, so the details are headed sections. */
export const renderDocHtml = (report: Report): string => renderHtml(report, { folded: false });
