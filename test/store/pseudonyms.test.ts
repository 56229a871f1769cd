import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/errors.js";
import { envKeyProvider, fileKeyProvider, isPseudonym, pseudonym } from "../../src/store/pseudonyms.js";

const SECRET = Buffer.alloc(32, 7).toString("base64");

describe("pseudonyms", () => {
  it("are stable per tenant, blind to case, and differ between tenants", async () => {
    const keys = envKeyProvider({ VIGIE_PSEUDONYM_KEY: SECRET });
    const a = await keys.keyFor("atelier-dupont");
    const b = await keys.keyFor("other-company");
    const p = pseudonym(a, "Marie.Dupont@atelier-dupont.fr ");
    expect(isPseudonym(p)).toBe(true);
    expect(p).toBe(pseudonym(a, "marie.dupont@atelier-dupont.fr"));
    expect(p).not.toBe(pseudonym(b, "marie.dupont@atelier-dupont.fr"));
    expect(p).not.toContain("marie");
  });

  it("refuse a missing or short secret, naming the variable", () => {
    expect(() => envKeyProvider({})).toThrow(ConfigError);
    expect(() => envKeyProvider({})).toThrow(/VIGIE_PSEUDONYM_KEY is not set/);
    expect(() => envKeyProvider({ VIGIE_PSEUDONYM_KEY: "abcd" })).toThrow(/at least 32 bytes/);
  });

  it("keep the embedded store's generated secret in a file only its owner reads, and reuse it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vigie-key-"));
    try {
      const file = join(dir, ".vigie/store.key");
      const first = await fileKeyProvider(file).keyFor("atelier-dupont");
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const again = await fileKeyProvider(file).keyFor("atelier-dupont");
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
      expect((await readFile(file, "utf8")).trim().length).toBeGreaterThanOrEqual(43);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
