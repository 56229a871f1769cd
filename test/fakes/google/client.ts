/**
 * Test-side wiring: a throwaway service-account key and a JWT client whose token requests reach the fake.
 * The key is generated per process (never committed); the fake does not need Google's signature.
 */
import { generateKeyPairSync } from "node:crypto";
import { auth } from "@googleapis/calendar";
import { tokenRedirect } from "./auth.js";

export interface FakeServiceAccount {
  client_email: string;
  private_key: string;
  /** PEM public key, for `startGoogleFake({ publicKeys: { [client_email]: public_key } })`. */
  public_key: string;
}

let cached: FakeServiceAccount | undefined;

/** RSA-2048 generation takes tens of ms: one key serves every test of the process. */
export function fakeServiceAccount(): FakeServiceAccount {
  cached ??= (() => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    return {
      client_email: "vigie-reader@vigie-test.iam.gserviceaccount.com",
      private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      public_key: publicKey.export({ type: "spki", format: "pem" }).toString(),
    };
  })();
  return cached;
}

export interface FakeJwtOptions {
  /** The impersonated Workspace user (domain-wide delegation). */
  subject: string;
  /** Full scope URLs. */
  scopes: string[];
}

/** A google-auth-library JWT client as Vigie builds it, with its token endpoint redirected to the fake. */
export function fakeJwtClient(fakeUrl: string, options: FakeJwtOptions) {
  const key = fakeServiceAccount();
  const jwt = new auth.JWT({
    email: key.client_email,
    key: key.private_key,
    scopes: options.scopes,
    subject: options.subject,
  });
  jwt.transporter.interceptors.request.add(tokenRedirect(fakeUrl));
  return jwt;
}
