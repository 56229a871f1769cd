/**
 * The one place where what the Google SDKs throw (GaxiosError, gtoken and crypto errors) becomes Vigie's
 * typed errors. Messages carry the method, path, status and Google's reason — never a token, a key, a
 * query string (sync and page tokens) or a response body (a 502's HTML page, a document's text).
 */
import { ConfigError, UpstreamError } from "../../core/errors.js";
import { parseRetryAfter } from "../upstream.js";

export const GOOGLE = "google";

/** Calendar's 410 `fullSyncRequired`: the calendar sync answers it with a clean full resync. */
export class SyncTokenExpiredError extends UpstreamError {
  constructor(message: string) {
    super(message, GOOGLE, 410, false, null);
    this.name = "SyncTokenExpiredError";
  }
}

/**
 * Google's `unauthorized_client` on the service-account token: the tenant's Workspace administrator has
 * not granted Vigie's client id the read-only scopes (Admin console → Security → API controls →
 * Domain-wide delegation). Said in plain words, because the raw OAuth error means nothing to them.
 */
export class DelegationNotGrantedError extends ConfigError {
  readonly reason = "unauthorized_client";
  constructor() {
    super(
      "Google Workspace has not granted Vigie access: in the Admin console (Security → API controls → Domain-wide delegation), add Vigie's client id with its read-only scopes (unauthorized_client)",
    );
    this.name = "DelegationNotGrantedError";
  }
}

const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded"]);
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "AbortError",
  "TimeoutError",
]);
const MAX_DETAIL = 160;

interface SdkError {
  message?: unknown;
  code?: unknown;
  status?: unknown;
  config?: { url?: unknown; method?: unknown };
  response?: { status?: unknown; data?: unknown; headers?: unknown };
}

/** Every SDK failure → UpstreamError (retryable or not), or ConfigError when the credentials are refused. */
export function classifyGoogleError(raw: unknown, now = Date.now()): UpstreamError | ConfigError {
  if (raw instanceof UpstreamError || raw instanceof ConfigError) return raw;
  const e = (typeof raw === "object" && raw !== null ? raw : {}) as SdkError;
  const where = describeRequest(e.config);
  const status = numberOr(e.status, numberOr(e.response?.status, null));
  if (status === null) return withoutResponse(e, where);
  const data = e.response?.data;
  const oauth = oauthError(data);
  if (oauth?.startsWith("unauthorized_client")) return new DelegationNotGrantedError();
  if (oauth && status < 500 && status !== 429) {
    return new ConfigError(
      `Google refused the service-account token (${oauth}): check the key, the admin subject and the scopes authorised for domain-wide delegation`,
    );
  }
  const api = apiError(data);
  const text = `Google ${where}: ${status}${api.reason ? ` ${api.reason}` : ""}${api.detail ? ` (${api.detail})` : ""}`;
  if (status === 410 && api.reason === "fullSyncRequired") return new SyncTokenExpiredError(text);
  if (status === 429 || (status === 403 && RATE_LIMIT_REASONS.has(api.reason ?? ""))) {
    return new UpstreamError(
      text,
      GOOGLE,
      status,
      true,
      parseRetryAfter(header(e.response?.headers, "retry-after"), now),
    );
  }
  if (status >= 500) {
    const html = typeof data === "string" ? " (non-JSON body)" : "";
    return new UpstreamError(
      `${text}${html}`,
      GOOGLE,
      status,
      true,
      parseRetryAfter(header(e.response?.headers, "retry-after"), now),
    );
  }
  return new UpstreamError(text, GOOGLE, status, false);
}

/**
 * For `Upstream`, whose classifier returns an UpstreamError: a refused credential is thrown as is, since
 * no retry can fix it and the CLI maps ConfigError to exit code 2.
 */
export function upstreamClassifier(raw: unknown): UpstreamError {
  const error = classifyGoogleError(raw);
  if (error instanceof ConfigError) throw error;
  return error;
}

/** No HTTP response: a timeout, a dropped connection, or a key that cannot sign. */
function withoutResponse(e: SdkError, where: string): UpstreamError | ConfigError {
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : "";
  if (code.startsWith("ERR_OSSL") || /DECODER routines|PEM|private key/i.test(message)) {
    return new ConfigError(`Google service-account key cannot sign a token (${code || "invalid key"})`);
  }
  if (NETWORK_CODES.has(code) || /aborted|timed? ?out|socket hang up|network|fetch failed/i.test(message)) {
    return new UpstreamError(
      `Google ${where}: no response (${code || "aborted or timed out"})`,
      GOOGLE,
      null,
      true,
    );
  }
  return new UpstreamError(`Google ${where}: ${clip(message) || "request failed"}`, GOOGLE, null, false);
}

/** `GET /calendar/v3/calendars/x/events`: the path only, since the query holds sync and page tokens. */
function describeRequest(config: SdkError["config"]): string {
  const method = typeof config?.method === "string" ? config.method.toUpperCase() : "GET";
  try {
    const url = new URL(String(config?.url));
    if (url.pathname.endsWith("/token")) return "token request";
    return `${method} ${decodeURIComponent(url.pathname)}`;
  } catch {
    return "request";
  }
}

/** Google's `{error: {message, errors: [{reason}]}}`; Docs-style errors carry `status` instead of a reason. */
function apiError(data: unknown): { reason: string | null; detail: string | null } {
  const error = (data as { error?: unknown } | undefined)?.error;
  if (typeof error !== "object" || error === null) return { reason: null, detail: null };
  const body = error as { message?: unknown; status?: unknown; errors?: Array<{ reason?: unknown }> };
  const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
  const reason =
    typeof first?.reason === "string" ? first.reason : typeof body.status === "string" ? body.status : null;
  return { reason, detail: typeof body.message === "string" ? clip(body.message) : null };
}

/** The OAuth token endpoint's `{error: "invalid_grant", error_description}`. */
function oauthError(data: unknown): string | null {
  const body = data as { error?: unknown; error_description?: unknown } | undefined;
  if (typeof body?.error !== "string") return null;
  const description = typeof body.error_description === "string" ? `: ${clip(body.error_description)}` : "";
  return `${body.error}${description}`;
}

function header(headers: unknown, name: string): string | null {
  // gaxios may hand back node-fetch's Headers rather than the global class: test the shape, not the class.
  const get = (headers as { get?: unknown } | undefined)?.get;
  if (typeof get === "function") return (get as (n: string) => string | null).call(headers, name);
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : null;
}

function numberOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}
