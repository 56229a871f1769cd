/**
 * What reaches the leader's page. Detectors judge each signal and scope on its own; on a
 * healthy company that still leaves a few mild `watch` findings every week (one team's slow
 * week, a ritual moved), and the same cause found at org and at a team. Two rules keep a
 * watch worth a leader's minute without losing real drifts:
 *
 * - **A watch must come back.** A watch is shown only when the same signal and scope was
 *   already flagged in one of the two weeks before (a real drift is lumpy: it may skip a week);
 *   the first week of an alert (shown as a watch by the persistence rule) shows at once. A real
 *   drift lasts, so it reaches the page one or two weeks later at worst, inside the two weeks
 *   a label allows; a weekly swing does not.
 * - **One finding per root cause.** When a signal is flagged at org and at teams with the same
 *   evidence, it is shown once, at the scope that explains it: the team when one team holds
 *   most of the org finding's evidence, else org (the cause spans teams). The finding kept
 *   takes the worse status of the two.
 *
 * - **A cause that spans teams is the organisation's.** When two or more teams are flagged for
 *   one signal and the organisation is flagged too (before the watch rule), the page shows the
 *   org finding once instead of one line per team: a drift of the whole company (its topics
 *   leaving the strategy, its rituals losing decisions) is one cause, seen in every team.
 *
 * Hidden findings stay in `report.json`'s signals as `ok` with their figures, so nothing is
 * lost, only kept off the list of alerts.
 */
import { bandScore, worst } from "./signals/judge.js";
import { type Finding, ORG } from "./signals/types.js";

export const PAGE_NOISE_DEFAULTS = {
  /**
   * Watches scored at or below this show the first week. Off (-1) by default: detectors band
   * every demoted alert at 41, so the score does not tell a strong watch from a lumpy week.
   */
  strongWatchScore: -1,
  /** A team explains an org finding when it holds this share of the org finding's evidence. */
  explainShare: 0.5,
};

const quiet = (f: Finding): Finding => ({ ...f, status: "ok", score: bandScore(f.score, "ok") });

/**
 * The watch rule: `raw` is the finding as judged before the alert persistence rule, `shown`
 * after it, `before` the raw findings of the same detector in the two weeks before.
 */
export function holdMildWatch(
  raw: Finding,
  shown: Finding,
  before: readonly Finding[],
  strongWatchScore = PAGE_NOISE_DEFAULTS.strongWatchScore,
): Finding {
  if (shown.status !== "watch" || raw.status === "alert") return shown;
  if (shown.score <= strongWatchScore) return shown;
  const held = before.some((b) => b.scope === shown.scope && b.status !== "ok");
  return held ? shown : quiet(shown);
}

/**
 * The week's strongest new watch (lowest score among those `holdMildWatch` kept back, first
 * in catalogue order on a tie) is shown anyway: a drift that starts this week gets one line
 * on the page at once, a healthy week at most one watch that did not come back.
 */
export function admitStrongestNewWatch(loud: readonly Finding[], held: readonly Finding[]): Finding[] {
  let best = -1;
  held.forEach((f, i) => {
    const was = loud[i];
    if (f.status !== "ok" || was?.status !== "watch") return;
    if (best < 0 || was.score < (loud[best]?.score ?? 101)) best = i;
  });
  return held.map((f, i) => (i === best ? (loud[i] ?? f) : f));
}

/**
 * The spread rule (see the module comment): `loud` are the findings after the alert persistence
 * rule only, `shown` the same findings after the watch rules. Order is kept.
 */
export function orgForSpreadCause(loud: readonly Finding[], shown: readonly Finding[]): Finding[] {
  const out = [...shown];
  const signals = new Set(shown.filter((f) => f.status !== "ok" && f.scope !== ORG).map((f) => f.signal));
  for (const signal of signals) {
    const teams = out.flatMap((f, i) =>
      f.signal === signal && f.scope !== ORG && f.status !== "ok" ? [i] : [],
    );
    const orgAt = out.findIndex((f) => f.signal === signal && f.scope === ORG);
    const org = loud[orgAt];
    if (teams.length < 2 || orgAt < 0 || !org || org.status === "ok" || org.scope !== ORG) continue;
    out[orgAt] = org;
    for (const i of teams) out[i] = quiet(out[i] as Finding);
  }
  return out;
}

const ids = (f: Finding) => new Set(f.evidence.map((e) => e.id));

function sharedShare(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  return [...a].filter((id) => b.has(id)).length / a.size;
}

/** One finding per signal and cause: see the module comment. Order is kept. */
export function onePerCause(
  findings: readonly Finding[],
  explainShare = PAGE_NOISE_DEFAULTS.explainShare,
): Finding[] {
  const out = [...findings];
  const signals = new Set(out.filter((f) => f.status !== "ok").map((f) => f.signal));
  for (const signal of signals) {
    const orgAt = out.findIndex((f) => f.signal === signal && f.scope === ORG && f.status !== "ok");
    const org = out[orgAt];
    if (!org || org.evidence.length === 0) continue;
    const orgIds = ids(org);
    // Team findings whose evidence is mostly the org finding's: the same cause, seen twice.
    const same = out
      .map((t, i) => ({ t, i, team: ids(t) }))
      .filter(({ t, i }) => i !== orgAt && t.signal === signal && t.status !== "ok")
      .filter(({ team }) => sharedShare(team, orgIds) >= explainShare);
    // One team holding most of the org evidence explains it; with several teams in it, each
    // team's finding says where, so nothing is merged.
    const team = same.length === 1 ? same[0] : undefined;
    if (!team || sharedShare(orgIds, team.team) < explainShare) continue;
    const status = worst(team.t.status, org.status);
    out[team.i] = { ...team.t, status, score: bandScore(Math.min(team.t.score, org.score), status) };
    out[orgAt] = quiet(org);
  }
  return out;
}
