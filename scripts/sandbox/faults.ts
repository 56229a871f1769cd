/**
 * The sandbox's fault names (`npm run sandbox -- --faults a,b,c`), each turned into the fakes' own fault
 * injection and counted back from what the fakes report having injected. Faults stay on for both runs.
 *
 *   notion-429        Notion rate limit: beyond 25 requests/s, 429 rate_limited with Retry-After: 1
 *   notion-5xx        every 23rd Notion request answers 500 internal_server_error
 *   notion-502        every 29th Notion request answers a 502 with an HTML body (edge proxy)
 *   notion-409        every 7th Notion write answers 409 conflict_error
 *   notion-timeout    the first page create is never answered (the client times out and reconciles)
 *   google-429        Google quota: beyond 40 requests/s, 429 with Retry-After
 *   google-403        Google quota: beyond 60 requests/s, 403 rateLimitExceeded (no Retry-After)
 *   google-5xx        every 17th Google API request answers 503 backendError, pagination included
 *   google-502        every 19th Google API request answers a 502 HTML page
 *   google-410        the first calendar request with a sync token answers 410 fullSyncRequired
 *   crash-after-page  the first run dies right after creating the weekly page, before its content
 *                     and the alert rows (exits non-zero); the second run must converge
 */
import type { FaultConfig as GoogleFaults } from "../../test/fakes/google/index.js";
import type { FaultConfig as NotionFaults } from "../../test/fakes/notion/index.js";

type Injected = { google: Record<string, number>; notion: Record<string, number>; crash: number };

interface FaultSpec {
  google?: GoogleFaults;
  notion?: NotionFaults;
  /** How many times the fakes injected it, from their counters. */
  count: (i: Injected) => number;
}

const SPECS: Record<string, FaultSpec> = {
  "notion-429": {
    notion: { rateLimit: { perSecond: 25, retryAfterSeconds: 1 } },
    count: (i) => i.notion.rate_limited ?? 0,
  },
  "notion-5xx": {
    notion: { serverErrors: { every: 23, status: 500 } },
    count: (i) => (i.notion.internal_server_error ?? 0) + (i.notion.service_unavailable ?? 0),
  },
  "notion-502": { notion: { badGateway: { every: 29 } }, count: (i) => i.notion.bad_gateway ?? 0 },
  "notion-409": { notion: { conflicts: { every: 7 } }, count: (i) => i.notion.conflict_error ?? 0 },
  "notion-timeout": { notion: { hangOnce: "POST /v1/pages" }, count: (i) => i.notion.hang ?? 0 },
  "google-429": { google: { rate: { perSecond: 40, style: "429" } }, count: (i) => i.google.rate ?? 0 },
  "google-403": {
    // No Retry-After: the client backs off exponentially, so the quota is set where bursts hit it
    // without starving a request through all its retries.
    google: { rate: { perSecond: 60, style: "403-rateLimitExceeded" } },
    count: (i) => i.google.rate ?? 0,
  },
  "google-5xx": {
    google: { serverErrors: { every: 17, status: 503 } },
    count: (i) => i.google.serverErrors ?? 0,
  },
  "google-502": { google: { badGateway: { every: 19 } }, count: (i) => i.google.badGateway ?? 0 },
  "google-410": { google: { expireSyncTokens: true }, count: (i) => i.google.expireSyncTokens ?? 0 },
  "crash-after-page": { count: (i) => i.crash },
};

export const FAULT_NAMES = Object.keys(SPECS);

export interface FaultPlan {
  names: string[];
  google: GoogleFaults;
  notion: NotionFaults;
  crashAfterPage: boolean;
}

/** Parses `a,b,c`; an unknown name, or both Google quota styles, is an error naming the choices. */
export function planFaults(list: string): FaultPlan {
  const names = [
    ...new Set(
      list
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = names.filter((n) => !(n in SPECS));
  if (unknown.length > 0) {
    throw new Error(`Expected fault names among ${FAULT_NAMES.join(", ")}; got ${unknown.join(", ")}`);
  }
  if (names.includes("google-429") && names.includes("google-403")) {
    throw new Error("Expected one of google-429 and google-403 (both set the same quota), got both");
  }
  const plan: FaultPlan = {
    names,
    google: {},
    notion: {},
    crashAfterPage: names.includes("crash-after-page"),
  };
  for (const name of names) {
    Object.assign(plan.google, SPECS[name]?.google);
    Object.assign(plan.notion, SPECS[name]?.notion);
  }
  return plan;
}

/** Faults injected between two readings of the fakes' counters, by sandbox name. */
export function faultsInjected(names: string[], before: Injected, after: Injected): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of names) {
    const spec = SPECS[name];
    if (spec) out[name] = spec.count(after) - spec.count(before);
  }
  return out;
}

export type { Injected };
