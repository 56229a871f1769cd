/**
 * Notion's OAuth for public integrations, as the token endpoint behaves: `POST /v1/oauth/token` with
 * HTTP Basic auth `client_id:client_secret` and a JSON body `{grant_type: "authorization_code", code,
 * redirect_uri}`. A code is single-use, bound to the redirect URI it was issued for, and expires after
 * 10 minutes; errors take the OAuth 2 shape (RFC 6749 §5.2) `{error, error_description}`. The access
 * token it issues is accepted as a bearer by every API route until `revoke`.
 *
 * The browser half (the user approving on notion.so) is `authorize()`: it returns the code Notion would
 * append to the redirect.
 */
import { randomBytes, randomUUID } from "node:crypto";

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  /** Redirect URIs registered for the integration. */
  redirectUris: string[];
}

interface IssuedCode {
  redirectUri: string;
  workspaceName: string;
  expiresAt: number;
}

const CODE_TTL_MS = 10 * 60_000;

export class NotionOAuth {
  private readonly codes = new Map<string, IssuedCode>();
  /** Access tokens issued and not revoked. */
  readonly tokens = new Set<string>();
  exchanges = 0;

  constructor(
    readonly client: OAuthClientConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** The user approves the integration for a workspace; the code Notion redirects with. */
  authorize(redirectUri: string, workspaceName = "Workspace"): string {
    if (!this.client.redirectUris.includes(redirectUri)) {
      throw new Error(`Expected a registered redirect URI, got ${redirectUri}`);
    }
    const code = randomUUID();
    this.codes.set(code, { redirectUri, workspaceName, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** The workspace owner removes the integration: its token stops working at once. */
  revoke(token: string): void {
    this.tokens.delete(token);
  }

  /** Answers `POST /v1/oauth/token`. */
  token(authorization: string | undefined, body: Record<string, unknown>): { status: number; json: object } {
    if (authorization !== `Basic ${basic(this.client.clientId, this.client.clientSecret)}`) {
      return oauthError(401, "invalid_client", "Client authentication failed.");
    }
    if (body.grant_type !== "authorization_code") {
      return oauthError(400, "unsupported_grant_type", "Unsupported grant_type.");
    }
    const code = typeof body.code === "string" ? this.codes.get(body.code) : undefined;
    if (!code || code.expiresAt <= this.now()) return oauthError(400, "invalid_grant", "Invalid code.");
    this.codes.delete(String(body.code));
    if (body.redirect_uri !== code.redirectUri) {
      return oauthError(400, "invalid_grant", "Invalid redirect_uri.");
    }
    this.exchanges++;
    const token = `ntn_oauth_${randomBytes(18).toString("base64url")}`;
    this.tokens.add(token);
    return {
      status: 200,
      json: {
        access_token: token,
        token_type: "bearer",
        refresh_token: null,
        bot_id: randomUUID(),
        workspace_name: code.workspaceName,
        workspace_icon: null,
        workspace_id: randomUUID(),
        owner: { type: "workspace", workspace: true },
        duplicated_template_id: null,
        request_id: randomUUID(),
      },
    };
  }
}

function basic(id: string, secret: string): string {
  return Buffer.from(`${id}:${secret}`).toString("base64");
}

function oauthError(status: number, error: string, description: string) {
  return { status, json: { error, error_description: description } };
}
