import { buildWeekContext, type PreparedSnapshot, weekHasData } from "./context.js";
import { admitStrongestNewWatch, holdMildWatch, onePerCause, orgForSpreadCause } from "./page-noise.js";
import { bandScore } from "./signals/judge.js";
import type { Detector, DetectorParams, Finding, Measure, SignalId, WeekContext } from "./signals/types.js";
import { type IsoWeek, previousWeeks, shiftWeek } from "./week.js";

export interface AnalysisOptions {
  /** An alert needs the scope flagged the week before too (default true). */
  alertsMustPersist?: boolean;
  /** Mild watches must hold two weeks, and one cause gives one finding (`page-noise.ts`; default true). */
  quietPage?: boolean;
  /** Past weeks from a history store: used instead of measuring and judging them again. */
  history?: PastWeeks;
}

/**
 * Past weeks as a history store keeps them: a week it holds is never measured again, so a weekly run
 * needs raw data for the new week only. Stored findings carry figures, not evidence or text.
 */
export interface PastWeeks {
  /** Whether the week is stored (it then counts as a week with data). */
  has(week: string): boolean;
  /** The week's stored measures of one signal; undefined when the week is not stored. */
  measures(signal: SignalId, week: string): Measure[] | undefined;
  /** Its stored findings, before (`raw`) or after the persistence rule; undefined when not judged. */
  findings(signal: SignalId, week: string, raw: boolean): Finding[] | undefined;
}

/**
 * Week contexts kept at once. A context holds every meeting of its week; its measures are all
 * taken when it is built, so only the weeks being judged need it and older ones are let go.
 */
export const CONTEXTS_KEPT = 3;

/**
 * Runs detectors over weeks of one prepared snapshot. Measures are cached, so analysing a
 * week, its baseline and the trend's earlier weeks measures each week once; week contexts are
 * rebuilt on demand. Past weeks' measures are plain figures: a history store supplies them
 * instead (`history`).
 */
export class Analysis {
  private readonly contexts = new Map<string, WeekContext>();
  private readonly measureCache = new Map<string, Measure[]>();
  private readonly rawCache = new Map<string, Finding[]>();

  constructor(
    readonly prepared: PreparedSnapshot,
    readonly detectors: readonly Detector[],
    readonly options: AnalysisOptions = {},
  ) {}

  context(week: IsoWeek): WeekContext {
    let ctx = this.contexts.get(week.id);
    if (ctx) this.contexts.delete(week.id);
    else ctx = buildWeekContext(this.prepared, week);
    this.contexts.set(week.id, ctx);
    if (this.contexts.size > CONTEXTS_KEPT) this.contexts.delete(this.contexts.keys().next().value as string);
    return ctx;
  }

  params(detector: Detector): DetectorParams {
    return { ...detector.defaults, ...(this.prepared.tenant.thresholds[detector.id] ?? {}) };
  }

  /** Whether the week holds data: in the snapshot, or stored in the history. */
  hasData(week: IsoWeek): boolean {
    return this.options.history?.has(week.id) === true || weekHasData(this.prepared, week);
  }

  /** A detector's measures for a week (the stored ones for a stored week); none outside the data. */
  measures(detector: Detector, week: IsoWeek): Measure[] {
    const key = `${detector.id}@${week.id}`;
    let m = this.measureCache.get(key);
    if (!m) {
      // Every detector measures a week once its context is built, so it need not be kept; a stored
      // week is read from the history and needs no context at all.
      const history = this.options.history;
      const stored = history?.has(week.id) === true;
      const all = this.detectors.includes(detector) ? this.detectors : [detector];
      const ctx = !stored && weekHasData(this.prepared, week) ? this.context(week) : null;
      for (const d of all) {
        const k = `${d.id}@${week.id}`;
        if (this.measureCache.has(k)) continue;
        const past = stored ? history?.measures(d.id, week.id) : undefined;
        this.measureCache.set(k, past ?? (ctx ? d.measure(ctx, this.params(d)) : []));
      }
      m = this.measureCache.get(key) ?? [];
    }
    return m;
  }

  /** The baseline weeks of `week` that hold data, most recent first. */
  baselineWeeks(week: IsoWeek): IsoWeek[] {
    return previousWeeks(week, this.prepared.tenant.baselineWeeks).filter((w) => this.hasData(w));
  }

  /**
   * A detector's findings for a week. An `alert` must persist: when the same scope was not
   * already flagged (watch or alert) the week before, it is shown as a `watch`. A weak signal
   * becomes an alert by lasting, so one odd week (a seminar, a holiday, a crisis) never sends
   * leaders an alert on its own, while the first week still shows up as a watch.
   */
  runDetector(detector: Detector, week: IsoWeek): Finding[] {
    // A stored week keeps what was shown then (after every page rule).
    const stored = this.options.history?.findings(detector.id, week.id, false);
    if (stored) return stored;
    const shown = this.persisted(detector, week);
    if (this.options.quietPage === false || this.options.alertsMustPersist === false) return shown;
    const before = [...this.recentRaw(detector, week, 1), ...this.recentRaw(detector, week, 2)];
    const raw = this.rawFindings(detector, week);
    return shown.map((f, i) => holdMildWatch(raw[i] ?? f, f, before));
  }

  /** Findings after the alert persistence rule only. */
  private persisted(detector: Detector, week: IsoWeek): Finding[] {
    if (this.options.alertsMustPersist === false) return this.rawFindings(detector, week);
    const before = this.recentRaw(detector, week, 1);
    return this.rawFindings(detector, week).map((f) =>
      f.status === "alert" && !before.some((b) => b.scope === f.scope && b.status !== "ok")
        ? { ...f, status: "watch", score: bandScore(f.score, "watch") }
        : f,
    );
  }

  /** Raw findings of the `n`-th week before `week` (none outside the data). */
  private recentRaw(detector: Detector, week: IsoWeek, n: number): Finding[] {
    const w = shiftWeek(week, -n);
    return this.hasData(w) ? this.rawFindings(detector, w) : [];
  }

  /** Findings as the detector judges the week alone, before the persistence rule. */
  rawFindings(detector: Detector, week: IsoWeek): Finding[] {
    const key = `${detector.id}@${week.id}`;
    let found = this.rawCache.get(key);
    if (!found) {
      found = this.options.history?.findings(detector.id, week.id, true) ?? this.evaluateWeek(detector, week);
      this.rawCache.set(key, found);
    }
    return found;
  }

  private evaluateWeek(detector: Detector, week: IsoWeek): Finding[] {
    const ctx = this.context(week);
    const params = this.params(detector);
    const baselineWeeks = this.baselineWeeks(week);
    return this.measures(detector, week).map((current) => {
      const baseline = baselineWeeks.flatMap((w) =>
        this.measures(detector, w).filter((m) => m.scope === current.scope),
      );
      return detector.evaluate({ current, baseline, ctx, params });
    });
  }

  findings(week: IsoWeek): Finding[] {
    const held = this.detectors.flatMap((d) => this.runDetector(d, week));
    if (this.options.quietPage === false) return held;
    const loud = this.detectors.flatMap((d) => this.persisted(d, week));
    return onePerCause(orgForSpreadCause(loud, admitStrongestNewWatch(loud, held)));
  }
}
