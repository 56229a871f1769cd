/**
 * Participation judged per steering ritual: a leadership committee whose members stop coming is
 * the seed warning itself, and pooled with hundreds of healthy stand-up invitations it would
 * never move the organisation's rate. Each steering ritual's share of declined or unanswered
 * invitations is compared with its own usual weeks, and the worst collapse speaks for the org.
 *
 * A ritual steers when it is not a daily check-in and either its name says so (committee,
 * steering, leadership, board, CODIR, COMEX, review…) or the CEO is invited to most of its
 * meetings of the week.
 */
import { MIN_BASELINE_WEEKS, median, SENSITIVITY_FACTOR } from "./judge.js";
import { shareNoise } from "./noise.js";
import type { Measure, Status, WeekContext, WeekMeeting } from "./types.js";

export const STEERING_DEFAULTS = {
  /** +25 points of declined or unanswered invitations to one steering ritual… */
  steeringWatchRise: 0.25,
  /** …and 3 more refusals or silences than usual (not one or two absent members): a watch. */
  steeringWatchMinExtra: 3,
  /** +30 points (5 % → 35 %): an alert, when the share reaches… */
  steeringAlertRise: 0.3,
  /** …at least 35 %, over at least… */
  steeringAlertMinShare: 0.35,
  /** …5 invitations, with 4 more refusals or silences than usual. */
  steeringAlertMinInvitations: 5,
  steeringAlertMinExtra: 4,
} as const;

const STEERING_NAME =
  /co[dm]ir|comex|comit|committee|steering|pilotage|leadership|direction|board|executive|s&op|sop\b|revue|review/i;

/** Figure keys of one ritual in the org measure: invitations and those declined or unanswered. */
const key = (id: string, k: "n" | "bad") => `steer:${id}:${k}`;

export function steeringRitualIds(
  ctx: WeekContext,
  ritualOf: (m: WeekMeeting) => string | null,
): Set<string> {
  const ceo = ctx.tenant.ceo.toLowerCase();
  const withCeo = new Map<string, { n: number; ceo: number }>();
  for (const m of ctx.meetings) {
    const id = ritualOf(m);
    if (!id || m.status === "cancelled") continue;
    const c = withCeo.get(id) ?? { n: 0, ceo: 0 };
    c.n++;
    if (m.attendees.some((a) => a.email === ceo) || m.organizer === ceo) c.ceo++;
    withCeo.set(id, c);
  }
  const out = new Set<string>();
  for (const r of ctx.tenant.rituals) {
    if (r.cadence === "daily") continue;
    const c = withCeo.get(r.id);
    if (STEERING_NAME.test(`${r.name} ${r.id}`) || (c && c.ceo * 2 > c.n)) out.add(r.id);
  }
  return out;
}

/** Per steering ritual: invitations and refusals or silences, as figures of the org measure. */
export function steeringFigures(
  invitations: readonly { ritualId: string; response: string }[],
  steering: ReadonlySet<string>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of invitations) {
    if (!steering.has(i.ritualId)) continue;
    out[key(i.ritualId, "n")] = (out[key(i.ritualId, "n")] ?? 0) + 1;
    const bad = i.response === "declined" || i.response === "needsAction" ? 1 : 0;
    out[key(i.ritualId, "bad")] = (out[key(i.ritualId, "bad")] ?? 0) + bad;
  }
  return out;
}

export interface SteeringCollapse {
  ritualId: string;
  status: Status;
  value: number;
  baseline: number;
  invitations: number;
}

/** The steering ritual whose participation fell most beyond its own usual weeks, or null. */
export function worstSteeringCollapse(
  current: Measure,
  usual: readonly Measure[],
  ctx: WeekContext,
  params: Partial<typeof STEERING_DEFAULTS> = {},
): SteeringCollapse | null {
  const p = { ...STEERING_DEFAULTS, ...params };
  const f = SENSITIVITY_FACTOR[ctx.tenant.sensitivity];
  let worst: SteeringCollapse | null = null;
  for (const id of ritualIdsIn(current)) {
    const n = current.figures[key(id, "n")] ?? 0;
    if (n === 0) continue;
    const value = (current.figures[key(id, "bad")] ?? 0) / n;
    const past = usual.flatMap((m) => {
      const pn = m.figures[key(id, "n")] ?? 0;
      return pn > 0 ? [(m.figures[key(id, "bad")] ?? 0) / pn] : [];
    });
    const base = median(past);
    if (base === null || past.length < MIN_BASELINE_WEEKS) continue;
    const status = judge(value, base, n, f, p);
    const found = { ritualId: id, status, value, baseline: base, invitations: n };
    if (!worst || rank(found) > rank(worst)) worst = found;
  }
  return worst;
}

function judge(value: number, base: number, n: number, f: number, p: typeof STEERING_DEFAULTS): Status {
  const rise = value - base;
  const sd = shareNoise(base, n);
  const extra = rise * n;
  if (
    rise >= p.steeringAlertRise / f &&
    value >= p.steeringAlertMinShare / f &&
    n >= p.steeringAlertMinInvitations / f &&
    extra >= p.steeringAlertMinExtra / f &&
    rise >= (3 * sd) / f
  )
    return "alert";
  if (rise >= p.steeringWatchRise / f && extra >= p.steeringWatchMinExtra / f && rise >= (2 * sd) / f)
    return "watch";
  return "ok";
}

const RANK: Record<Status, number> = { ok: 0, watch: 1, alert: 2 };
function rank(c: SteeringCollapse): number {
  return RANK[c.status] * 10 + (c.value - c.baseline);
}

function ritualIdsIn(m: Measure): string[] {
  return Object.keys(m.figures).flatMap((k) => {
    const hit = /^steer:(.+):n$/.exec(k);
    return hit?.[1] ? [hit[1]] : [];
  });
}
