/**
 * Errors the fake answers with, in Notion's shape: `{object:"error", status, code, message, request_id}`.
 * Handlers throw them; the server turns them into responses, so a handler never writes HTTP itself.
 */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FakeApiError";
  }
}

export function validationError(message: string): FakeApiError {
  return new FakeApiError(400, "validation_error", message);
}

/** `kind` as Notion words it: page, block, database, data_source. */
export function notFound(kind: string, id: string): FakeApiError {
  return new FakeApiError(
    404,
    "object_not_found",
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

export function archivedError(): FakeApiError {
  return validationError("Can't edit block that is archived. You must unarchive the block before editing.");
}

/** Notion's way of quoting the offending value: JSON, cut short like the real messages. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 50 ? `${text.slice(0, 50)}...` : text;
}

/** `body failed validation: <path> should be <rule>, instead was `<value>`.` */
export function bodyInvalid(path: string, rule: string, value: unknown): FakeApiError {
  return validationError(
    `body failed validation: ${path} should be ${rule}, instead was \`${preview(value)}\`.`,
  );
}
