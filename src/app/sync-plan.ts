/**
 * How far a run's sync reaches back. A first run (nothing stored) lists the default window — 20 weeks,
 * enough to backfill 12 judged weeks with their baselines. Later runs on a fresh workspace folder (a
 * function's temporary disk) list only the weeks since the last stored one plus the notes' look-back:
 * the older weeks come from the store. A folder kept between runs resumes from its cursors instead.
 */
import { DEFAULT_LOOKBACK_WEEKS } from "../core/context.js";
import { parseWeek, weeksBetween } from "../core/week.js";
import { normaliseUsers } from "../sources/google/directory.js";
import { CALENDAR_WINDOW_DEFAULT } from "../sources/google/live/index.js";
import { FileWorkspaceWriter } from "../sources/sync/workspace-writer.js";
import { USERS_FILE } from "../sources/workspace-folder.js";
import type { TenantStore } from "../store/store.js";
import { lastCompleteWeek } from "./choose-week.js";

export interface SyncPlan {
  /** Weeks back of a calendar's full listing. */
  calendarWeeksBack: number;
  /** Calendar ids the stored sync tokens may belong to (they are stored under pseudonyms). */
  calendars: string[];
}

interface PlanInput {
  tenant: { timezone: string; sources: { calendars?: string[] } };
  workspace: string;
  now: () => Date;
}

export async function syncPlan(ts: TenantStore, input: PlanInput, freshFolder: boolean): Promise<SyncPlan> {
  const calendars = input.tenant.sources.calendars ?? (await directoryEmails(input.workspace));
  const stored = await ts.history.weeks();
  const last = stored.at(-1);
  if (!last || !freshFolder) return { calendarWeeksBack: CALENDAR_WINDOW_DEFAULT.weeksBack, calendars };
  const current = lastCompleteWeek(input.now(), input.tenant.timezone);
  const gap = parseWeek(last, "UTC") ? Math.max(0, weeksBetween(last, current.id)) : 0;
  const weeksBack = Math.min(CALENDAR_WINDOW_DEFAULT.weeksBack, gap + DEFAULT_LOOKBACK_WEEKS + 1);
  return { calendarWeeksBack: weeksBack, calendars };
}

/** The directory's addresses from the folder's last sync; none in a fresh folder. */
async function directoryEmails(workspace: string): Promise<string[]> {
  const raw = await new FileWorkspaceWriter(workspace).readJson(USERS_FILE).catch(() => null);
  if (!raw) return [];
  try {
    return normaliseUsers(raw, USERS_FILE).map((p) => p.email);
  } catch {
    return [];
  }
}
