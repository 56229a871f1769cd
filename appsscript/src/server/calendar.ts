/**
 * Recent event titles of the people in scope, for the ritual pattern preview: the Calendar
 * advanced service, events read-only. Titles stay in the sidebar (never sent to the service);
 * private events are left out.
 */

export interface TitleCount {
  title: string;
  count: number;
}

export interface RecentTitles {
  titles: TitleCount[];
  /** Calendars that could not be read (not shared with the user, deleted…). */
  unreadable: string[];
}

/** Enough calendars to see the company's rituals without making the sidebar wait. */
const MAX_CALENDARS = 12;
const WEEKS_BACK = 6;
const MAX_TITLES = 200;

export function recentTitles(calendarIds: string[], now: Date = new Date()): RecentTitles {
  const counts = new Map<string, number>();
  const unreadable: string[] = [];
  const timeMin = new Date(now.getTime() - WEEKS_BACK * 7 * 86_400_000).toISOString();
  const timeMax = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  for (const id of [...new Set(calendarIds)].slice(0, MAX_CALENDARS)) {
    try {
      for (const title of titlesOf(id, timeMin, timeMax)) counts.set(title, (counts.get(title) ?? 0) + 1);
    } catch {
      unreadable.push(id);
    }
  }
  const titles = [...counts.entries()]
    .map(([title, count]) => ({ title, count }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
    .slice(0, MAX_TITLES);
  return { titles, unreadable };
}

function titlesOf(calendarId: string, timeMin: string, timeMax: string): string[] {
  const events = Calendar?.Events;
  if (!events) throw new Error("Calendar advanced service is off");
  const out: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = events.list(calendarId, {
      timeMin,
      timeMax,
      singleEvents: true,
      maxResults: 250,
      fields: "items(summary,status,visibility),nextPageToken",
      ...(pageToken ? { pageToken } : {}),
    });
    for (const e of page.items ?? []) {
      const title = e.summary?.trim();
      if (
        title &&
        e.status !== "cancelled" &&
        e.visibility !== "private" &&
        e.visibility !== "confidential"
      ) {
        out.push(title);
      }
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}
