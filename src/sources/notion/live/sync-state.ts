/**
 * What the Notion syncer remembers between runs, and the rule that decides whether a page's
 * content must be fetched again.
 */

/** Notion rounds `last_edited_time` down to the minute. */
const MINUTE_MS = 60_000;

export type PageOrigin = "notes" | "strategy";

export interface PageMemo {
  /** `last_edited_time` of the page when its files were written. */
  edited: string;
  /** When they were written (the syncer's clock). */
  fetchedAt: string;
  origin: PageOrigin;
}

export interface NotionSyncState {
  /** The notes data source the high-water mark belongs to; another one means a full listing. */
  notesSource: string | null;
  /** Latest `last_edited_time` seen in the notes data source. */
  highWater: string | null;
  pages: Record<string, PageMemo>;
}

/** The saved state, or an empty one when it is missing or from an incompatible version. */
export function parseSyncState(raw: Record<string, unknown>): NotionSyncState {
  const pages: Record<string, PageMemo> = {};
  const saved = isRecord(raw.pages) ? raw.pages : {};
  for (const [id, memo] of Object.entries(saved)) {
    if (!isRecord(memo)) continue;
    const { edited, fetchedAt, origin } = memo;
    if (typeof edited !== "string" || typeof fetchedAt !== "string") continue;
    if (origin !== "notes" && origin !== "strategy") continue;
    pages[id] = { edited, fetchedAt, origin };
  }
  return {
    notesSource: typeof raw.notesSource === "string" ? raw.notesSource : null,
    highWater: typeof raw.highWater === "string" ? raw.highWater : null,
    pages,
  };
}

/**
 * True when the page's content may differ from what was written. The same `last_edited_time`
 * proves nothing if the files were written during that very minute: a later edit in the same
 * minute keeps the rounded time. So a page is skipped only when its minute had ended when it
 * was fetched.
 */
export function needsFetch(memo: PageMemo | undefined, lastEdited: string): boolean {
  if (!memo || memo.edited !== lastEdited) return true;
  const minuteEnd = Date.parse(lastEdited) + MINUTE_MS;
  const fetchedAt = Date.parse(memo.fetchedAt);
  return Number.isNaN(minuteEnd) || Number.isNaN(fetchedAt) || fetchedAt < minuteEnd;
}

/** The later of two ISO instants (null counts as the earliest). */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
