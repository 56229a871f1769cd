/**
 * Calendar v3 `events.list` (singleEvents=true) of every in-scope calendar → google/calendar/<id>.json,
 * one `events.list`-shaped response per calendar.
 *
 * First run: a full listing over a time window, keeping the `nextSyncToken` (on the last page only).
 * Next runs: the sync token returns what changed since, deletions included; the delta replaces stored
 * items by id, so replaying it (a run that failed after writing) changes nothing. A 410
 * `fullSyncRequired` means Google forgot the token: that calendar alone is listed again from scratch and
 * its file replaced, as the Calendar sync guide prescribes ("wipe the client store"), so no event is
 * counted twice.
 */
import type { calendar_v3 } from "@googleapis/calendar";
import { UpstreamError } from "../../../core/errors.js";
import type { GoogleClients } from "../../../upstream/google/clients.js";
import { SyncTokenExpiredError } from "../../../upstream/google/errors.js";
import type { Upstream } from "../../../upstream/upstream.js";
import type { WorkspaceWriter } from "../../sync/types.js";
import { allPages, idFileName, writeIfChanged } from "./paging.js";

type Event = calendar_v3.Schema$Event;
type EventsPage = calendar_v3.Schema$Events;

/** The full sync's window, around the run's date. Default: 20 weeks back (baseline + margin), 2 ahead. */
export interface CalendarWindow {
  weeksBack: number;
  weeksAhead: number;
}
export const CALENDAR_WINDOW_DEFAULT: CalendarWindow = { weeksBack: 20, weeksAhead: 2 };

/** A calendar and the user whose token reads it (users read their own calendars). */
export interface CalendarTarget {
  calendarId: string;
  subject: string;
}

export interface CalendarSyncInput {
  clients: GoogleClients;
  upstream: Upstream;
  out: WorkspaceWriter;
  targets: CalendarTarget[];
  /** calendarId → sync token from the previous run. */
  previous: Record<string, string>;
  window: CalendarWindow;
  now: number;
  /** Told once per calendar done. */
  progress: (what: string) => void;
}

export interface CalendarSyncResult {
  /** calendarId → the token the next run starts from. */
  tokens: Record<string, string>;
  /** Events written: every event of a fully listed calendar, the changed ones of an incremental one. */
  written: number;
  warnings: string[];
}

interface OneResult {
  token: string | null;
  written: number;
  warning?: string;
}

export async function syncCalendars(input: CalendarSyncInput): Promise<CalendarSyncResult> {
  const settled = await Promise.allSettled(
    input.targets.map(async (target) => {
      const result = await syncOneOrWarn(input, target);
      input.progress(`calendar ${target.calendarId}`);
      return [target.calendarId, result] as const;
    }),
  );
  const failure = settled.find((s) => s.status === "rejected");
  if (failure) throw failure.reason;
  const result: CalendarSyncResult = { tokens: {}, written: 0, warnings: [] };
  for (const s of settled) {
    if (s.status !== "fulfilled") continue;
    const [id, one] = s.value;
    if (one.token) result.tokens[id] = one.token;
    result.written += one.written;
    if (one.warning) result.warnings.push(one.warning);
  }
  return result;
}

/**
 * A calendar Google will not show us (no Calendar service for that user, 404, 403) is a warning, not a
 * failed run; its previous token is kept so the next run tries again incrementally.
 */
async function syncOneOrWarn(input: CalendarSyncInput, target: CalendarTarget): Promise<OneResult> {
  try {
    return await syncOne(input, target);
  } catch (e) {
    if (!(e instanceof UpstreamError) || e.retryable || (e.status !== 403 && e.status !== 404)) throw e;
    const token = input.previous[target.calendarId] ?? null;
    return { token, written: 0, warning: `calendar ${target.calendarId} skipped: ${e.message}` };
  }
}

async function syncOne(input: CalendarSyncInput, target: CalendarTarget): Promise<OneResult> {
  const path = `google/calendar/${idFileName(target.calendarId)}`;
  const syncToken = input.previous[target.calendarId];
  const stored = syncToken ? await readStored(input.out, path) : null;
  if (syncToken && stored) {
    try {
      return await incremental(input, target, path, stored, syncToken);
    } catch (e) {
      if (!(e instanceof SyncTokenExpiredError)) throw e;
    }
  }
  return full(input, target, path);
}

async function full(input: CalendarSyncInput, target: CalendarTarget, path: string): Promise<OneResult> {
  const week = 7 * 24 * 3600 * 1000;
  const pages = await listEvents(input, target, {
    timeMin: new Date(input.now - input.window.weeksBack * week).toISOString(),
    timeMax: new Date(input.now + input.window.weeksAhead * week).toISOString(),
  });
  const items = applyDelta(
    [],
    pages.flatMap((page) => page.items ?? []),
  );
  const file = eventsFile(pages[0] ?? {}, items, pages.at(-1)?.nextSyncToken);
  const changed = await writeIfChanged(input.out, path, file, withoutToken);
  return { token: pages.at(-1)?.nextSyncToken ?? null, written: changed ? items.length : 0 };
}

async function incremental(
  input: CalendarSyncInput,
  target: CalendarTarget,
  path: string,
  stored: EventsPage,
  syncToken: string,
): Promise<OneResult> {
  const pages = await listEvents(input, target, { syncToken });
  const delta = pages.flatMap((page) => page.items ?? []);
  const token = pages.at(-1)?.nextSyncToken ?? null;
  // Nothing changed: the file keeps its bytes (and its older token; the state holds the current one).
  if (delta.length === 0) return { token, written: 0 };
  const items = applyDelta(stored.items ?? [], delta);
  await input.out.writeJson(path, eventsFile(stored, items, token));
  return { token, written: delta.length };
}

/** Every page of one listing; the same parameters on each page, as the API requires. */
async function listEvents(
  input: CalendarSyncInput,
  target: CalendarTarget,
  params: { timeMin?: string; timeMax?: string; syncToken?: string },
): Promise<EventsPage[]> {
  const client = input.clients.calendar(target.subject);
  const label = `calendar events.list ${target.calendarId}`;
  return allPages(async (pageToken) => {
    // showDeleted on the full listing too: a cancelled ritual occurrence is evidence of ritual drift.
    const request = {
      calendarId: target.calendarId,
      singleEvents: true,
      showDeleted: true,
      maxResults: 2500,
      pageToken,
      ...params,
    };
    const response = await input.upstream.call(label, () => client.events.list(request), {
      idempotent: true,
    });
    return response.data;
  });
}

/**
 * Replaces items by id, keeping their order; new ones go last. A cancellation may carry only `id` and
 * `status`: it is laid over what we knew of the event, so the cancelled meeting keeps its title and date.
 */
export function applyDelta(stored: Event[], delta: Event[]): Event[] {
  const byId = new Map<string, Event>();
  for (const event of stored) if (event.id) byId.set(event.id, event);
  for (const change of delta) {
    if (!change.id) continue;
    const before = byId.get(change.id);
    byId.set(change.id, change.status === "cancelled" && before ? { ...before, ...change } : change);
  }
  return [...byId.values()];
}

function eventsFile(meta: EventsPage, items: Event[], nextSyncToken: string | null | undefined): EventsPage {
  return {
    kind: meta.kind ?? "calendar#events",
    summary: meta.summary,
    timeZone: meta.timeZone,
    items,
    ...(nextSyncToken ? { nextSyncToken } : {}),
  };
}

function withoutToken(file: unknown): unknown {
  const { nextSyncToken: _, ...rest } = (file ?? {}) as EventsPage;
  return rest;
}

/** The stored listing as one response (a seeded folder may hold an array of pages); null if unusable. */
async function readStored(out: WorkspaceWriter, path: string): Promise<EventsPage | null> {
  let raw: unknown;
  try {
    raw = await out.readJson(path);
  } catch {
    return null; // unreadable: the full sync below rewrites it
  }
  const pages = (Array.isArray(raw) ? raw : [raw]).filter(
    (p): p is EventsPage => typeof p === "object" && p !== null,
  );
  if (pages.length === 0) return null;
  return eventsFile(
    pages[0] as EventsPage,
    pages.flatMap((p) => p.items ?? []),
    null,
  );
}
