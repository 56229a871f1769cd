/**
 * What a route handler returns, and Google's error bodies. Handlers return a Reply instead of writing to
 * the response so the server can apply latency and faults in one place.
 */
import type { Principal } from "./auth.js";
import type { FakeState } from "./state.js";

export interface Reply {
  status: number;
  json?: unknown;
  /** A non-JSON body (the HTML page a Google front end sends with a 502). */
  html?: string;
  headers?: Record<string, string>;
}

/** One entry of `error.errors[]`, the per-error detail the Calendar/Drive/Directory APIs still send. */
export interface ErrorItem {
  reason: string;
  domain?: string;
  message?: string;
  location?: string;
  locationType?: "parameter" | "header";
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  410: "FAILED_PRECONDITION",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

/**
 * `{error: {code, message, status, errors: [...]}}`: the shape gaxios parses into GaxiosError, so the
 * SDK surfaces `err.status`, `err.message` and `err.errors` exactly as against Google.
 */
export function googleError(code: number, message: string, item?: ErrorItem): Reply {
  const error: Record<string, unknown> = { code, message, status: STATUS_NAMES[code] ?? "UNKNOWN" };
  if (item) error.errors = [{ domain: "global", message, ...item }];
  return { status: code, json: { error } };
}

export function ok(json: unknown): Reply {
  return { status: 200, json };
}

export function badParam(location: string, message: string): Reply {
  return googleError(400, message, { reason: "invalid", location, locationType: "parameter" });
}

export function notFound(message = "Not Found"): Reply {
  return googleError(404, message, { reason: "notFound" });
}

/** Reads an integer query parameter; `undefined` when absent, `null` when present but not an integer. */
export function intParam(query: URLSearchParams, name: string): number | undefined | null {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : null;
}

/** Google accepts `true`/`false` for booleans; anything else counts as absent here. */
export function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === "true") return true;
  if (raw === "false") return false;
  return undefined;
}

/** What every API route handler receives once the bearer is accepted. */
export interface ApiContext {
  query: URLSearchParams;
  /** Decoded path parameters (calendar id, document id). */
  params: string[];
  principal: Principal;
  state: FakeState;
  pageSizeCap?: number;
  /** The raw request body (uploads). */
  body?: string;
  /** The request's Content-Type header (uploads: `multipart/related; boundary=…`). */
  contentType?: string;
}
