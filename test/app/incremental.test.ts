/**
 * History feeds the analysis: the demo analysed week by week through the store — a first run that
 * backfills 12 weeks, then one run per week that measures only its new week — gives the same report.json
 * as analysing the whole folder at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPastWeeks, lookbackWeeks, weeksToStore } from "../../src/app/history-bridge.js";
import { Analysis } from "../../src/core/analysis.js";
import { DETECTORS } from "../../src/core/catalogue.js";
import { type PreparedSnapshot, prepareSnapshot, weekHasData } from "../../src/core/context.js";
import { buildReport, TREND_WEEKS } from "../../src/core/report-builder.js";
import type { Detector } from "../../src/core/signals/types.js";
import { type IsoWeek, weekOf, weekRange } from "../../src/core/week.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";
import type { Store } from "../../src/store/store.js";
import { ENGINES, openTestStore } from "../store/engines.js";

const DEMO = new URL("../../fixtures/demo", import.meta.url).pathname;
const OPTS = { generatedBy: "vigie test" };
const BACKFILL_WEEKS = 12;

let prepared: PreparedSnapshot;
let weeks: IsoWeek[];
/** report.json of each week, analysed from the whole folder (one analysis, its caches shared). */
const full = new Map<string, unknown>();
const LONG = 180_000;

beforeAll(async () => {
  prepared = prepareSnapshot(await readWorkspace(DEMO));
  const zone = prepared.tenant.timezone;
  if (!prepared.dataStart || !prepared.dataEnd) throw new Error("the demo has no calendar data");
  weeks = weekRange(weekOf(prepared.dataStart, zone), weekOf(prepared.dataEnd, zone)).filter((w) =>
    weekHasData(prepared, w),
  );
  const whole = new Analysis(prepared, DETECTORS);
  for (const w of weeks.slice(BACKFILL_WEEKS - 1)) full.set(w.id, asJson(buildReport(whole, w, OPTS)));
}, LONG);

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The detectors, counting which weeks they measure from raw data. */
function counting(measured: Set<string>): Detector[] {
  return DETECTORS.map((d) => ({
    ...d,
    measure: (ctx, params) => {
      measured.add(ctx.week.id);
      return d.measure(ctx, params);
    },
  }));
}

describe.each(ENGINES)("incremental analysis through the %s store", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(engine);
  }, LONG);
  afterAll(() => store.close());

  it(
    "gives every week the report of the whole folder, measuring only the new week after the backfill",
    async () => {
      const tenant = await store.tenant(prepared.tenant.id);
      const span = lookbackWeeks(TREND_WEEKS, prepared.tenant.baselineWeeks);
      const runs = weeks.slice(BACKFILL_WEEKS - 1);
      expect(runs.length).toBeGreaterThanOrEqual(3);
      for (const [i, week] of runs.entries()) {
        const measured = new Set<string>();
        const past = await loadPastWeeks(tenant.history, week, span);
        const analysis = new Analysis(prepared, counting(measured), { history: past });
        const report = buildReport(analysis, week, OPTS);
        expect(asJson(report)).toEqual(full.get(week.id));
        for (const w of weeksToStore(analysis, past, week, { span, trendWeeks: TREND_WEEKS })) {
          await tenant.history.saveWeek(w.week, w.measures, w.findings);
        }
        if (i === 0) expect(measured.size).toBeGreaterThanOrEqual(BACKFILL_WEEKS);
        else expect([...measured]).toEqual([week.id]);
      }
    },
    LONG,
  );
});
