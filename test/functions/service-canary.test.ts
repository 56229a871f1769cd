/**
 * Canary through the whole service sandbox (dispatch → Pub/Sub → runTenant, duplicates included): no
 * log line and no stored row holds a token, a key, a person's address or a sentence of a note. The
 * configuration versions are the one exception checked apart: they are the tenant.json the add-on
 * saved, which names its CEO and editors by address (the service needs them to authorise callers and
 * to impersonate the admin), and nothing else personal.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  runServiceSandbox,
  type ServiceSandboxResult,
} from "../../scripts/sandbox-service/run-service-sandbox.js";

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

  it("stored no token, key, address or note sentence outside the configuration versions", () => {
    const { tenant_configs: configs, ...rest } = result.stored;
    expect(Object.keys(rest)).toEqual(
      expect.arrayContaining(["runs", "measures", "findings", "tenant_connections"]),
    );
    const stored = Object.values(rest).join("\n").toLowerCase();
    for (const s of [...result.secrets, ...result.emails, ...result.sentences])
      expect(stored).not.toContain(s.toLowerCase());
    const configText = configs ?? "";
    for (const s of [...result.secrets, ...result.sentences]) expect(configText).not.toContain(s);
  });
});
