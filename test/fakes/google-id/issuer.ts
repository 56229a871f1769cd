/**
 * A stand-in for Google as an OpenID Connect issuer: an RS256 key pair generated at start, its public
 * half served as a JWKS (like https://www.googleapis.com/oauth2/v3/certs), and a signer for ID tokens
 * shaped like Google's (iss, aud, sub, email, email_verified, hd, iat, exp). `forge` signs with
 * another key under the same key id: a token whose signature does not verify.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export interface IdTokenClaims {
  aud: string;
  email?: string;
  hd?: string;
  sub?: string;
  iss?: string;
  /** Seconds since the epoch. Default: the issuer's clock. */
  iat?: number;
  /** Default iat + 3600. */
  exp?: number;
  email_verified?: boolean;
}

export interface IdTokenIssuer {
  jwksUrl: string;
  /** Times the JWKS was fetched. */
  jwksFetches: number;
  sign(claims: IdTokenClaims): Promise<string>;
  forge(claims: IdTokenClaims): Promise<string>;
  close(): Promise<void>;
}

const KID = "fake-google-key-1";

export async function startIdTokenIssuer(now: () => Date = () => new Date()): Promise<IdTokenIssuer> {
  const real = await generateKeyPair("RS256", { extractable: true });
  const other = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(real.publicKey)), kid: KID, alg: "RS256", use: "sig" };
  const issuer: IdTokenIssuer = {
    jwksUrl: "",
    jwksFetches: 0,
    sign: (claims) => signWith(real.privateKey, claims, now()),
    forge: (claims) => signWith(other.privateKey, claims, now()),
    close: async () => {},
  };
  const server = createServer((req, res) => {
    issuer.jwksFetches++;
    if (req.url !== "/oauth2/v3/certs") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "cache-control": "public, max-age=3600" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  issuer.jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/v3/certs`;
  issuer.close = () => {
    server.closeAllConnections();
    return new Promise((r) => server.close(() => r()));
  };
  return issuer;
}

function signWith(key: CryptoKey, c: IdTokenClaims, now: Date): Promise<string> {
  const iat = c.iat ?? Math.floor(now.getTime() / 1000);
  const payload: JWTPayload = {
    iss: c.iss ?? "https://accounts.google.com",
    aud: c.aud,
    sub: c.sub ?? "110169484474386276334",
    iat,
    exp: c.exp ?? iat + 3600,
    ...(c.email ? { email: c.email, email_verified: c.email_verified ?? true } : {}),
    ...(c.hd ? { hd: c.hd } : {}),
  };
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: KID, typ: "JWT" }).sign(key);
}
