/**
 * The comparison page's only stylesheet, inlined so the file opens offline. System fonts,
 * no `url()`; every text at least 12 px; text colours keep a 4.5:1 contrast on their ground.
 * Under 760 px the clients table becomes one card per client and the heatmap's column heads
 * turn vertical so its ten signals fit a phone; should a cell still not fit, the heatmap scrolls
 * inside its own box, client column pinned, and the page itself never scrolls sideways.
 */
export const COMPARE_CSS = `
:root {
  --fg: #1f2328; --muted: #57606a; --line: #d8dee4; --surface: #f6f8fa; --bg: #ffffff;
  --brand: #0b3d91; --brand-bg: #eaf1fb;
  --ok-bg: #dafbe1; --ok-fg: #116329; --watch-bg: #fff3c4; --watch-fg: #6f4400;
  --alert-bg: #ffebe9; --alert-fg: #a40e26; --none-bg: #eef1f4; --none-fg: #4b535c;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--surface); color: var(--fg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1320px; margin: 0 auto; padding: 24px 20px 40px; }
h1, h2 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.15rem; margin: 0 0 10px; }
section { background: var(--bg); border: 1px solid var(--line); border-radius: 12px; padding: 18px; margin-top: 18px; }
.brand { font-size: .8rem; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: var(--brand); }
.page-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 4px 16px; }
.muted { color: var(--muted); }
.help { color: var(--muted); font-size: .85rem; margin: 0 0 10px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; text-align: left; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); font-weight: 650; }
.badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: .8rem; font-weight: 650; white-space: nowrap; }
.badge.ok { background: var(--ok-bg); color: var(--ok-fg); }
.badge.watch { background: var(--watch-bg); color: var(--watch-fg); }
.badge.alert { background: var(--alert-bg); color: var(--alert-fg); }
.badge.none { background: var(--none-bg); color: var(--none-fg); font-weight: 500; }
.reasons { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 3px; }
.reason { font-size: .8rem; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: 0 7px; white-space: nowrap; }
.client-name { font-weight: 650; font-size: 1rem; overflow-wrap: anywhere; }
.score { font-size: 1.35rem; font-weight: 750; font-variant-numeric: tabular-nums; }
.score.st-ok { color: var(--ok-fg); } .score.st-watch { color: var(--watch-fg); } .score.st-alert { color: var(--alert-fg); }
.spark { display: block; }
.spark-line { fill: none; stroke: var(--brand); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.spark-dot { fill: var(--brand); }
.spark-mid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 3; }
.down { color: var(--alert-fg); font-weight: 650; } .up { color: var(--ok-fg); font-weight: 650; }
.stale { color: var(--alert-fg); font-weight: 650; }
.cell-list { display: flex; flex-wrap: wrap; gap: 4px; }

.heat-wrap { overflow-x: auto; max-width: 100%; }
.heatmap { border-collapse: separate; border-spacing: 3px; min-width: 900px; }
.heatmap th, .heatmap td { border-bottom: 0; padding: 5px 6px; }
.heatmap th.col { text-align: center; text-transform: none; letter-spacing: 0; font-size: .8rem; }
.heatmap th[scope=row] { position: sticky; left: 0; background: var(--bg); text-transform: none; letter-spacing: 0;
  font-size: .9rem; color: var(--fg); max-width: 210px; overflow-wrap: anywhere; z-index: 1; }
.heatmap td.hm { text-align: center; font-weight: 650; font-variant-numeric: tabular-nums; border-radius: 6px; min-width: 70px; }
.heatmap td.hm small { display: block; font-weight: 500; font-size: .75rem; }
.heatmap td.nm { text-align: center; color: var(--none-fg); background: var(--none-bg); border-radius: 6px; font-size: .8rem; }
.h4 { background: #d1f4dc; color: #0f5323; } .h3 { background: #eaf5d0; color: #3b5200; }
.h2 { background: #fff0bf; color: #5c3700; } .h1 { background: #ffdcbd; color: #6b2800; }
.h0 { background: #ffcdcd; color: #82071e; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin-top: 10px; font-size: .8rem; color: var(--muted); }
.legend .sw { display: inline-block; padding: 0 8px; border-radius: 4px; font-weight: 650; }

.changes, .teams-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
.change-card { border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; }
.change-card h3 { font-size: .95rem; margin: 0 0 6px; overflow-wrap: anywhere; }
.change-card ul { margin: 0; padding-left: 18px; }
.change-card li { margin: 2px 0; }
ul.teams { padding-left: 0; list-style: none; }
ul.teams li { padding: 4px 0; border-bottom: 1px solid var(--line); }
ul.teams li:last-child { border-bottom: 0; }
footer { margin-top: 22px; font-size: .8rem; color: var(--muted); }
footer p { margin: 4px 0; }

@media (max-width: 760px) {
  main { padding: 12px 8px 28px; }
  section { padding: 10px; }
  h1 { font-size: 1.3rem; }
  table.clients thead { display: none; }
  table.clients, table.clients tbody { display: block; width: 100%; }
  table.clients tr { display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 2px 12px;
    border: 1px solid var(--line); border-radius: 10px; padding: 8px 10px; margin-bottom: 8px; }
  table.clients td { border: 0; padding: 1px 0; grid-column: 1 / -1; display: flex; justify-content: space-between; align-items: center; gap: 10px; }
  table.clients td::before { content: attr(data-label); color: var(--muted); font-size: .8rem; }
  table.clients td.who { display: block; }
  table.clients td.sc, table.clients td.tr, table.clients td.ch { grid-column: auto; }
  table.clients td.who::before, table.clients td.sc::before, table.clients td.tr::before, table.clients td.ch::before { content: none; }
  table.clients td.tr .spark { width: 100%; max-width: 180px; }
  .heatmap { min-width: 0; border-spacing: 1px; }
  .heatmap th.col { writing-mode: vertical-rl; transform: rotate(180deg); height: 92px; padding: 2px 0; font-size: .75rem; text-align: left; }
  .heatmap th[scope=row] { max-width: 76px; font-size: .75rem; padding: 2px 1px; }
  .heatmap td.hm, .heatmap td.nm { min-width: 0; padding: 4px 1px; font-size: .75rem; }
  .heatmap td.hm small { display: none; }
  /* No room for the glyph: a dashed frame says "watch", a solid one "alert" (not colour alone). */
  .heatmap .mark { display: none; }
  .heatmap td.st-watch, .legend .lg-watch { outline: 2px dashed var(--watch-fg); outline-offset: -2px; }
  .heatmap td.st-alert, .legend .lg-alert { outline: 2px solid var(--alert-fg); outline-offset: -2px; }
  .legend .lg-watch, .legend .lg-alert { padding: 0 6px; }
  .changes, .teams-list { grid-template-columns: 1fr; }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .heat-wrap { overflow: visible; }
}
`;
