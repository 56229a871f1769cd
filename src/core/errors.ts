/**
 * The small typed error family. Adapters convert vendor errors into these at their
 * boundary; nothing above an adapter sees a vendor error type. The CLI maps them to
 * exit codes: BadInputError and ConfigError → 2, anything else → 1.
 */

export type VigieErrorCode = "bad_input" | "config" | "upstream" | "not_found";

export abstract class VigieError extends Error {
  abstract readonly code: VigieErrorCode;
}

/** Input that does not match its contract: names the file and the field. */
export class BadInputError extends VigieError {
  readonly code = "bad_input" as const;
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly expected: string,
  ) {
    super(field ? `${file}: ${field}: ${expected}` : `${file}: ${expected}`);
    this.name = "BadInputError";
  }
}

/** Missing or contradictory configuration (environment, flags). */
export class ConfigError extends VigieError {
  readonly code = "config" as const;
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * Notion refused the token (401 `unauthorized`): revoked, or never valid. The adapter's error
 * (NotionUnauthorizedError) carries this reason; checked here so the pipeline needs no SDK to ask.
 */
export function isNotionUnauthorized(e: unknown): e is ConfigError {
  return e instanceof ConfigError && (e as { reason?: unknown }).reason === "notion_unauthorized";
}

/** A remote service failed. `retryable` says whether trying again may help. */
export class UpstreamError extends VigieError {
  readonly code = "upstream" as const;
  constructor(
    message: string,
    readonly service: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "UpstreamError";
  }
}

export class NotFoundError extends VigieError {
  readonly code = "not_found" as const;
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} not found: ${id}`);
    this.name = "NotFoundError";
  }
}

export function isVigieError(e: unknown): e is VigieError {
  return e instanceof VigieError;
}

export function isBadInput(e: unknown): e is BadInputError | ConfigError {
  return e instanceof BadInputError || e instanceof ConfigError;
}
