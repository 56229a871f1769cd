/**
 * Who needs attention first. Three tiers, then a fixed order inside each:
 * - tier 0 (act): an open `alert`, or an overall score below OVERALL_ALERT_BELOW;
 * - tier 1 (look): a watch, a new alert this week, a score below OVERALL_WATCH_BELOW, a fall of
 *   FALLING_POINTS or more over CHANGE_WEEKS weeks, a stale or failed run (no recent figures is
 *   itself a reason to look), or no successful run at all;
 * - tier 2: healthy and fresh.
 * Inside a tier: more open alerts, then more new alerts, then the lower score (unknown last),
 * then the larger fall, then the name — so the order is total and stable.
 */
import { STATUS_BANDS } from "../core/scoring.js";

/** The leader's page colours a score by STATUS_BANDS; the portfolio sorts by the same bands. */
const OVERALL_ALERT_BELOW = STATUS_BANDS.watch.min;
const OVERALL_WATCH_BELOW = STATUS_BANDS.ok.min;

import type { AttentionReason, ClientRow } from "./compare-model.js";

/** A fall of this many points over CHANGE_WEEKS weeks puts a client in tier 1. */
export const FALLING_POINTS = 10;

type Inputs = Pick<ClientRow, "score" | "change" | "openAlerts" | "newAlerts" | "freshness">;

export function attention(r: Inputs): Pick<ClientRow, "tier" | "reasons"> {
  const reasons: AttentionReason[] = [];
  if (r.openAlerts.alert > 0) reasons.push("alerts");
  if (r.score !== null && r.score < OVERALL_ALERT_BELOW) reasons.push("very_low_score");
  const act = reasons.length > 0;
  if (r.score !== null && r.score >= OVERALL_ALERT_BELOW && r.score < OVERALL_WATCH_BELOW)
    reasons.push("low_score");
  if (r.openAlerts.watch > 0) reasons.push("watches");
  if (r.newAlerts.length > 0) reasons.push("new_alerts");
  if (r.change !== null && r.change <= -FALLING_POINTS) reasons.push("falling");
  if (r.freshness.lastWeek === null) reasons.push("no_data");
  else if (r.freshness.stale) reasons.push("stale");
  if (r.freshness.lastRunFailed) reasons.push("failed_run");
  const look = reasons.length > 0;
  return { tier: act ? 0 : look ? 1 : 2, reasons };
}

export function byAttention(a: ClientRow, b: ClientRow): number {
  return (
    a.tier - b.tier ||
    b.openAlerts.alert - a.openAlerts.alert ||
    b.newAlerts.length - a.newAlerts.length ||
    (a.score ?? 101) - (b.score ?? 101) ||
    (a.change ?? 0) - (b.change ?? 0) ||
    a.name.localeCompare(b.name)
  );
}
