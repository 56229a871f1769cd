import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/errors.js";
import { googleCredentialsFromEnv } from "../../../src/upstream/google/credentials.js";

const CANARY = "CANARY-KEY-MATERIAL-0f9e8d7c";
const PEM = `-----BEGIN PRIVATE KEY-----\n${CANARY}\n-----END PRIVATE KEY-----\n`;
const KEY = JSON.stringify({
  type: "service_account",
  client_email: "vigie@proj.iam.gserviceaccount.com",
  private_key: PEM,
});
const ADMIN = "Admin@Example.fr";

function failure(env: Record<string, string | undefined>, readFile?: (p: string) => string): ConfigError {
  try {
    googleCredentialsFromEnv(env, readFile);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).not.toContain(CANARY);
    return e as ConfigError;
  }
  throw new Error("Expected a ConfigError");
}

describe("googleCredentialsFromEnv", () => {
  it("reads the key JSON from VIGIE_GOOGLE_SA_KEY and hides the private key from printing", () => {
    const c = googleCredentialsFromEnv({ VIGIE_GOOGLE_SA_KEY: KEY, VIGIE_GOOGLE_ADMIN: ADMIN });
    expect([c.clientEmail, c.adminSubject, c.privateKey]).toEqual([
      "vigie@proj.iam.gserviceaccount.com",
      "admin@example.fr",
      PEM,
    ]);
    expect(JSON.stringify(c)).not.toContain(CANARY);
    expect(Object.keys(c)).not.toContain("privateKey");
  });

  it("reads the key from the file VIGIE_GOOGLE_SA_KEY_FILE names", () => {
    const read = (path: string) => (path === "/secrets/sa.json" ? KEY : "");
    const c = googleCredentialsFromEnv(
      { VIGIE_GOOGLE_SA_KEY_FILE: "/secrets/sa.json", VIGIE_GOOGLE_ADMIN: ADMIN },
      read,
    );
    expect(c.privateKey).toBe(PEM);
    const missing = failure({ VIGIE_GOOGLE_SA_KEY_FILE: "/nope.json", VIGIE_GOOGLE_ADMIN: ADMIN }, () => {
      throw Object.assign(new Error("no"), { code: "ENOENT" });
    });
    expect(missing.message).toBe("VIGIE_GOOGLE_SA_KEY_FILE: cannot read /nope.json (ENOENT)");
  });

  it("names the variable when something is missing or invalid, never quoting the key", () => {
    expect(failure({ VIGIE_GOOGLE_ADMIN: ADMIN }).message).toMatch(
      /^VIGIE_GOOGLE_SA_KEY or VIGIE_GOOGLE_SA_KEY_FILE/,
    );
    expect(failure({ VIGIE_GOOGLE_SA_KEY: KEY }).message).toMatch(/^VIGIE_GOOGLE_ADMIN: /);
    expect(failure({ VIGIE_GOOGLE_SA_KEY: KEY, VIGIE_GOOGLE_ADMIN: "admin" }).message).toMatch(
      /^VIGIE_GOOGLE_ADMIN: /,
    );
    const truncated = failure({ VIGIE_GOOGLE_SA_KEY: KEY.slice(0, 120), VIGIE_GOOGLE_ADMIN: ADMIN });
    expect(truncated.message).toMatch(/^VIGIE_GOOGLE_SA_KEY: expected a service-account key in JSON/);
    const noKey = JSON.stringify({ type: "service_account", client_email: "a@b.co", private_key: CANARY });
    expect(failure({ VIGIE_GOOGLE_SA_KEY: noKey, VIGIE_GOOGLE_ADMIN: ADMIN }).message).toMatch(
      /PEM "private_key"/,
    );
    const user = JSON.stringify({ type: "authorized_user", client_email: "a@b.co", private_key: PEM });
    expect(failure({ VIGIE_GOOGLE_SA_KEY: user, VIGIE_GOOGLE_ADMIN: ADMIN }).message).toMatch(
      /service_account/,
    );
  });
});
