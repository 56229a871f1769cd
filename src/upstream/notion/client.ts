/**
 * Builds the Notion SDK client and its `Upstream` (rate limit + retries). The environment is a
 * parameter: nothing here reads `process.env`, so tests pass their own.
 */
import { Client, type Logger, LogLevel } from "@notionhq/client";
import { ConfigError } from "../../core/errors.js";
import { Upstream, type UpstreamOptions } from "../upstream.js";
import { notionErrorClassifier } from "./errors.js";

/** The API version Vigie is written against: data sources (databases hold several). */
export const NOTION_API_VERSION = "2025-09-03";
export const NOTION_TOKEN_VARIABLE = "VIGIE_NOTION_TOKEN";

export interface NotionClientOptions {
  /** Default: the SDK's, https://api.notion.com. The fakes pass their loopback URL. */
  baseUrl?: string;
  /** Per-request timeout. Default 30 000 ms: long enough for a 100-block append. */
  timeoutMs?: number;
  /** Where the SDK's warnings go. Default: stderr, as code and request id only. */
  logger?: Logger;
}

export const NOTION_CLIENT_DEFAULTS = { timeoutMs: 30_000 } as const;

export function notionClientFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  opts: NotionClientOptions = {},
): Client {
  const token = env[NOTION_TOKEN_VARIABLE]?.trim();
  if (!token) {
    throw new ConfigError(
      `${NOTION_TOKEN_VARIABLE} is not set: create a Notion integration, share the notes data source ` +
        "and the output page with it, and put its token in this variable",
    );
  }
  return new Client({
    auth: token,
    notionVersion: NOTION_API_VERSION,
    timeoutMs: opts.timeoutMs ?? NOTION_CLIENT_DEFAULTS.timeoutMs,
    ...(opts.baseUrl === undefined ? {} : { baseUrl: opts.baseUrl }),
    // The SDK retries 429 on every method, creates included, and cannot know whether a create
    // that failed with a 5xx or a timeout was committed: a blind retry duplicates pages. Retries
    // live in `Upstream` only, where each call says if it is idempotent and how to reconcile.
    retry: false,
    logLevel: LogLevel.WARN,
    logger: opts.logger ?? quietLogger,
  });
}

/**
 * The SDK's default logger prints the API's error message, which for a validation error can
 * quote what was sent (note text). This one keeps the code and the request id.
 */
export function createQuietLogger(write: (line: string) => void): Logger {
  return (level, message, extra) => {
    const code = typeof extra.code === "string" ? ` ${extra.code}` : "";
    const id = extra.requestId ?? extra.request_id;
    const request = typeof id === "string" ? ` (request ${id})` : "";
    write(`notion ${level}: ${message}${code}${request}\n`);
  };
}

export const quietLogger: Logger = createQuietLogger((line) => process.stderr.write(line));

/** Notion's documented average is 3 requests per second per integration. */
export function createNotionUpstream(opts: Partial<UpstreamOptions> = {}): Upstream {
  return new Upstream({ intervalCap: 3, intervalMs: 1000, ...opts, name: "notion" }, notionErrorClassifier);
}
