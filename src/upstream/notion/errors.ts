/**
 * The one place where @notionhq/client errors become Vigie's typed errors. Nothing above the
 * Notion adapters sees an SDK error type.
 *
 * Messages carry the HTTP status, Notion's error code and request id, never a response body:
 * a 502 body is an HTML page, and a validation message can quote what was sent (note text).
 */
import {
  APIErrorCode,
  APIResponseError,
  isNotionClientError,
  RequestTimeoutError,
  UnknownHTTPResponseError,
} from "@notionhq/client";
import { ConfigError, UpstreamError } from "../../core/errors.js";
import { type ErrorClassifier, parseRetryAfter } from "../upstream.js";

const SERVICE = "notion";

/** Codes answered before anything was written, or by an overloaded service: worth another try. */
const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  APIErrorCode.RateLimited,
  APIErrorCode.ConflictError,
  APIErrorCode.InternalServerError,
  APIErrorCode.ServiceUnavailable,
  APIErrorCode.ServiceOverload,
  APIErrorCode.GatewayTimeout,
]);

/** Network failures Node's fetch reports (connection reset or refused, socket closed). */
const NETWORK_CODES = /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR_SOCKET|UND_ERR_CLOSED|EAI_AGAIN)$/;

/** Notion's 401 `unauthorized`: the token was revoked (or never valid); see `isNotionUnauthorized`. */
export class NotionUnauthorizedError extends ConfigError {
  readonly reason = "notion_unauthorized";
  constructor() {
    super("Notion refused the integration token (401 unauthorized): check VIGIE_NOTION_TOKEN");
    this.name = "ConfigError";
  }
}

/** Converts whatever a Notion call threw; 401 is a configuration problem, not an outage. */
export function classifyNotionError(e: unknown): UpstreamError | ConfigError {
  if (e instanceof UpstreamError || e instanceof ConfigError) return e;
  if (APIResponseError.isAPIResponseError(e)) return fromApiError(e);
  if (UnknownHTTPResponseError.isUnknownHTTPResponseError(e)) {
    const retryable = e.status === 429 || e.status >= 500;
    const retryAfter = retryable ? retryAfterMs(e.headers) : null;
    // The body is usually an HTML page from Notion's edge proxy: never copied into the message.
    return new UpstreamError(
      `Notion answered HTTP ${e.status} without a JSON error`,
      SERVICE,
      e.status,
      retryable,
      retryAfter,
    );
  }
  if (RequestTimeoutError.isRequestTimeoutError(e)) {
    return new UpstreamError("Notion request timed out", SERVICE, null, true);
  }
  if (isNotionClientError(e))
    return new UpstreamError(`Notion client error: ${e.code}`, SERVICE, null, false);
  if (isNetworkError(e)) return new UpstreamError("Notion connection failed", SERVICE, null, true);
  const name = e instanceof Error ? e.name : typeof e;
  return new UpstreamError(`Unexpected error calling Notion (${name})`, SERVICE, null, false);
}

/** The `ErrorClassifier` for `Upstream`: a ConfigError is thrown through, nothing to retry. */
export const notionErrorClassifier: ErrorClassifier = (e) => {
  const error = classifyNotionError(e);
  if (error instanceof ConfigError) throw error;
  return error;
};

function fromApiError(e: APIResponseError): UpstreamError | ConfigError {
  if (e.code === APIErrorCode.Unauthorized) {
    return new NotionUnauthorizedError();
  }
  const retryable = RETRYABLE_CODES.has(e.code);
  const retryAfter = e.code === APIErrorCode.RateLimited ? retryAfterMs(e.headers) : null;
  const id = e.request_id ? `, request ${e.request_id}` : "";
  const detail = e.code === APIErrorCode.ValidationError ? `: ${redact(e.message)}` : "";
  return new UpstreamError(
    `Notion ${e.status} ${e.code}${id}${detail}`,
    SERVICE,
    e.status,
    retryable,
    retryAfter,
  );
}

/**
 * A validation message names the offending path, which helps; it may also quote the value sent
 * ("instead was `…`", `{"name":"…"}`, "…"), which may be note text. Quoted values other than
 * numbers are dropped, free-form messages end at their first colon, and all are cut short.
 */
export function redact(message: string): string {
  // Free-form messages put the value after a colon ("…cannot contain commas: <value>.").
  const head = message.startsWith("body failed validation:") ? message : (message.split(":")[0] ?? "");
  const cleaned = head
    .replace(/`([^`]*)`/g, (all, inner: string) => (/^[\d.≤≥ ]+$/.test(inner) ? all : "`…`"))
    .replace(/\{[\s\S]*\}/g, "{…}")
    .replace(/"[^"]*"/g, '"…"');
  return cleaned.length > 300 ? `${cleaned.slice(0, 300)}…` : cleaned;
}

function retryAfterMs(headers: unknown): number | null {
  if (headers instanceof Headers) return parseRetryAfter(headers.get("retry-after"));
  if (headers && typeof headers === "object") {
    const value = (headers as Record<string, unknown>)["retry-after"];
    return typeof value === "string" ? parseRetryAfter(value) : null;
  }
  return null;
}

function isNetworkError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const cause = (e as { cause?: unknown }).cause;
  const code = (cause as { code?: unknown } | undefined)?.code ?? (e as { code?: unknown }).code;
  return (
    (e instanceof TypeError && e.message === "fetch failed") ||
    (typeof code === "string" && NETWORK_CODES.test(code))
  );
}

/**
 * Deleting a block that is already in the trash, or gone: the goal of the delete is reached (a
 * retried delete whose first attempt was committed lands here).
 */
export function isAlreadyDeleted(e: unknown): boolean {
  if (!APIResponseError.isAPIResponseError(e)) return false;
  if (e.code === APIErrorCode.ObjectNotFound) return true;
  return e.code === APIErrorCode.ValidationError && /archived/i.test(e.message);
}
