/**
 * Verifies a Google-signed OpenID Connect ID token: the add-on's `ScriptApp.getIdentityToken()` and
 * Cloud Scheduler's OIDC token. Signature against Google's published keys (JWKS, cached and refreshed
 * on an unknown key id), issuer, audience, expiry and, for people, the Workspace domain (`hd`).
 *
 * Built on `jose` rather than google-auth-library's `OAuth2Client.verifyIdToken`: jose takes the key
 * URL as a parameter (tests serve their own JWKS) and loads in a few milliseconds (cold start).
 */
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";

/** Google's keys for ID tokens, in JWK form. */
export const GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";
/** Both spellings Google issues ID tokens under. */
export const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"] as const;

export interface IdTokenVerifierOptions {
  /** The `aud` the token must carry: the add-on's OAuth client id, or the function's URL. */
  audiences: string[];
  /** Default Google's; tests serve a local JWKS. */
  jwksUrl?: string;
  /** Default `GOOGLE_ISSUERS`. */
  issuers?: readonly string[];
  /** Seconds of clock skew tolerated on `exp`/`iat`. Default 30. */
  clockToleranceSeconds?: number;
  /** The clock (seconds are derived from it). Default: now. */
  now?: () => Date;
}

/** Who a verified token speaks for. */
export interface IdTokenIdentity {
  /** Lower-cased; "" when the token carries no verified email. */
  email: string;
  /** The Workspace domain (`hd` claim), lower-cased, or null for a consumer account. */
  hostedDomain: string | null;
  subject: string;
}

/** Why a token was refused; `reason` is safe to show (never the token). */
export class IdTokenError extends Error {
  constructor(readonly reason: string) {
    super(`ID token refused: ${reason}`);
    this.name = "IdTokenError";
  }
}

export type IdTokenVerifier = (token: string) => Promise<IdTokenIdentity>;

export function createIdTokenVerifier(o: IdTokenVerifierOptions): IdTokenVerifier {
  if (o.audiences.length === 0) throw new Error("Expected at least one ID-token audience, got none");
  const keys = createRemoteJWKSet(new URL(o.jwksUrl ?? GOOGLE_JWKS_URL));
  const now = o.now ?? (() => new Date());
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: [...(o.issuers ?? GOOGLE_ISSUERS)],
        audience: o.audiences,
        algorithms: ["RS256"],
        clockTolerance: o.clockToleranceSeconds ?? 30,
        currentDate: now(),
        requiredClaims: ["exp", "iat", "sub"],
      }));
    } catch (e) {
      throw new IdTokenError(describe(e));
    }
    return identityOf(payload);
  };
}

function identityOf(payload: JWTPayload): IdTokenIdentity {
  const email = typeof payload.email === "string" ? payload.email.toLowerCase() : "";
  // An unverified address could belong to anyone: treat it as no address at all.
  const verified = payload.email_verified === true || payload.email_verified === "true";
  const hd = typeof payload.hd === "string" ? payload.hd.toLowerCase() : null;
  return { email: verified ? email : "", hostedDomain: hd, subject: String(payload.sub) };
}

function describe(e: unknown): string {
  if (e instanceof errors.JWTExpired) return "expired";
  if (e instanceof errors.JWTClaimValidationFailed) return `claim "${e.claim}" ${e.reason}`;
  if (e instanceof errors.JWSSignatureVerificationFailed) return "signature does not verify";
  if (e instanceof errors.JWKSNoMatchingKey) return "signed by an unknown key";
  if (e instanceof errors.JWSInvalid || e instanceof errors.JWTInvalid) return "not a signed JWT";
  if (e instanceof errors.JOSEAlgNotAllowed) return "algorithm not allowed";
  if (e instanceof errors.JWKSTimeout) return "Google's keys did not answer in time";
  if (e instanceof errors.JOSEError) return e.code;
  return "could not be checked";
}
