/**
 * What Vigie asks Google for and what it lets out: read-only scopes only, and no key material or token
 * in anything printed, thrown or written, even through faults and refused credentials.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createGoogleSyncer, googleCredentialsFromEnv } from "../../../../src/sources/google/live/index.js";
import { FileWorkspaceWriter } from "../../../../src/sources/sync/workspace-writer.js";
import { GOOGLE_READ_ONLY_SCOPES } from "../../../../src/upstream/google/clients.js";
import { fakeServiceAccount, type GoogleFake, startGoogleFake } from "../../../fakes/google/index.js";
import {
  cleanTemps,
  folderContents,
  harness,
  MINI,
  MINI_ADMIN,
  outputFolder,
  seedTenant,
} from "./harness.js";

let fake: GoogleFake | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await fake?.close();
  fake = undefined;
  await cleanTemps();
});

/** Everything written to the console or the process streams while `run` runs. */
async function capturePrinted(run: () => Promise<void>): Promise<string> {
  const printed: string[] = [];
  const record = (...args: unknown[]) => {
    printed.push(args.map(String).join(" "));
    return true;
  };
  for (const method of ["log", "info", "warn", "error", "debug"] as const)
    vi.spyOn(console, method).mockImplementation(record);
  vi.spyOn(process.stdout, "write").mockImplementation(record);
  vi.spyOn(process.stderr, "write").mockImplementation(record);
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return printed.join("\n");
}

describe("scopes", () => {
  it("requests read-only scopes only, for every impersonated user", async () => {
    fake = await startGoogleFake({ workspace: MINI });
    await harness(fake, MINI_ADMIN).run(await outputFolder(MINI), await seedTenant(MINI));
    expect(GOOGLE_READ_ONLY_SCOPES.every((s) => s.endsWith(".readonly"))).toBe(true);
    const granted = [...fake.state.accessTokens.values()];
    expect(granted.length).toBe(4);
    for (const token of granted) expect(token.scopes).toEqual([...GOOGLE_READ_ONLY_SCOPES]);
  });
});

describe("key material", () => {
  it("never appears in what is printed, thrown, warned or written", async () => {
    fake = await startGoogleFake({
      workspace: MINI,
      pageSizeCap: 2,
      faults: { serverErrors: { every: 3 }, badGateway: { every: 5 } },
    });
    const server = fake;
    const key = fakeServiceAccount();
    const canaries = [
      ...key.private_key.split("\n").filter((line) => line.length > 40), // the PEM body
      "private_key_id-canary-5b1d",
    ];
    const out = await outputFolder(MINI);
    const seen: string[] = [];
    const printed = await capturePrinted(async () => {
      const h = harness(server, MINI_ADMIN);
      const result = await h.run(out, await seedTenant(MINI));
      seen.push(...h.retries, ...h.progress, ...result.warnings, JSON.stringify(result));
      // A refused subject and an unsigned key: errors that travel up to the CLI.
      const refused = harness(server, "mallory@example.com");
      seen.push(await errorText(refused.run(await outputFolder(MINI), await seedTenant(MINI))));
      const env = {
        VIGIE_GOOGLE_SA_KEY: JSON.stringify({
          type: "service_account",
          private_key_id: canaries.at(-1),
          client_email: key.client_email,
          private_key: `-----BEGIN PRIVATE KEY-----\n${canaries[0]}\n-----END PRIVATE KEY-----\n`,
        }),
        VIGIE_GOOGLE_ADMIN: MINI_ADMIN,
      };
      const broken = createGoogleSyncer({
        credentials: googleCredentialsFromEnv(env),
        rootUrl: server.url,
        tokenUrl: `${server.url}/token`,
      });
      const tenant = await seedTenant(MINI);
      const state = {};
      const ctx = {
        tenant,
        out: new FileWorkspaceWriter(await outputFolder(MINI)),
        state,
        progress: () => {},
      };
      seen.push(await errorText(broken.sync(ctx)));
    });
    const everything = [printed, ...seen, ...Object.values(await folderContents(out))].join("\n");
    expect(seen.join("\n")).toMatch(/ConfigError: Google refused the service-account token \(invalid_grant/);
    expect(seen.join("\n")).toMatch(/ConfigError: Google service-account key cannot sign/);
    for (const canary of canaries) expect(everything).not.toContain(canary);
    for (const token of server.state.accessTokens.keys()) expect(everything).not.toContain(token);
    expect(everything).not.toMatch(/ya29\.|Bearer /);
  });
});

async function errorText(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}\n${(e as Error).stack ?? ""}\n${JSON.stringify(e)}`;
  }
  throw new Error("Expected the sync to fail");
}
