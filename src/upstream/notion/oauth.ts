/**
 * The code exchange of Notion's OAuth (`POST /v1/oauth/token`, HTTP Basic auth with the integration's
 * client id and secret) through the official SDK's `oauth.token`. Errors say only that Notion refused
 * and its status: the response could echo the code.
 */
import { Client } from "@notionhq/client";
import { UpstreamError } from "../../core/errors.js";

export interface NotionCodeExchange {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Default https://api.notion.com. */
  baseUrl?: string;
}

export async function exchangeNotionCode(
  o: NotionCodeExchange,
  code: string,
): Promise<{ accessToken: string; workspaceName: string | null }> {
  const client = new Client({ ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), retry: false });
  try {
    const res = await client.oauth.token({
      client_id: o.clientId,
      client_secret: o.clientSecret,
      grant_type: "authorization_code",
      code,
      redirect_uri: o.redirectUri,
    });
    return { accessToken: res.access_token, workspaceName: res.workspace_name ?? null };
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    throw new UpstreamError(
      `Notion refused the OAuth code exchange (HTTP ${String(status ?? "?")})`,
      "notion",
      typeof status === "number" ? status : null,
      false,
    );
  }
}
