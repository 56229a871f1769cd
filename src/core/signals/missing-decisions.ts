/**
 * `missing_decisions`: rituals without measurable outcome. Share of the week's steering
 * meetings (rituals of weekly or slower cadence, and meetings whose notes are a ritual's
 * notes) whose notes record no decision; a steering meeting with no notes at all counts as
 * undecided, and separately. Judged on its change vs usual weeks, and on a chronic level.
 */
import { msg, pct, scopeLabel } from "../i18n.js";
import type { RitualConfig } from "../model.js";
import { ritualPattern } from "../ritual-pattern.js";
import { ACTIVE_SHARE, activeShare, insufficientHistoryText, judgeRise, settle } from "./baseline.js";
import { eventEvidence, MAX_EVIDENCE, noteEvidence } from "./evidence.js";
import { beyondNoise, shareNoise } from "./noise.js";
import { missingDecisionsAction } from "./playbook-rituals.js";
import { isHeld, isSteering, ritualResolver } from "./ritual-drift.js";
import { meetingsInScope, membersOf, scopesOf, showable } from "./scopes.js";
import type {
  AnalysedNote,
  Detector,
  DetectorParams,
  EvaluateInput,
  Evidence,
  Finding,
  Measure,
  Scope,
  Status,
  WeekContext,
  WeekMeeting,
} from "./types.js";
import { ORG } from "./types.js";

export const MISSING_DECISIONS_DEFAULTS = {
  /** +20 points of undecided steering meetings vs usual (30 % → 50 %): a watch. */
  watchRise: 0.2,
  /** +35 points (30 % → 65 %): steering has stopped deciding; an alert… */
  alertRise: 0.35,
  /** …only if at least half the steering meetings are undecided… */
  alertLevel: 0.5,
  /** …and at least 3 of them: a team's single undecided retro is not a pattern. */
  alertMinUndecided: 3,
  /**
   * Chronic state: 75 % or more undecided over at least 4 meetings is worth a watch even if it
   * is usual; never an alert, since it may only mean decisions are written elsewhere.
   */
  levelWatch: 0.75,
  levelMinMeetings: 4,
} satisfies DetectorParams;

const UNIT = "share undecided";

export const missingDecisions: Detector = {
  id: "missing_decisions",
  defaults: MISSING_DECISIONS_DEFAULTS,
  measure,
  evaluate,
};

/** One steering occurrence: a meeting, or a ritual's notes that no meeting of the week holds. */
interface Occurrence {
  ritual: RitualConfig | null;
  meeting: WeekMeeting | null;
  notes: AnalysedNote[];
}

function decided(o: Occurrence): boolean {
  return o.notes.some((n) => n.extracted.some((l) => l.kind === "decision" && !l.undecided));
}

/** The week's steering occurrences in a scope. */
export function steeringOccurrences(ctx: WeekContext, scope: Scope): Occurrence[] {
  const ritualOf = ritualResolver(ctx);
  const steering = ctx.tenant.rituals.filter(isSteering).map((r) => ({ r, re: ritualPattern(r.match) }));
  const byId = new Map(steering.map((s) => [s.r.id, s.r]));
  const ofNote = (n: AnalysedNote) => steering.find((s) => s.re.test(n.title))?.r ?? null;
  const occ: Occurrence[] = [];
  for (const m of meetingsInScope(ctx, scope)) {
    if (!isHeld(m)) continue;
    const ritual = byId.get(ritualOf(m) ?? "") ?? m.notes.map(ofNote).find((r) => r !== null) ?? null;
    if (ritual) occ.push({ ritual, meeting: m, notes: [...m.notes] });
  }
  if (scope !== ORG) return occ;
  // Notes not linked to a meeting of the week: attach by ritual and date, else count alone.
  const keys = new Set(ctx.meetings.map((m) => m.key));
  for (const n of ctx.notes) {
    const ritual = ofNote(n);
    if (!ritual || (n.meetingKey && keys.has(n.meetingKey))) continue;
    const host = occ.find(
      (o) => o.ritual?.id === ritual.id && o.meeting?.date === n.date && o.notes.length === 0,
    );
    if (host) host.notes.push(n);
    else occ.push({ ritual, meeting: null, notes: [n] });
  }
  return occ;
}

function measure(ctx: WeekContext): Measure[] {
  const out: Measure[] = [];
  for (const scope of scopesOf(ctx)) {
    const occ = steeringOccurrences(ctx, scope);
    if (scope !== ORG && occ.length === 0) continue;
    const members = membersOf(ctx, scope);
    const decidedN = occ.filter(decided).length;
    const withNotes = occ.filter((o) => o.notes.length > 0).length;
    out.push({
      signal: "missing_decisions",
      scope,
      value: occ.length ? round2((occ.length - decidedN) / occ.length) : null,
      unit: UNIT,
      figures: {
        total: occ.length,
        decided: decidedN,
        undecided: occ.length - decidedN,
        withNotes,
        withoutNotes: occ.length - withNotes,
        [ACTIVE_SHARE]: activeShare(ctx.meetings, members),
      },
      evidence: undecidedEvidence(ctx, occ),
    });
  }
  return out;
}

/** Notes that record no decision first (the reader can open them), then meetings without notes. */
function undecidedEvidence(ctx: WeekContext, occ: Occurrence[]): Evidence[] {
  const withNotes: Evidence[] = [];
  const without: Evidence[] = [];
  for (const o of occ) {
    if (decided(o) || (o.meeting && !showable(o.meeting))) continue;
    const name = o.ritual?.name ?? "";
    const note = o.notes[0];
    if (note) {
      const why = msg(ctx.locale, "finding.missing_decisions.whyNoDecision", { r: name });
      withNotes.push(noteEvidence(note, why));
    } else if (o.meeting) {
      const why = msg(ctx.locale, "finding.missing_decisions.whyNoNotes", { r: name });
      without.push(eventEvidence(o.meeting, why));
    }
  }
  return [...withNotes, ...without].slice(0, MAX_EVIDENCE);
}

function evaluate({ current, baseline, ctx, params }: EvaluateInput): Finding {
  const p = { ...MISSING_DECISIONS_DEFAULTS, ...params };
  const j = judgeRise(current, baseline, ctx, { watch: p.watchRise, alert: p.alertRise });
  const { factor: f, usual } = j;
  const value = current.value ?? 0;
  const total = current.figures.total ?? 0;
  const undecided = current.figures.undecided ?? 0;
  let status: Status = j.status;
  if (status === "alert" && (value < p.alertLevel / f || undecided < p.alertMinUndecided / f))
    status = "watch";
  // With a handful of steering meetings a week the share swings by chance: a change must stand
  // out of that binomial noise too (two standard deviations for a watch, three for an alert).
  status = beyondNoise(status, value - (j.baseline ?? 0), shareNoise(j.baseline ?? 0, total), f);
  if (status === "ok" && value >= p.levelWatch / f && total >= p.levelMinMeetings) status = "watch";
  const settled = settle(status, j, current, baseline);
  status = settled.status;
  const { insufficient, score } = settled;
  const rituals = [
    ...new Set(
      steeringOccurrences(ctx, current.scope)
        .filter((o) => !decided(o))
        .map((o) => o.ritual?.name ?? ""),
    ),
  ].filter(Boolean);
  return {
    signal: "missing_decisions",
    scope: current.scope,
    status,
    score,
    value: current.value,
    baseline: j.baseline,
    unit: UNIT,
    insufficientHistory: insufficient,
    summary: summary(ctx, current, insufficient ? null : j.baseline, usual.length),
    action: missingDecisionsAction(ctx.locale, {
      scope: current.scope,
      rituals,
      undecided,
      total,
      withoutNotes: current.figures.withoutNotes ?? 0,
    }),
    evidence: current.evidence.slice(0, MAX_EVIDENCE),
    details: {
      total,
      undecided,
      withoutNotes: current.figures.withoutNotes ?? 0,
      riseVsUsual: round2(j.change),
    },
  };
}

function summary(ctx: WeekContext, current: Measure, base: number | null, usualWeeks: number): string {
  const who = scopeLabel(ctx.locale, current.scope);
  const vars = {
    who,
    u: current.figures.undecided ?? 0,
    t: current.figures.total ?? 0,
    s: pct(ctx.locale, current.value ?? 0),
    nn: current.figures.withoutNotes ?? 0,
  };
  if (base === null) {
    const text = "finding.missing_decisions.summaryNoHistory";
    return msg(ctx.locale, text, { ...vars, h: insufficientHistoryText(ctx.locale, usualWeeks) });
  }
  const text = "finding.missing_decisions.summary";
  return msg(ctx.locale, text, { ...vars, b: pct(ctx.locale, base) });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
