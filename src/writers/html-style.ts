/**
 * The page's only stylesheet, inlined: the file must open offline, from an e-mail attachment
 * or a shared drive, exactly as it was written. System fonts only, no `url()`.
 * Text colours on their backgrounds keep a contrast ratio of at least 4.5:1 (WCAG AA).
 */
export const CSS = `
:root {
  --fg: #1f2328; --muted: #57606a; --line: #d8dee4; --surface: #f6f8fa; --bg: #ffffff;
  --brand: #0b3d91; --brand-bg: #eaf1fb;
  --ok: #1a7f37; --ok-bg: #dafbe1; --ok-fg: #116329;
  --watch: #bf8700; --watch-bg: #fff3c4; --watch-fg: #6f4400;
  --alert: #cf222e; --alert-bg: #ffebe9; --alert-fg: #a40e26;
  --none-bg: #eef1f4; --none-fg: #4b535c;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--surface); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 40px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.15rem; margin: 0 0 12px; }
a { color: var(--brand); }
a:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
section, .hero > div { background: var(--bg); border: 1px solid var(--line); border-radius: 12px; padding: 20px; }
section { margin-top: 20px; }

.page-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 16px; margin-bottom: 16px; }
.brand { font-size: .8rem; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: var(--brand); }
.page-head h1 { font-size: 1.6rem; }
.page-head .when { font-size: 1rem; color: var(--fg); }
.page-head .stats { font-size: .85rem; }

.hero { display: grid; grid-template-columns: minmax(220px, 1fr) 2.2fr; gap: 20px; }
.score-card { display: flex; flex-direction: column; justify-content: center; gap: 8px; border-top: 6px solid var(--line); }
.score-card.st-ok { border-top-color: var(--ok); }
.score-card.st-watch { border-top-color: var(--watch); }
.score-card.st-alert { border-top-color: var(--alert); }
.score-card .label { font-size: .85rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.big { font-size: 4rem; font-weight: 750; line-height: 1; font-variant-numeric: tabular-nums; }
.big small { font-size: 1.25rem; font-weight: 500; color: var(--muted); }
.st-ok .big { color: var(--ok-fg); } .st-watch .big { color: var(--watch-fg); } .st-alert .big { color: var(--alert-fg); }
.trend-card h2 { margin-bottom: 4px; }
.trend-card svg { width: 100%; height: auto; display: block; }
.trend-line { fill: none; stroke: var(--brand); stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
.trend-area { fill: var(--brand); opacity: .07; }
.trend-dot { fill: var(--bg); stroke: var(--brand); stroke-width: 2; }
.trend-last { fill: var(--brand); }
.trend-value { font-size: 13px; font-weight: 700; fill: var(--fg); }
.grid-line { stroke: var(--line); stroke-width: 1; }
.axis { font-size: 11px; fill: var(--muted); }

.badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: .8rem; font-weight: 650; white-space: nowrap; }
.badge.ok { background: var(--ok-bg); color: var(--ok-fg); }
.badge.watch { background: var(--watch-bg); color: var(--watch-fg); }
.badge.alert { background: var(--alert-bg); color: var(--alert-fg); }
.badge.none { background: var(--none-bg); color: var(--none-fg); font-weight: 500; }

.alerts { display: grid; gap: 14px; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--watch); border-radius: 10px; padding: 14px 16px; break-inside: avoid; }
.card.alert { border-left-color: var(--alert); }
.card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.card-head h3 { font-size: 1.05rem; }
.card-head .scope { color: var(--muted); font-weight: 600; }
.card-head .score { margin-left: auto; color: var(--muted); font-size: .85rem; }
.card p { margin: 8px 0; }
.card h4 { margin: 10px 0 4px; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.evidence { margin: 0; padding-left: 18px; }
.evidence li { margin: 2px 0; overflow-wrap: anywhere; }
.evidence .why, .evidence .date { color: var(--muted); font-size: .9em; }
.action { margin-top: 10px; background: var(--brand-bg); border-radius: 8px; padding: 10px 12px; }
.action strong { display: block; color: var(--brand); font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; }
.action p { margin: 2px 0 0; }
.more { margin: 10px 0 0; font-size: .9rem; }

.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { text-align: left; font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 650; }
tr.scope-start td { border-top: 2px solid var(--line); }
td .sub { display: block; color: var(--muted); font-size: .85rem; margin-top: 2px; }
.dim { color: var(--muted); }
.short { color: var(--alert-fg); font-weight: 700; }

.heatmap th.col { text-align: center; font-size: .72rem; letter-spacing: 0; text-transform: none; min-width: 64px; }
.heatmap th[scope=row] { text-transform: none; letter-spacing: 0; font-size: .92rem; color: var(--fg); white-space: nowrap; }
/* Separate borders so each cell reads as a tile (border-radius is ignored in collapsed tables). */
.heatmap { border-collapse: separate; border-spacing: 3px; }
.heatmap th, .heatmap td { border-bottom: 0; }
.heatmap td.hm { text-align: center; font-weight: 650; font-variant-numeric: tabular-nums; border-radius: 6px; }
.heatmap td:empty { background: repeating-linear-gradient(45deg, transparent 0 4px, var(--surface) 4px 8px); border-radius: 6px; }
.h4 { background: #d1f4dc; color: #0f5323; } .h3 { background: #eaf5d0; color: #3b5200; }
.h2 { background: #fff0bf; color: #664200; } .h1 { background: #ffdcbd; color: #7a2e00; }
.h0 { background: #ffcdcd; color: #82071e; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin-top: 10px; font-size: .8rem; color: var(--muted); }
.legend span.sw { display: inline-block; padding: 0 8px; border-radius: 4px; font-weight: 650; }

.warnings { margin-top: 20px; padding: 12px 16px; border: 1px dashed var(--line); border-radius: 12px; font-size: .85rem; color: var(--muted); }
.warnings h2 { font-size: .9rem; margin-bottom: 6px; }
.warnings ul { margin: 0; padding-left: 18px; }
.warnings code { font-size: .95em; overflow-wrap: anywhere; }
footer { margin-top: 24px; text-align: center; font-size: .8rem; color: var(--muted); }

@media (max-width: 720px) {
  main { padding: 16px 10px 32px; }
  .hero { grid-template-columns: 1fr; }
  .big { font-size: 3.2rem; }
  section, .hero > div { padding: 14px; }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 12mm; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section, .hero > div { border-color: #bbb; break-inside: avoid; }
  section.signals, section.alerts-section { break-inside: auto; }
  .table-wrap { overflow: visible; }
  a { color: inherit; }
}
`;
