import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redact } from "../../../src/app/service/log.js";
import { ConfigError } from "../../../src/core/errors.js";
import { createPubSubPublisher } from "../../../src/upstream/pubsub/publisher.js";
import { Envelope } from "../../../src/upstream/secrets/envelope.js";
import { withSecrets } from "../../../src/upstream/secrets/secrets.js";
import { type GcloudFake, startGcloudFake } from "../../fakes/gcloud/server.js";

let fake: GcloudFake;
beforeAll(async () => {
  fake = await startGcloudFake({
    topics: ["projects/local/topics/vigie-runs"],
    secrets: { "projects/local/secrets/vigie-envelope-key": ["old", "current-key-value"] },
  });
});
afterAll(() => fake.close());

describe("secrets", () => {
  it("reads NAME_SECRET from Secret Manager through the official client, without touching process.env", async () => {
    const env = await withSecrets(
      {
        VIGIE_ENVELOPE_KEY_SECRET: "projects/local/secrets/vigie-envelope-key/versions/latest",
        VIGIE_SECRET_MANAGER_ENDPOINT: fake.url,
      },
      ["VIGIE_ENVELOPE_KEY"],
    );
    expect(env.VIGIE_ENVELOPE_KEY).toBe("current-key-value");
    expect(process.env.VIGIE_ENVELOPE_KEY).toBeUndefined();
  });

  it("prefers a value given directly, and names the version it cannot read", async () => {
    expect(
      (await withSecrets({ K: "direct", K_SECRET: "projects/local/secrets/none/versions/1" }, ["K"])).K,
    ).toBe("direct");
    const missing = withSecrets(
      { K_SECRET: "projects/local/secrets/none/versions/1", VIGIE_SECRET_MANAGER_ENDPOINT: fake.url },
      ["K"],
    );
    await expect(missing).rejects.toThrow(/projects\/local\/secrets\/none\/versions\/1/);
    await expect(withSecrets({ K_SECRET: "not-a-version" }, ["K"])).rejects.toThrow(ConfigError);
  });
});

describe("envelope", () => {
  const envelope = new Envelope(randomBytes(32));

  it("opens what it sealed for the same tenant only", () => {
    const sealed = envelope.seal("atelier-dupont", "ntn_secret_token");
    expect(JSON.stringify(sealed)).not.toContain("ntn_secret_token");
    expect(envelope.open("atelier-dupont", sealed)).toBe("ntn_secret_token");
    expect(() => envelope.open("bricoles", sealed)).toThrow(/does not open/);
  });

  it("refuses a value sealed under another key, or altered", () => {
    const sealed = envelope.seal("t", "v");
    expect(() => new Envelope(randomBytes(32)).open("t", sealed)).toThrow(/wrapped by key/);
    // The first base64 character carries six real bits (the last may carry only padding bits).
    const altered = { ...sealed, value: sealed.value.replace(/^./, (c) => (c === "A" ? "B" : "A")) };
    expect(() => envelope.open("t", altered)).toThrow(/does not open/);
  });
});

describe("run publisher", () => {
  it("publishes through the Pub/Sub client to the REST fake, and says which topic failed", async () => {
    const ok = await createPubSubPublisher({ topic: "vigie-runs", projectId: "local", endpoint: fake.url });
    expect(await ok.publish([{ tenant: "a", week: "2026-W47" }])).toHaveLength(1);
    await ok.close();
    const missing = await createPubSubPublisher({ topic: "nowhere", projectId: "local", endpoint: fake.url });
    await expect(missing.publish([{ tenant: "a", week: "2026-W47" }])).rejects.toThrow(/nowhere/);
    await missing.close();
  });
});

describe("log redaction", () => {
  it("removes addresses, bearer tokens, JWTs, Notion tokens and PEM keys", () => {
    const text =
      "marie@atelier-dupont.fr Bearer abc.def eyJhbGciOi.eyJzdWIi.sig ntn_abc123 -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----";
    const out = redact(text);
    for (const s of ["marie@", "abc.def", "eyJhbGciOi", "ntn_abc123", "MIIE"]) expect(out).not.toContain(s);
  });
});
