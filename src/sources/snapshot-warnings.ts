/**
 * What the workspace says that would silently change the report: the CEO missing from the
 * directory, no ritual configured, a ritual pattern that matches every meeting, invisible
 * characters in a ritual's name or pattern. Each is a warning naming the file and the field;
 * the analysis still runs.
 */
import type { Meeting, Person, SourceWarning, Tenant } from "../core/model.js";
import { cleanLine } from "./clean-text.js";

/** Distinct titles needed before "matches every meeting" means something. */
export const MIN_TITLES_FOR_BROAD_PATTERN = 5;
/** Share of distinct meeting titles above which a ritual pattern is no longer a ritual. */
export const BROAD_PATTERN_SHARE = 0.9;

export function snapshotWarnings(
  tenant: Tenant,
  people: readonly Person[],
  meetings: readonly Meeting[],
  files: { tenant: string; users: string },
): SourceWarning[] {
  const out: SourceWarning[] = [];
  const warn = (message: string) => out.push({ file: files.tenant, message });
  const ceo = people.find((p) => p.email === tenant.ceo.toLowerCase());
  if (!ceo || ceo.suspended) {
    const where = ceo ? "is suspended or archived in" : "is not in";
    warn(
      `ceo: ${JSON.stringify(tenant.ceo)} ${where} ${files.users}; meetings with the CEO cannot be ` +
        "recognised, so ceo_escalation is judged from notes only",
    );
  }
  if (tenant.rituals.length === 0) {
    warn(
      "rituals: none configured; ritual_drift, participation_decline and missing_decisions have nothing to judge",
    );
  }
  tenant.rituals.forEach((r, i) => {
    for (const field of ["name", "match"] as const) {
      if (cleanLine(r[field]).changed) {
        warn(
          `rituals[${i}].${field}: holds invisible or control characters, which titles never match; remove them`,
        );
      }
    }
  });
  out.push(...broadPatterns(tenant, meetings).map((message) => ({ file: files.tenant, message })));
  return out;
}

/** Rituals whose pattern matches (nearly) every distinct title of the held meetings. */
function broadPatterns(tenant: Tenant, meetings: readonly Meeting[]): string[] {
  const titles = [...new Set(meetings.filter((m) => m.status !== "cancelled").map((m) => m.title))];
  if (titles.length < MIN_TITLES_FOR_BROAD_PATTERN) return [];
  return tenant.rituals.flatMap((r, i) => {
    const re = compile(r.match);
    if (!re) return [];
    const matched = titles.filter((t) => re.test(t)).length;
    if (matched < titles.length * BROAD_PATTERN_SHARE) return [];
    return [
      `rituals[${i}].match: ${JSON.stringify(r.match)} matches ${matched} of ${titles.length} distinct meeting ` +
        `titles; every meeting then counts as "${r.name}": narrow the pattern`,
    ];
  });
}

function compile(match: string): RegExp | null {
  try {
    return new RegExp(match, "i");
  } catch {
    return null;
  }
}
