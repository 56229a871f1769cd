/**
 * Canary through the whole service sandbox (dispatch → Pub/Sub → runTenant, duplicates included): no
 * log line and no stored row — configuration versions included, which name people by pseudonym and
 * seal their addresses — holds a token, a key, a person's address or a sentence of a note.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  runServiceSandbox,
  type ServiceSandboxResult,
} from "../../scripts/sandbox-service/run-service-sandbox.js";
import { holdsEmail } from "../../src/store/redact.js";

let result: ServiceSandboxResult;
beforeAll(async () => {
  result = await runServiceSandbox({ tenants: 2, concurrency: 2, duplicateEvery: 1 });
}, 600_000);
afterAll(() => {});

describe("service sandbox canary", () => {
  it("ran every tenant once, duplicates ignored", () => {
    expect(result.total).toMatchObject({ tenants: 2, pages: 2, duplicatePages: 0 });
    expect(result.lines.every((l) => l.deliveries >= 2)).toBe(true);
  });

  it("had real material to look for", () => {
    expect(result.emails.length).toBeGreaterThan(20);
    expect(result.sentences.length).toBeGreaterThan(5);
    expect(result.secrets.length).toBeGreaterThan(4);
    expect(result.logs.length).toBeGreaterThan(2);
  });

  it("logged no token, key, address or note sentence", () => {
    const logs = result.logs.join("");
    for (const s of [...result.secrets, ...result.emails, ...result.sentences]) expect(logs).not.toContain(s);
  });

  it("stored no token, key, address or note sentence in any row", () => {
    expect(Object.keys(result.stored)).toEqual(
      expect.arrayContaining(["tenant_configs", "runs", "measures", "findings", "tenant_connections"]),
    );
    expect(result.stored.tenant_configs).toMatch(/"ceo": ?"p:[0-9a-f]{64}"/);
    const stored = Object.values(result.stored).join("\n").toLowerCase();
    for (const s of [...result.secrets, ...result.emails, ...result.sentences])
      expect(stored).not.toContain(s.toLowerCase());
    for (const [table, rows] of Object.entries(result.stored))
      expect([table, holdsEmail(rows)]).toEqual([table, false]);
  });
});
