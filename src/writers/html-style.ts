/**
 * The page's only stylesheet, inlined: the file must open offline, from an e-mail attachment
 * or a shared drive, exactly as it was written. System fonts only, no `url()`.
 * Text colours on their backgrounds keep a contrast ratio of at least 4.5:1 (WCAG AA); no text is
 * smaller than 12 px; nothing is wider than a 390 px phone (the browser tests check all three).
 * Status colours follow the one rule of src/core/scoring.ts: green ok, amber watch, red alert.
 */
export const CSS = `
:root {
  --fg: #1f2328; --muted: #57606a; --line: #d8dee4; --surface: #f6f8fa; --bg: #ffffff;
  --brand: #0b3d91; --brand-bg: #eaf1fb;
  --ok: #1a7f37; --ok-bg: #d1f4dc; --ok-fg: #0f5323;
  --watch: #bf8700; --watch-bg: #fff0bf; --watch-fg: #664200;
  --alert: #cf222e; --alert-bg: #ffcdcd; --alert-fg: #82071e;
  --none: #8c959f; --none-bg: #eef1f4; --none-fg: #4b535c;
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
h3 { font-size: 1rem; }
a { color: var(--brand); }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.muted { color: var(--muted); }
.small { font-size: .85rem; font-weight: 400; }
section { background: var(--bg); border: 1px solid var(--line); border-radius: 12px; padding: 20px; margin-top: 16px; }

.page-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 16px; }
.brand { font-size: .8rem; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: var(--brand); }
.page-head h1 { font-size: 1.6rem; overflow-wrap: anywhere; }

.hero-grid { display: grid; grid-template-columns: minmax(180px, 1fr) 2.4fr; gap: 20px; align-items: end; }
.score-card { display: flex; flex-direction: column; gap: 6px; border-left: 6px solid var(--none); padding-left: 14px; }
.score-card.st-ok { border-left-color: var(--ok); } .score-card.st-watch { border-left-color: var(--watch); }
.score-card.st-alert { border-left-color: var(--alert); }
.score-card .label { font-size: .8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.big { font-size: 3.6rem; font-weight: 750; line-height: 1; font-variant-numeric: tabular-nums; }
.big small { font-size: 1.2rem; font-weight: 500; color: var(--muted); }
.st-ok .big { color: var(--ok-fg); } .st-watch .big { color: var(--watch-fg); } .st-alert .big { color: var(--alert-fg); }
.meaning { margin: 14px 0 4px; }
.rule { margin: 0; color: var(--muted); }

.trend { display: flex; gap: 6px; list-style: none; margin: 6px 0 0; padding: 0; height: 150px; align-items: stretch; }
.bar { flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; justify-content: flex-end; align-items: center; font-size: 12px; }
.bar .b { width: 100%; max-width: 44px; border-radius: 4px 4px 0 0; background: var(--none); }
.bar.ok .b { background: var(--ok); } .bar.watch .b { background: var(--watch); } .bar.alert .b { background: var(--alert); }
.bar .v { font-weight: 700; font-variant-numeric: tabular-nums; }
.bar .w { color: var(--muted); white-space: nowrap; }
.bar:last-child .w { color: var(--fg); font-weight: 700; }
.bar .b { flex: 0 0 auto; }

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
.card p { margin: 8px 0; overflow-wrap: anywhere; }
.card h4 { margin: 10px 0 4px; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.evidence { margin: 0; padding-left: 18px; }
.evidence li { margin: 2px 0; overflow-wrap: anywhere; }
.action { margin-top: 10px; background: var(--brand-bg); border-radius: 8px; padding: 10px 12px; }
.action strong { display: block; color: var(--brand); font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; }
.action p { margin: 2px 0 0; }
.watch-head { margin: 16px 0 6px; }
.watches { margin: 0; padding: 0; list-style: none; }
.watches li { padding: 6px 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.watches .gist { display: block; color: var(--muted); font-size: .9rem; }
.chip { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: .8rem; font-weight: 600; background: var(--watch-bg); color: var(--watch-fg); white-space: nowrap; }
.chip.alert { background: var(--alert-bg); color: var(--alert-fg); }

table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 650; }
td .sub { display: block; color: var(--muted); font-size: .85rem; }
.n { font-variant-numeric: tabular-nums; }
.short { color: var(--alert-fg); }

/* The grid: fixed layout so it always fits its box; tiles separated by spacing. */
.grid { table-layout: fixed; border-collapse: separate; border-spacing: 2px; }
.grid th, .grid td { border-bottom: 0; padding: 6px 2px; text-align: center; overflow-wrap: normal; }
.grid thead th:first-child { width: 110px; }
.grid th.col { padding: 6px 0; font-weight: 600; }
.grid th.col { font-size: 12px; letter-spacing: 0; text-transform: none; vertical-align: bottom; }
.grid th[scope=row] { text-align: left; text-transform: none; letter-spacing: 0; font-size: .85rem; color: var(--fg); overflow-wrap: anywhere; hyphens: auto; }
.grid td.hm { font-weight: 650; font-size: .85rem; border-radius: 6px; white-space: nowrap; }
.hm.ok { background: var(--ok-bg); color: var(--ok-fg); } .hm.watch { background: var(--watch-bg); color: var(--watch-fg); }
.hm.alert { background: var(--alert-bg); color: var(--alert-fg); }
.hm.na { background: repeating-linear-gradient(45deg, transparent 0 4px, var(--surface) 4px 8px); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 10px 0 4px; font-size: .8rem; }
.legend .sw { padding: 0 8px; border-radius: 4px; font-weight: 650; }
.sw.ok { background: var(--ok-bg); color: var(--ok-fg); } .sw.watch { background: var(--watch-bg); color: var(--watch-fg); }
.sw.alert { background: var(--alert-bg); color: var(--alert-fg); }

details { border-top: 1px solid var(--line); padding: 8px 0; }
summary { cursor: pointer; font-weight: 650; }
details > :not(summary) { margin-top: 10px; }
.details-table td:nth-child(2) { width: 40%; }
.rituals { margin: 0; padding-left: 18px; }
.rituals li { margin: 6px 0; }
.kv { display: inline-block; margin-right: 10px; font-size: .85rem; }
.warnings { margin: 0; padding-left: 18px; font-size: .85rem; color: var(--muted); }
.warnings code { overflow-wrap: anywhere; }
footer { margin-top: 20px; text-align: center; font-size: .8rem; color: var(--muted); }

@media (max-width: 720px) {
  main { padding: 12px 8px 28px; }
  section { padding: 12px 10px; }
  .hero-grid { grid-template-columns: 1fr; }
  .big { font-size: 3rem; }
  .grid .n { display: none; }
  .grid thead th:first-child { width: 30%; }
  .grid th.col { height: 96px; padding: 4px 0; }
  .grid th.col span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
  .details-table, .details-table tbody, .details-table tr, .details-table td { display: block; width: auto; }
  .details-table thead { display: none; }
  .details-table tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
  .details-table td { border: 0; padding: 2px 0; }
  .details-table td:nth-child(2) { width: auto; }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 12mm; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section { border-color: #bbb; break-inside: avoid; }
  section.details { break-inside: auto; }
  a { color: inherit; }
}
`;
