/**
 * A route is a method, a path template and a handler that reads and writes the store and returns
 * the JSON to answer (or throws a FakeApiError). Route names ("PATCH /v1/blocks/{id}/children")
 * key request counts and fault injection.
 */
import { bodyInvalid, validationError } from "./errors.js";
import { type JsonObject, normalizeId } from "./ids.js";
import type { NotionStore } from "./store.js";

export interface RouteRequest {
  store: NotionStore;
  /** The `{id}` path parameter, normalised (dashed, lower-case). */
  id: string;
  query: URLSearchParams;
  body: JsonObject;
}

export interface Route {
  name: string;
  method: string;
  /** Writes can be answered with a 409 conflict by fault injection; reads never are. */
  write: boolean;
  match(path: string): { rawId?: string } | undefined;
  /** Parameter name for a malformed id message: page_id, block_id… */
  idName: string;
  handle(request: RouteRequest): unknown;
}

export function route(
  method: string,
  template: string,
  options: { write: boolean; idName?: string },
  handle: (request: RouteRequest) => unknown,
): Route {
  const pattern = new RegExp(`^${template.replace("{id}", "([^/]+)")}/?$`);
  return {
    name: `${method} ${template}`,
    method,
    write: options.write,
    idName: options.idName ?? "id",
    match(path) {
      const found = pattern.exec(path);
      if (!found) return undefined;
      return found[1] === undefined ? {} : { rawId: decodeURIComponent(found[1]) };
    },
    handle,
  };
}

/** The id of a path, or the validation_error Notion answers for a malformed one. */
export function pathId(route: Route, rawId: string | undefined): string {
  if (rawId === undefined) return "";
  const id = normalizeId(rawId);
  if (id === undefined) {
    throw validationError(
      `path failed validation: path.${route.idName} should be a valid uuid, instead was \`${JSON.stringify(rawId)}\`.`,
    );
  }
  return id;
}

/** A request body id (parent.page_id, after…), normalised or rejected like a path id. */
export function bodyId(raw: unknown, path: string): string {
  const id = typeof raw === "string" ? normalizeId(raw) : undefined;
  if (id === undefined) throw bodyInvalid(path, "a valid uuid", raw);
  return id;
}

/** Notion's list envelope. */
export function listResponse(
  type: "block" | "page_or_data_source",
  page: { results: unknown[]; has_more: boolean; next_cursor: string | null },
): JsonObject {
  return { object: "list", ...page, type, [type]: {} };
}
