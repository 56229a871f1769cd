/**
 * Admin SDK Directory `GET /admin/directory/v1/users`, served from google/directory/users.json.
 */
import { requireScope } from "./auth.js";
import { type ApiContext, badParam, googleError, intParam, ok, type Reply } from "./http.js";
import { pageSize } from "./paging.js";
import type { Json } from "./workspace.js";

const SCOPES = ["admin.directory.user.readonly", "admin.directory.user"];
const MAX_RESULTS = 500;
const ORDER_KEYS: Record<string, (user: Json) => string> = {
  email: (user) => String(user.primaryEmail ?? ""),
  familyName: (user) => String((user.name as Json | undefined)?.familyName ?? ""),
  givenName: (user) => String((user.name as Json | undefined)?.givenName ?? ""),
};

export function listUsers(ctx: ApiContext): Reply {
  const denied = requireScope(ctx.principal, SCOPES) ?? requireAdmin(ctx);
  if (denied) return denied;
  const maxResults = intParam(ctx.query, "maxResults");
  if (maxResults === null || (maxResults !== undefined && (maxResults < 1 || maxResults > MAX_RESULTS))) {
    const raw = ctx.query.get("maxResults");
    return badParam(
      "maxResults",
      `Invalid value '${raw}'. Values must be within the range: [1, ${MAX_RESULTS}]`,
    );
  }
  const size = pageSize(maxResults, 100, MAX_RESULTS, ctx.pageSizeCap);
  const pageToken = ctx.query.get("pageToken");
  if (pageToken) {
    const page = ctx.state.cursors.next<Json>(pageToken, size);
    return page ? usersPage(page.items, page.nextPageToken) : badParam("pageToken", "Invalid page token");
  }
  const selected = selectUsers(ctx);
  if (!Array.isArray(selected)) return selected;
  const page = ctx.state.cursors.first(selected, size, null);
  return usersPage(page.items, page.nextPageToken);
}

/**
 * The Directory API answers only to administrators. A user record that says `isAdmin: false` is refused;
 * a record without the field is let through, since exported fixtures do not always carry it.
 */
function requireAdmin(ctx: ApiContext): Reply | null {
  const user = ctx.state.findUser(ctx.principal.sub);
  if (user?.isAdmin !== false || user.isDelegatedAdmin === true) return null;
  return googleError(403, "Not Authorized to access this resource/api", { reason: "forbidden" });
}

function selectUsers(ctx: ApiContext): Json[] | Reply {
  const { query, state } = ctx;
  const customer = query.get("customer");
  const domain = query.get("domain")?.toLowerCase();
  if (!customer && !domain) return googleError(400, "Bad Request", { reason: "badRequest" });
  let users = state.users;
  if (customer && customer !== "my_customer") {
    users = users.filter((user) => user.customerId === undefined || user.customerId === customer);
  }
  if (domain) {
    users = users.filter((user) => String(user.primaryEmail).toLowerCase().endsWith(`@${domain}`));
    if (users.length === 0) return badParam("domain", "Domain not found.");
  }
  // Without showDeleted the list holds live users; with it, only deleted ones (Admin SDK semantics).
  const deleted = query.get("showDeleted") === "true";
  users = users.filter((user) => (user.deletionTime !== undefined) === deleted);
  return sortUsers(users, query);
}

function sortUsers(users: Json[], query: URLSearchParams): Json[] | Reply {
  const orderBy = query.get("orderBy");
  if (!orderBy) return users;
  const key = ORDER_KEYS[orderBy];
  if (!key)
    return badParam("orderBy", `Invalid value '${orderBy}'. Expected email, familyName or givenName.`);
  const sign = query.get("sortOrder")?.toUpperCase() === "DESCENDING" ? -1 : 1;
  return [...users].sort((a, b) => sign * key(a).localeCompare(key(b)));
}

function usersPage(users: Json[], nextPageToken: string | undefined): Reply {
  // Directory omits an empty `users` array altogether, which clients must tolerate.
  return ok({
    kind: "admin#directory#users",
    etag: '"fake-directory"',
    ...(users.length ? { users } : {}),
    ...(nextPageToken ? { nextPageToken } : {}),
  });
}
