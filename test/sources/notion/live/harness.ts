/**
 * Shared by the Notion live tests: an in-memory WorkspaceWriter, a fast Upstream (the fake has
 * no rate limit unless a test asks for one), and a client whose SDK warnings are captured.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Client } from "@notionhq/client";
import type { WorkspaceWriter } from "../../../../src/sources/sync/types.js";
import {
  createNotionUpstream,
  createQuietLogger,
  notionClientFromEnv,
} from "../../../../src/upstream/notion/client.js";
import type { Upstream, UpstreamOptions } from "../../../../src/upstream/upstream.js";

export class MemoryWriter implements WorkspaceWriter {
  readonly root = "memory:";
  readonly files = new Map<string, unknown>();
  async readJson(path: string): Promise<unknown | null> {
    const value = this.files.get(path);
    return value === undefined ? null : structuredClone(value);
  }
  async writeJson(path: string, data: unknown): Promise<void> {
    this.files.set(path, structuredClone(data));
  }
  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }
  /** Writes every file under `dir`, as the file-system writer would. */
  async dump(dir: string): Promise<void> {
    for (const [path, data] of this.files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), JSON.stringify(data, null, 2));
    }
  }
}

/** Everything the SDK (through Vigie's logger) and Upstream report, to grep for secrets. */
export const logged: string[] = [];

const captureLogger = createQuietLogger((line) => logged.push(line));

export function testClient(url: string, token: string, timeoutMs = 5_000): Client {
  return notionClientFromEnv(
    { VIGIE_NOTION_TOKEN: token },
    { baseUrl: url, timeoutMs, logger: captureLogger },
  );
}

/** No client-side rate limit and no real waiting: delays are recorded instead. */
export function testUpstream(delays: number[] = [], opts: Partial<UpstreamOptions> = {}): Upstream {
  return createNotionUpstream({
    intervalCap: Number.POSITIVE_INFINITY,
    concurrency: 4,
    sleep: async (ms) => {
      delays.push(ms);
    },
    onRetry: ({ label, attempt, delayMs, error }) =>
      logged.push(`retry ${label} #${attempt} in ${delayMs} ms: ${error.message}`),
    ...opts,
  });
}
