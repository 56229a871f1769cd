/**
 * The Notion side of `vigie sync`: brings `notion/pages/<id>.json` (page objects) and
 * `notion/blocks/<id>.json` (blocks.children.list responses) up to date from the tenant's notes
 * data source and strategy pages, through the official SDK.
 *
 * Incremental: the notes data source is queried for pages edited since the last run (minus a
 * margin), and only pages whose edit time moved get their blocks fetched again. Pages moved to
 * the trash lose their files. A page unshared or deleted for good cannot be seen by a filtered
 * query: `full: true` (or a change of data source) lists everything and removes what is gone.
 */
import { type Client, isFullPage, type PageObjectResponse } from "@notionhq/client";
import { ConfigError, UpstreamError } from "../../../core/errors.js";
import { allResults } from "../../../upstream/notion/paginate.js";
import type { Upstream } from "../../../upstream/upstream.js";
import type { SyncContext, Syncer, SyncResult } from "../../sync/types.js";
import { DEFAULT_NESTED_LEVELS, fetchBlockTree } from "./block-tree.js";
import { laterOf, type NotionSyncState, needsFetch, type PageOrigin, parseSyncState } from "./sync-state.js";

export interface NotionSyncerOptions {
  notion: Client;
  upstream: Upstream;
  /**
   * Edits are re-read from this long before the last edit time seen: Notion rounds edit times down
   * to the minute and its query index lags behind writes. Default 5 minutes.
   */
  safetyMarginMs?: number;
  /** Levels of nested blocks fetched below a page. Default 2. */
  nestedLevels?: number;
  /** List every page and drop the files of pages no longer there. Default false. */
  full?: boolean;
  /** Default: the real clock. */
  now?: () => Date;
}

export const NOTION_SYNC_DEFAULTS = {
  safetyMarginMs: 5 * 60_000,
  nestedLevels: DEFAULT_NESTED_LEVELS,
} as const;

export const pagePath = (id: string): string => `notion/pages/${id}.json`;
export const blocksPath = (id: string): string => `notion/blocks/${id}.json`;

/** One run's working set: the context, the state being built and the counts. */
interface Run {
  ctx: SyncContext;
  prev: NotionSyncState;
  next: NotionSyncState;
  written: { pages: number; removed: number };
  warnings: string[];
  /** Pages the notes listing of this run returned: a strategy page among them is not read twice. */
  listed: Set<string>;
  fetchedAt: string;
}

export function createNotionSyncer(opts: NotionSyncerOptions): Syncer {
  const o = { ...NOTION_SYNC_DEFAULTS, full: false, now: () => new Date(), ...opts };
  return {
    name: "notion",
    async sync(ctx: SyncContext): Promise<SyncResult> {
      const before = o.upstream.requests;
      const prev = parseSyncState(ctx.state);
      const run: Run = {
        ctx,
        prev,
        next: { ...prev, pages: { ...prev.pages } },
        written: { pages: 0, removed: 0 },
        warnings: [],
        listed: new Set(),
        fetchedAt: o.now().toISOString(),
      };
      const source = ctx.tenant.sources.notionNotesDataSourceId;
      if (source) await syncNotes(o, run, source);
      else run.next = { ...run.next, notesSource: null, highWater: null };
      await syncStrategyPages(o, run, ctx.tenant.sources.notionStrategyPageIds ?? []);
      const state = run.next as unknown as Record<string, unknown>;
      return { state, requests: o.upstream.requests - before, written: run.written, warnings: run.warnings };
    },
  };
}

type Options = Required<NotionSyncerOptions>;

async function syncNotes(o: Options, run: Run, source: string): Promise<void> {
  const { prev } = run;
  const full = o.full || prev.highWater === null || prev.notesSource !== source;
  const since = full || prev.highWater === null ? null : shift(prev.highWater, -o.safetyMarginMs);
  const live = await queryNotes(o, source, since, false);
  const trashed = since === null ? [] : await queryNotes(o, source, since, true);
  let highWater = full ? null : prev.highWater;
  for (const page of [...live, ...trashed]) highWater = laterOf(highWater, page.last_edited_time);
  for (const page of live) run.listed.add(page.id);
  run.next.notesSource = source;
  run.next.highWater = highWater;
  await fetchChanged(o, run, live, "notes");
  for (const page of trashed) await removePage(run, page.id);
  if (full) {
    const seen = new Set(live.map((p) => p.id));
    const gone = Object.entries(prev.pages).filter(([id, m]) => m.origin === "notes" && !seen.has(id));
    for (const [id] of gone) await removePage(run, id);
  }
}

/** Rows of the notes data source, 100 per request; `since` null lists them all. */
async function queryNotes(
  o: Options,
  source: string,
  since: string | null,
  inTrash: boolean,
): Promise<PageObjectResponse[]> {
  const filter = since
    ? { timestamp: "last_edited_time" as const, last_edited_time: { on_or_after: since } }
    : undefined;
  try {
    const rows = await allResults(o.upstream, "dataSources.query", (cursor) =>
      o.notion.dataSources.query({
        data_source_id: source,
        page_size: 100,
        ...(filter ? { filter } : {}),
        ...(inTrash ? { in_trash: true } : {}),
        ...(cursor ? { start_cursor: cursor } : {}),
      }),
    );
    return rows.filter((r): r is PageObjectResponse => r.object === "page" && isFullPage(r));
  } catch (e) {
    if (e instanceof UpstreamError && e.status === 404) {
      throw new ConfigError(
        `sources.notionNotesDataSourceId ${source}: Notion cannot find this data source; ` +
          "share its database with the integration or fix the id",
      );
    }
    throw e;
  }
}

/** Writes the page object and fetches the blocks of every page that changed since the last run. */
async function fetchChanged(o: Options, run: Run, pages: PageObjectResponse[], origin: PageOrigin) {
  const stale: PageObjectResponse[] = [];
  for (const page of pages) {
    if (page.in_trash) continue;
    const known = (await run.ctx.out.readJson(blocksPath(page.id))) !== null;
    if (!known || needsFetch(run.prev.pages[page.id], page.last_edited_time)) stale.push(page);
  }
  let done = 0;
  await Promise.all(
    stale.map(async (page) => {
      const blocks = await fetchBlockTree(o.notion, o.upstream, page.id, {
        levels: o.nestedLevels,
        warn: (message) => run.warnings.push(`${blocksPath(page.id)}: ${message}`),
      });
      await run.ctx.out.writeJson(pagePath(page.id), page);
      await run.ctx.out.writeJson(blocksPath(page.id), blocks);
      run.next.pages[page.id] = { edited: page.last_edited_time, fetchedAt: run.fetchedAt, origin };
      run.written.pages++;
      run.ctx.progress(++done, stale.length, `notion ${origin}`);
    }),
  );
}

async function syncStrategyPages(o: Options, run: Run, ids: readonly string[]): Promise<void> {
  const pages: PageObjectResponse[] = [];
  for (const raw of ids) {
    const id = dashedId(raw);
    if (run.listed.has(id)) continue;
    const page = await retrieveVisible(o, run, id);
    if (page === null || page.in_trash) await removePage(run, page?.id ?? id);
    else pages.push(page);
  }
  await fetchChanged(o, run, pages, "strategy");
}

/** The page, or null when Notion says it does not exist or is not shared (with a warning). */
async function retrieveVisible(o: Options, run: Run, id: string): Promise<PageObjectResponse | null> {
  try {
    const page = await o.upstream.call("pages.retrieve", () => o.notion.pages.retrieve({ page_id: id }), {
      idempotent: true,
    });
    return isFullPage(page) ? page : null;
  } catch (e) {
    if (!(e instanceof UpstreamError) || e.status !== 404) throw e;
    run.warnings.push(
      `sources.notionStrategyPageIds: page ${id} is not shared with the integration or was deleted; skipped`,
    );
    return null;
  }
}

async function removePage(run: Run, id: string): Promise<void> {
  const hadFiles = (await run.ctx.out.readJson(pagePath(id))) !== null || id in run.next.pages;
  await run.ctx.out.remove(pagePath(id));
  await run.ctx.out.remove(blocksPath(id));
  delete run.next.pages[id];
  if (hadFiles) run.written.removed++;
}

/** Notion answers ids with dashes; configured ids may have none, and file names must match. */
export function dashedId(id: string): string {
  const hex = id.replace(/-/g, "").toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return id;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function shift(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
