/** How a failed run's error is recorded: apart from the pipeline, so the service can word it without loading it. */
import { isNotionUnauthorized, VigieError } from "../core/errors.js";
import type { RunError } from "../store/runs.js";

export const NOTION_UNAUTHORIZED = "notion_unauthorized";

/** The error as recorded on the run: its kind and first line, never a body or a header. */
export function runError(error: unknown): RunError {
  const retryable = error instanceof VigieError && "retryable" in error && error.retryable === true;
  // A stable kind for what the sidebar words itself (config GET `lastRun.problem`).
  const kind = isNotionUnauthorized(error)
    ? NOTION_UNAUTHORIZED
    : error instanceof Error
      ? error.name
      : "Error";
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return { kind, message: message.slice(0, 300), retryable };
}
