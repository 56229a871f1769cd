/**
 * Google identity tokens for ScriptApp.getIdentityToken(): real RS256 JWTs signed by a key
 * made for the test, with the claims Google puts in them (iss, aud = the script's OAuth client
 * id, email, email_verified, exp). The fake service checks them the way the real one must.
 */
import { createPublicKey, generateKeyPairSync, type KeyObject, verify } from "node:crypto";
import { SignJWT } from "jose";

export const ADDON_CLIENT_ID = "123456789-addon.apps.googleusercontent.com";

export interface IdentityKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function identityKeys(): IdentityKeys {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

export async function mintIdentityToken(
  keys: IdentityKeys,
  email: string,
  now = new Date(),
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ email, email_verified: true })
    .setProtectedHeader({ alg: "RS256", kid: "test" })
    .setIssuer("https://accounts.google.com")
    .setAudience(ADDON_CLIENT_ID)
    .setSubject(`sub-${email}`)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(keys.privateKey);
}

/** The verified email of a bearer token, or null (bad signature, audience, issuer or expiry). */
export function verifiedEmail(
  keys: IdentityKeys,
  authorization: string | undefined,
  now = new Date(),
): string | null {
  const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
  const [head, body, sig] = token?.split(".") ?? [];
  if (!head || !body || !sig) return null;
  const signed = verify(
    "RSA-SHA256",
    Buffer.from(`${head}.${body}`),
    keys.publicKey,
    Buffer.from(sig, "base64url"),
  );
  if (!signed) return null;
  const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>;
  const fresh = typeof claims.exp === "number" && claims.exp * 1000 > now.getTime();
  const ours = claims.aud === ADDON_CLIENT_ID && claims.iss === "https://accounts.google.com";
  if (!fresh || !ours || claims.email_verified !== true || typeof claims.email !== "string") return null;
  return claims.email.toLowerCase();
}
