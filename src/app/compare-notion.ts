/**
 * The comparison's optional Notion page, in the consultant's own workspace: the consultant's
 * integration token comes from `VIGIE_COMPARE_NOTION_TOKEN` (never a client tenant's token, never
 * logged), the endpoint and pace from the same variables as the weekly run's.
 */
import { BadInputError, ConfigError } from "../core/errors.js";
import { createNotionUpstream, createQuietLogger, notionClientFromEnv } from "../upstream/notion/client.js";
import { type ComparePageResult, writeComparePage } from "../writers/compare/notion-page.js";
import type { Portfolio } from "./compare-model.js";
import { ENV_NOTION_BASE_URL, paceIsFast, urlFromEnv } from "./live-services.js";

export const ENV_COMPARE_NOTION_TOKEN = "VIGIE_COMPARE_NOTION_TOKEN";

/** A Notion page id as Notion shows it: 32 hex digits, dashed or not, maybe at the end of a URL. */
const PAGE_ID = /([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

/** The dashed id of `--notion-page` (an id or a page URL), or a BadInputError naming the option. */
export function notionPageId(value: string, field = "--notion-page"): string {
  const m = PAGE_ID.exec(value.trim().replace(/[?#].*$/, ""));
  if (!m) throw new BadInputError("command line", field, `expected a Notion page id or URL, got "${value}"`);
  return m.slice(1, 6).join("-").toLowerCase();
}

export interface PublishOptions {
  parentPageId: string;
  env: Readonly<Record<string, string | undefined>>;
  /** SDK warnings (code and request id only). */
  log: (line: string) => void;
}

export async function publishComparison(p: Portfolio, o: PublishOptions): Promise<ComparePageResult> {
  const token = o.env[ENV_COMPARE_NOTION_TOKEN]?.trim();
  if (!token) {
    throw new ConfigError(
      `${ENV_COMPARE_NOTION_TOKEN} is not set: create an integration in your own Notion workspace, share ` +
        "the page given to --notion-page with it, and put its token in this variable",
    );
  }
  const fast = paceIsFast(o.env);
  const baseUrl = urlFromEnv(o.env, ENV_NOTION_BASE_URL);
  const client = notionClientFromEnv(
    { VIGIE_NOTION_TOKEN: token },
    {
      ...(baseUrl ? { baseUrl } : {}),
      ...(fast ? { timeoutMs: 3_000 } : {}),
      logger: createQuietLogger(o.log),
    },
  );
  const upstream = createNotionUpstream(
    fast ? { intervalCap: Number.POSITIVE_INFINITY, concurrency: 8, baseDelayMs: 100 } : {},
  );
  return writeComparePage(client, upstream, { parentPageId: o.parentPageId, portfolio: p });
}
