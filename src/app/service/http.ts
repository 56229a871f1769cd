/**
 * The service's HTTP shapes, independent of Express: a handler takes a `ServiceRequest` and returns a
 * `ServiceResponse`; the function entries adapt the framework's request and response. Errors answer
 * with `{error, message}` (and `issues` for a configuration that does not validate); an unexpected
 * failure answers 500 "internal error" — its message may quote what it failed on, so it goes to the
 * log (redacted) and never into the response.
 */
import { BadInputError, ConfigError } from "../../core/errors.js";

export interface ServiceRequest {
  method: string;
  /** The path under the function's URL (`/`, `/run`…); absent means `/`. */
  path?: string;
  headers: Readonly<Record<string, string | undefined>>;
  query: Readonly<Record<string, string | undefined>>;
  /** Parsed JSON (the framework parses `application/json`), or undefined. */
  body: unknown;
}

export interface ServiceResponse {
  status: number;
  /** JSON, or a string sent as HTML (the OAuth pages a browser shows). */
  body: unknown;
  headers?: Record<string, string>;
}

/** An answer the caller should see: status, a stable code and a plain message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ServiceResponse {
  return { status, body, headers: { "cache-control": "no-store", ...headers } };
}

/** Maps what a handler threw to its answer; `log` gets the unexpected ones. */
export function errorResponse(e: unknown, log: (line: string) => void): ServiceResponse {
  if (e instanceof HttpError) {
    const auth: Record<string, string> =
      e.status === 401 ? { "www-authenticate": 'Bearer realm="vigie"' } : {};
    return json(e.status, { error: e.code, message: e.message, ...e.extra }, auth);
  }
  if (e instanceof BadInputError) {
    return json(400, {
      error: "bad_input",
      message: e.message,
      issues: [{ path: e.field ?? "", message: e.expected }],
    });
  }
  if (e instanceof ConfigError) {
    log(`service configuration error: ${e.message}`);
    return json(503, {
      error: "service_misconfigured",
      message: "The service is not configured for this request.",
    });
  }
  log(`unexpected error: ${e instanceof Error ? e.name : typeof e}`);
  return json(500, { error: "internal", message: "Internal error." });
}

/** The bearer token of an `Authorization` header, or null. */
export function bearer(headers: ServiceRequest["headers"]): string | null {
  const value = headers.authorization ?? headers.Authorization;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? "");
  return match?.[1] ?? null;
}

/** A required query parameter, or a 400 naming it. */
export function queryParam(req: ServiceRequest, name: string): string {
  const value = req.query[name]?.trim();
  if (!value) throw new HttpError(400, "bad_request", `expected the query parameter "${name}"`);
  return value;
}
