/**
 * The Google side of `vigie sync`: directory, then every in-scope calendar and the notes folder, each
 * API behind its own Upstream (Google's quotas are per API), into the workspace folder.
 */
import type { Tenant } from "../../../core/model.js";
import { type GoogleClientOptions, GoogleClients } from "../../../upstream/google/clients.js";
import type { GoogleCredentials } from "../../../upstream/google/credentials.js";
import { GOOGLE, upstreamClassifier } from "../../../upstream/google/errors.js";
import { Upstream, type UpstreamOptions } from "../../../upstream/upstream.js";
import type { SyncContext, Syncer, SyncResult } from "../../sync/types.js";
import {
  CALENDAR_WINDOW_DEFAULT,
  type CalendarTarget,
  type CalendarWindow,
  syncCalendars,
} from "./calendar-sync.js";
import { activeUserEmails, syncDirectory } from "./directory-sync.js";
import { type DriveState, syncDrive } from "./drive-sync.js";

export interface GoogleSyncerOptions extends GoogleClientOptions {
  credentials: GoogleCredentials;
  /** Rate limit and retry settings, applied to each API's Upstream. Default: GOOGLE_UPSTREAM_DEFAULTS. */
  upstream?: Partial<UpstreamOptions>;
  /** Time window of a calendar's full sync. Default: CALENDAR_WINDOW_DEFAULT (20 weeks back, 2 ahead). */
  calendarWindow?: CalendarWindow;
  /** The clock the window is placed with. Default: Date.now. */
  now?: () => number;
}

/**
 * Per API. Google's default per-user quotas (Calendar about 600 requests a minute, Drive and Admin SDK
 * more) leave room for 10 a second; 4 in flight keeps latency hidden without bursting.
 */
export const GOOGLE_UPSTREAM_DEFAULTS = { intervalCap: 10, intervalMs: 1000, concurrency: 4 } as const;

/** What this syncer keeps between runs (the `state` of SyncContext/SyncResult). */
export interface GoogleSyncState {
  /** calendarId → Calendar sync token. */
  calendars: Record<string, string>;
  drive: DriveState | null;
}

export function createGoogleSyncer(options: GoogleSyncerOptions): Syncer {
  const clients = new GoogleClients(options.credentials, options);
  return { name: GOOGLE, sync: (ctx) => syncGoogle(ctx, clients, options) };
}

async function syncGoogle(
  ctx: SyncContext,
  clients: GoogleClients,
  options: GoogleSyncerOptions,
): Promise<SyncResult> {
  const upstream = () =>
    new Upstream({ ...GOOGLE_UPSTREAM_DEFAULTS, ...options.upstream, name: GOOGLE }, upstreamClassifier);
  const apis = { directory: upstream(), calendar: upstream(), drive: upstream() };
  const previous = readGoogleState(ctx.state);
  const admin = options.credentials.adminSubject;
  const common = { clients, out: ctx.out };
  const directory = await syncDirectory({ ...common, upstream: apis.directory, adminSubject: admin });
  const targets = calendarTargets(ctx.tenant, activeUserEmails(directory.users), admin);
  const folderId = ctx.tenant.sources.driveFolderId;
  let done = 0;
  const step = (what: string) => ctx.progress(++done, targets.length + (folderId ? 1 : 0), what);
  const calendarRun = syncCalendars({
    ...common,
    upstream: apis.calendar,
    targets,
    previous: previous.calendars,
    window: options.calendarWindow ?? CALENDAR_WINDOW_DEFAULT,
    now: (options.now ?? Date.now)(),
    progress: step,
  });
  const driveRun = folderId
    ? syncDrive({ ...common, upstream: apis.drive, subject: admin, folderId, previous: previous.drive })
    : Promise.resolve(null);
  const [calendars, drive] = await bothOrFirstError(
    calendarRun,
    driveRun.then((result) => {
      if (result) step("drive");
      return result;
    }),
  );
  const state: GoogleSyncState = { calendars: calendars.tokens, drive: drive?.state ?? null };
  return {
    state: { ...state },
    requests: apis.directory.requests + apis.calendar.requests + apis.drive.requests,
    written: {
      users: directory.written,
      events: calendars.written,
      files: drive?.files ?? 0,
      docs: drive?.docs ?? 0,
    },
    warnings: [
      ...(folderId ? [] : ["tenant.json: sources.driveFolderId is not set; Drive notes were not synced"]),
      ...calendars.warnings,
      ...(drive?.warnings ?? []),
    ],
  };
}

/**
 * The configured calendars, else every active user's primary calendar. A user's calendar is read as that
 * user (domain-wide delegation); any other calendar (a room, a shared team calendar) as the admin.
 */
export function calendarTargets(
  tenant: Tenant,
  activeUsers: string[],
  adminSubject: string,
): CalendarTarget[] {
  const active = new Set(activeUsers);
  const ids = tenant.sources.calendars ?? activeUsers;
  return [...new Set(ids.map((id) => id.trim().toLowerCase()).filter(Boolean))].map((calendarId) => ({
    calendarId,
    subject: active.has(calendarId) ? calendarId : adminSubject,
  }));
}

/** Tolerates a missing or older state: anything unreadable means "first run" for that part. */
export function readGoogleState(raw: Record<string, unknown>): GoogleSyncState {
  const calendars: Record<string, string> = {};
  const stored = raw.calendars;
  if (typeof stored === "object" && stored !== null) {
    for (const [id, token] of Object.entries(stored))
      if (typeof token === "string" && token) calendars[id] = token;
  }
  const drive = raw.drive as Partial<DriveState> | null | undefined;
  const validDrive =
    typeof drive?.folderId === "string" && typeof drive.pageToken === "string" && drive.pageToken;
  return {
    calendars,
    drive: validDrive ? { folderId: drive.folderId as string, pageToken: drive.pageToken as string } : null,
  };
}

/** Like Promise.all, but returns only once both have settled: no write lands after the sync failed. */
async function bothOrFirstError<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === "rejected") throw ra.reason;
  if (rb.status === "rejected") throw rb.reason;
  return [ra.value, rb.value];
}
