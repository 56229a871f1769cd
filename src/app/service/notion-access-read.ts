/**
 * One read of a Notion page or data source with a tenant's token, through the official SDK: its title,
 * or why it cannot be read. The token is used for this request only and never appears in an answer.
 */
import { Client } from "@notionhq/client";
import { ConfigError, UpstreamError } from "../../core/errors.js";
import { classifyNotionError } from "../../upstream/notion/errors.js";
import type { NotionAccess, NotionAccessRequest } from "./contract.js";

const TIMEOUT_MS = 10_000;

export async function readAccess(
  token: string | null,
  asked: NotionAccessRequest,
  baseUrl: string | undefined,
): Promise<NotionAccess> {
  if (!token) return { ok: false, reason: "not_connected" };
  const client = new Client({
    auth: token,
    retry: false,
    timeoutMs: TIMEOUT_MS,
    ...(baseUrl ? { baseUrl } : {}),
  });
  try {
    return { ok: true, title: await titleOf(client, asked) };
  } catch (raw) {
    const e = classifyNotionError(raw);
    if (e instanceof ConfigError) return { ok: false, reason: "revoked" };
    if (e instanceof UpstreamError && (e.status === 404 || e.status === 403)) {
      return { ok: false, reason: "not_shared" };
    }
    return { ok: false, reason: "unavailable" };
  }
}

async function titleOf(client: Client, asked: NotionAccessRequest): Promise<string> {
  if (asked.kind === "dataSource") {
    const source = await client.dataSources.retrieve({ data_source_id: asked.id });
    return plain("title" in source ? source.title : []);
  }
  const page = await client.pages.retrieve({ page_id: asked.id });
  const properties = "properties" in page ? Object.values(page.properties) : [];
  const title = properties.find((p) => p.type === "title");
  return plain(title && title.type === "title" ? title.title : []);
}

function plain(text: readonly { plain_text: string }[]): string {
  return text.map((t) => t.plain_text).join("");
}
