/**
 * Calendar v3 `GET /calendar/v3/calendars/{calendarId}/events`, served from google/calendar/<id>.json:
 * full listings (time window, showDeleted, orderBy) and incremental sync with sync tokens.
 */
import { requireScope } from "./auth.js";
import { syncTokenGone } from "./faults.js";
import {
  type ApiContext,
  badParam,
  boolParam,
  googleError,
  intParam,
  notFound,
  ok,
  type Reply,
} from "./http.js";
import { type Page, pageSize } from "./paging.js";
import type { CalendarStore, Stored } from "./state.js";
import type { Json } from "./workspace.js";

const SCOPES = ["calendar.readonly", "calendar.events.readonly", "calendar", "calendar.events"];
const SYNC_INCOMPATIBLE = ["timeMin", "timeMax", "orderBy", "q", "updatedMin", "iCalUID"];

/** Which sequence the listing's sync token will cover: the state when its first page was served. */
interface ListingContext {
  calendarId: string;
  seq: number;
}

export function listEvents(ctx: ApiContext): Reply {
  const denied = requireScope(ctx.principal, SCOPES);
  if (denied) return denied;
  const calendar = visibleCalendar(ctx);
  if (!calendar) return notFound();
  const maxResults = intParam(ctx.query, "maxResults");
  if (maxResults === null || (maxResults !== undefined && maxResults < 1)) {
    return badParam("maxResults", `Invalid value '${ctx.query.get("maxResults")}'.`);
  }
  const size = pageSize(maxResults, 250, 2500, ctx.pageSizeCap);
  const pageToken = ctx.query.get("pageToken");
  if (pageToken) {
    const page = ctx.state.cursors.next<Json>(pageToken, size);
    const context = page?.context as ListingContext | undefined;
    if (!page || context?.calendarId !== calendar.id)
      return badParam("pageToken", "Invalid page token value.");
    return eventsPage(ctx, calendar, page);
  }
  const selected = ctx.query.has("syncToken") ? changedEvents(ctx, calendar) : listedEvents(ctx, calendar);
  if (!Array.isArray(selected)) return selected;
  const context: ListingContext = { calendarId: calendar.id, seq: ctx.state.seq };
  return eventsPage(ctx, calendar, ctx.state.cursors.first(selected, size, context));
}

/**
 * Impersonation kept simple but real: a user reads their own calendar ("primary" or their address) and
 * nobody else's; Google answers 404, not 403, so a caller cannot probe which calendars exist.
 */
function visibleCalendar(ctx: ApiContext): CalendarStore | null {
  const requested = (ctx.params[0] ?? "").toLowerCase();
  const id = requested === "primary" ? ctx.principal.sub : requested;
  if (id !== ctx.principal.sub) return null;
  const existing = [...ctx.state.calendars.keys()].find((key) => key.toLowerCase() === id);
  return ctx.state.ensureCalendar(existing ?? id);
}

function changedEvents(ctx: ApiContext, calendar: CalendarStore): Json[] | Reply {
  const { query, state } = ctx;
  const clash = SYNC_INCOMPATIBLE.find((name) => query.has(name));
  if (clash) return badParam(clash, `The parameter ${clash} cannot be used with syncToken.`);
  if (boolParam(query, "showDeleted") === false) {
    return badParam(
      "showDeleted",
      "showDeleted cannot be false with syncToken: deletions are always listed.",
    );
  }
  const record = state.syncTokens.get(query.get("syncToken") ?? "");
  if (!record || record.calendarId !== calendar.id || record.epoch !== calendar.epoch) return syncTokenGone();
  return [...calendar.events.values()]
    .filter((stored) => stored.seq > record.seq)
    .sort((a, b) => a.seq - b.seq)
    .map((stored) => stored.value);
}

function listedEvents(ctx: ApiContext, calendar: CalendarStore): Json[] | Reply {
  const { query } = ctx;
  const window = timeWindow(query);
  if (!("min" in window)) return window;
  const showDeleted = boolParam(query, "showDeleted") === true;
  const text = query.get("q")?.toLowerCase();
  const events = [...calendar.events.values()]
    .map((stored: Stored) => stored.value)
    .filter((event) => showDeleted || event.status !== "cancelled")
    .filter((event) => event.status === "cancelled" || overlaps(event, window.min, window.max))
    .filter((event) => !text || searchable(event).includes(text));
  return orderEvents(events, query);
}

/** timeMin bounds an event's end and timeMax its start, both exclusive, as the API documents. */
function timeWindow(query: URLSearchParams): { min: number; max: number } | Reply {
  const min = query.has("timeMin") ? Date.parse(query.get("timeMin") ?? "") : -Infinity;
  const max = query.has("timeMax") ? Date.parse(query.get("timeMax") ?? "") : Infinity;
  if (Number.isNaN(min)) return badParam("timeMin", "Bad Request");
  if (Number.isNaN(max)) return badParam("timeMax", "Bad Request");
  if (max <= min) {
    return googleError(400, "The specified time range is empty.", {
      domain: "calendar",
      reason: "timeRangeEmpty",
      location: "timeMax",
      locationType: "parameter",
    });
  }
  return { min, max };
}

function overlaps(event: Json, min: number, max: number): boolean {
  const start = eventTime(event.start);
  const end = eventTime(event.end) ?? start;
  if (start === undefined || end === undefined) return true;
  return end > min && start < max;
}

/** All-day dates are read as UTC midnight: a simplification (Google uses the calendar's zone). */
function eventTime(value: unknown): number | undefined {
  const time = value as { dateTime?: string; date?: string } | undefined;
  const raw = time?.dateTime ?? time?.date;
  return raw === undefined ? undefined : Date.parse(raw);
}

function searchable(event: Json): string {
  return [event.summary, event.description, event.location].filter(Boolean).join(" ").toLowerCase();
}

function orderEvents(events: Json[], query: URLSearchParams): Json[] | Reply {
  const orderBy = query.get("orderBy");
  if (!orderBy) return events;
  if (orderBy === "startTime" && boolParam(query, "singleEvents") !== true) {
    return badParam("orderBy", "The requested ordering is not available for the particular query.");
  }
  if (orderBy !== "startTime" && orderBy !== "updated")
    return badParam("orderBy", `Invalid value '${orderBy}'.`);
  const key = (event: Json) =>
    orderBy === "updated" ? Date.parse(String(event.updated)) : (eventTime(event.start) ?? 0);
  return [...events].sort((a, b) => key(a) - key(b));
}

/** `nextSyncToken` only on the last page, `nextPageToken` otherwise: clients rely on exactly one. */
function eventsPage(ctx: ApiContext, calendar: CalendarStore, page: Page<Json>): Reply {
  const context = page.context as ListingContext;
  const tokens = page.nextPageToken
    ? { nextPageToken: page.nextPageToken }
    : { nextSyncToken: ctx.state.issueSyncToken(calendar, context.seq) };
  return ok({
    kind: "calendar#events",
    ...calendar.meta,
    etag: `"${ctx.state.seq}"`,
    updated: calendar.meta.updated ?? ctx.state.isoNow(),
    ...tokens,
    items: page.items,
  });
}
