/**
 * Google's OAuth token endpoint for service-account JWTs (domain-wide delegation) and the bearer check
 * every API route goes through. The assertion's signature is only checked when the test registers the
 * service account's public key: what matters for Vigie is that it asks for read-only scopes, as `sub`.
 * The one write scope granted is `drive.file` (files the app created), for the Google Doc writer; Drive's
 * write routes are the only ones that accept it (see drive-upload.ts).
 */
import { randomBytes, verify } from "node:crypto";
import { googleError, type Reply } from "./http.js";
import type { FakeState } from "./state.js";

/** Where gtoken (under google-auth-library's JWT client) always posts, whatever the key file says. */
export const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";

const SCOPE_PREFIX = "https://www.googleapis.com/auth/";
/** Write scopes Vigie may ask for: only Drive's per-file scope, for the weekly Google Doc. */
const ALLOWED_WRITE_SCOPES = new Set([`${SCOPE_PREFIX}drive.file`]);
const ACCEPTED_AUDIENCES = [GOOGLE_TOKEN_URL, "https://www.googleapis.com/oauth2/v4/token"];
const TOKEN_TTL_SECONDS = 3600;
const WWW_AUTHENTICATE = 'Bearer realm="https://accounts.google.com/"';

export interface Principal {
  /** The impersonated user (the JWT's `sub`), lower-cased. */
  sub: string;
  scopes: string[];
}

export interface TokenOptions {
  /** client_email → PEM public key; when the issuer has one, the RS256 signature must verify. */
  publicKeys?: Record<string, string>;
  /** Issuers whose domain-wide delegation is not granted (see GoogleFakeOptions.ungranted). */
  ungranted?: string[];
}

interface Assertion {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

/** POST /token, form-encoded. Errors use the OAuth shape `{error, error_description}`, not the API one. */
export function handleToken(body: string, state: FakeState, options: TokenOptions): Reply {
  const form = new URLSearchParams(body);
  if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") {
    return oauthError("unsupported_grant_type", `Invalid grant_type: ${form.get("grant_type") ?? ""}`);
  }
  const assertion = decodeAssertion(form.get("assertion") ?? "");
  if (typeof assertion === "string") return oauthError("invalid_grant", assertion);
  const problem = checkClaims(assertion, state, options);
  if (problem) return problem;
  const { claims } = assertion;
  const token = `ya29.fake-${randomBytes(24).toString("base64url")}`;
  const scopes = String(claims.scope).split(" ").filter(Boolean);
  const expiresAt = state.now() + TOKEN_TTL_SECONDS * 1000;
  state.accessTokens.set(token, { sub: String(claims.sub).toLowerCase(), scopes, expiresAt });
  return { status: 200, json: { access_token: token, expires_in: TOKEN_TTL_SECONDS, token_type: "Bearer" } };
}

function checkClaims(assertion: Assertion, state: FakeState, options: TokenOptions): Reply | null {
  const { header, claims } = assertion;
  if (header.alg !== "RS256") return oauthError("invalid_grant", "Invalid JWT: expected alg RS256");
  for (const claim of ["iss", "scope", "aud", "sub", "iat", "exp"]) {
    if (claims[claim] === undefined || claims[claim] === "") {
      return oauthError("invalid_request", `Invalid JWT: missing claim ${claim}`);
    }
  }
  if (!ACCEPTED_AUDIENCES.includes(String(claims.aud))) {
    return oauthError("invalid_grant", "Invalid JWT: Failed audience check.");
  }
  const now = state.now() / 1000;
  const iat = Number(claims.iat);
  const exp = Number(claims.exp);
  if (!(exp > now && iat <= now + 300 && exp - iat <= TOKEN_TTL_SECONDS)) {
    return oauthError("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes).");
  }
  const key = options.publicKeys?.[String(claims.iss)];
  if (key && !verify("RSA-SHA256", Buffer.from(assertion.signingInput), key, assertion.signature)) {
    return oauthError("invalid_grant", "Invalid JWT Signature.");
  }
  if (options.ungranted?.includes(String(claims.iss))) {
    // What Google answers when the admin console lists no grant for this client id and these scopes.
    return {
      status: 401,
      json: {
        error: "unauthorized_client",
        error_description:
          "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.",
      },
    };
  }
  const writeScope = String(claims.scope)
    .split(" ")
    .find((scope) => scope && !isReadOnlyScope(scope) && !ALLOWED_WRITE_SCOPES.has(scope));
  if (writeScope) {
    return oauthError(
      "invalid_scope",
      `Vigie may only request read-only scopes (and drive.file for its own doc), got ${writeScope}`,
    );
  }
  if (state.users.length > 0 && !state.findUser(String(claims.sub))) {
    return oauthError("invalid_grant", "Invalid email or User ID");
  }
  return null;
}

/** A compact JWS with an RS256-sized signature, or the reason it is not one. */
function decodeAssertion(assertion: string): Assertion | string {
  const parts = assertion.split(".");
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) {
    return "Invalid JWT: expected three base64url parts";
  }
  const [header, claims, signature] = parts as [string, string, string];
  try {
    const decoded = {
      header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")),
      claims: JSON.parse(Buffer.from(claims, "base64url").toString("utf8")),
      signingInput: `${header}.${claims}`,
      signature: Buffer.from(signature, "base64url"),
    };
    // An RSA signature is as long as the modulus: anything under 1024 bits is not a service-account key.
    if (decoded.signature.length < 128) return "Invalid JWT Signature.";
    return decoded;
  } catch {
    return "Invalid JWT: header or claims are not JSON";
  }
}

function isReadOnlyScope(scope: string): boolean {
  return scope.startsWith(SCOPE_PREFIX) && scope.endsWith(".readonly");
}

function oauthError(error: string, description: string): Reply {
  return { status: 400, json: { error, error_description: description } };
}

/** The bearer's principal, or the 401 Google sends (the API error shape, with WWW-Authenticate). */
export function authenticate(header: string | undefined, state: FakeState): Principal | Reply {
  const token = /^Bearer (.+)$/i.exec(header ?? "")?.[1];
  if (!token) {
    const message =
      "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.";
    return withAuthHeader(googleError(401, message, authItem("required", "Login Required.")));
  }
  const record = state.accessTokens.get(token);
  if (!record || record.expiresAt <= state.now()) {
    const message = "Request had invalid authentication credentials. Expected OAuth 2 access token.";
    return withAuthHeader(googleError(401, message, authItem("authError", "Invalid Credentials")));
  }
  return { sub: record.sub, scopes: record.scopes };
}

/** 403 unless the token carries one of the scopes the method accepts. */
export function requireScope(principal: Principal, accepted: readonly string[]): Reply | null {
  if (accepted.some((scope) => principal.scopes.includes(SCOPE_PREFIX + scope))) return null;
  const reply = googleError(403, "Request had insufficient authentication scopes.", {
    reason: "insufficientPermissions",
    message: "Insufficient Permission",
  });
  return { ...reply, headers: { "www-authenticate": `${WWW_AUTHENTICATE}, error="insufficient_scope"` } };
}

/** True when the token may see every file the user can (not only those the app created). */
export function seesAllDriveFiles(principal: Principal): boolean {
  const broad = ["drive", "drive.readonly", "drive.metadata", "drive.metadata.readonly"];
  return broad.some((scope) => principal.scopes.includes(SCOPE_PREFIX + scope));
}

export function isReply(value: Principal | Reply): value is Reply {
  return "status" in value;
}

function authItem(reason: string, message: string) {
  return { reason, message, location: "Authorization", locationType: "header" as const };
}

function withAuthHeader(reply: Reply): Reply {
  return { ...reply, headers: { "www-authenticate": WWW_AUTHENTICATE } };
}

/**
 * A gaxios request interceptor sending the token request to the fake. google-auth-library 10 ignores the
 * key file's `token_uri` and gtoken 8 posts to a hard-coded GOOGLE_TOKEN_URL, so the JWT client's
 * transporter (which gtoken borrows) is the only seam: `jwt.transporter.interceptors.request.add(...)`.
 */
export function tokenRedirect(fakeUrl: string) {
  return {
    resolved: async <T extends { url?: URL | string }>(config: T): Promise<T> => {
      const url = config.url === undefined ? undefined : new URL(String(config.url));
      if (url && `${url.origin}${url.pathname}` === GOOGLE_TOKEN_URL) {
        config.url = new URL(`/token${url.search}`, fakeUrl);
      }
      return config;
    },
  };
}
