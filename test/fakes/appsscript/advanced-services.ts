/**
 * The Admin SDK Directory and Calendar advanced services, seeded with verbatim API resources
 * (the same JSON as a workspace folder). Paging follows the APIs: `maxResults` (Directory 1–500,
 * default 100; Calendar up to 2 500, default 250) and an opaque `nextPageToken`. Errors read
 * like the advanced services' "API call to … failed with error: …".
 */

type Json = Record<string, unknown>;

function apiError(method: string, reason: string): Error {
  return new Error(`API call to ${method} failed with error: ${reason}`);
}

function page<T>(items: T[], token: unknown, max: number): { slice: T[]; next?: string } {
  const start = typeof token === "string" && token !== "" ? Number(token) : 0;
  const slice = items.slice(start, start + max);
  return start + max < items.length ? { slice, next: String(start + max) } : { slice };
}

/** Fields the public directory view leaves out (admin-only). */
const ADMIN_ONLY = ["suspended", "archived", "orgUnitPath", "isAdmin", "isDelegatedAdmin", "lastLoginTime"];

export class FakeAdminDirectory {
  readonly calls: Json[] = [];
  constructor(private readonly users: Json[]) {}

  readonly Users = {
    list: (args: Json = {}) => {
      this.calls.push(args);
      if (!args.customer && !args.domain) throw apiError("directory.users.list", "Bad Request");
      const max = Number(args.maxResults ?? 100);
      if (!(max >= 1 && max <= 500)) throw apiError("directory.users.list", "Invalid Input: maxResults");
      const publicView = args.viewType === "domain_public";
      const users = [...this.users]
        .sort((a, b) => String(a.primaryEmail).localeCompare(String(b.primaryEmail)))
        .map((u) =>
          publicView ? Object.fromEntries(Object.entries(u).filter(([k]) => !ADMIN_ONLY.includes(k))) : u,
        );
      const { slice, next } = page(users, args.pageToken, max);
      return { kind: "admin#directory#users", users: slice, ...(next ? { nextPageToken: next } : {}) };
    },
  };
}

export class FakeCalendar {
  readonly calls: { calendarId: string; args: Json }[] = [];
  /** Calendar id → its events (verbatim Calendar v3 event resources). */
  constructor(private readonly calendars: Map<string, Json[]>) {}

  readonly Events = {
    list: (calendarId: string, args: Json = {}) => {
      this.calls.push({ calendarId, args });
      const events = this.calendars.get(calendarId);
      if (!events) throw apiError("calendar.events.list", "Not Found");
      const max = Math.min(Number(args.maxResults ?? 250), 2500);
      const min = args.timeMin ? Date.parse(String(args.timeMin)) : -Infinity;
      const maxTime = args.timeMax ? Date.parse(String(args.timeMax)) : Infinity;
      const inRange = events.filter((e) => {
        const start = Date.parse(String((e.start as Json)?.dateTime ?? (e.start as Json)?.date));
        const end = Date.parse(String((e.end as Json)?.dateTime ?? (e.end as Json)?.date));
        return end > min && start < maxTime;
      });
      const { slice, next } = page(inRange, args.pageToken, max);
      return { kind: "calendar#events", items: slice, ...(next ? { nextPageToken: next } : {}) };
    },
  };
}
