/**
 * Faults met during a sync: each is retried once, in Upstream (SDK retries are off), and the sync ends
 * with the same folder a clean run writes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readWorkspace } from "../../../../src/sources/workspace-folder.js";
import { type FaultConfig, type GoogleFake, startGoogleFake } from "../../../fakes/google/index.js";
import { type FaultProxy, startFaultProxy, tooManyRequests } from "./fault-proxy.js";
import { cleanTemps, harness, MINI, MINI_ADMIN, outputFolder, seedTenant } from "./harness.js";

const ALICE_EVENTS = "/calendar/v3/calendars/alice@atelier-mini.fr/events";
let fake: GoogleFake | undefined;
let proxy: FaultProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  await fake?.close();
  fake = undefined;
  proxy = undefined;
  await cleanTemps();
});

/** Syncs the mini workspace through faults; returns what happened and checks the folder is complete. */
async function syncThrough(faults: FaultConfig, extra: { timeoutMs?: number; clock?: boolean } = {}) {
  let clock = Date.now();
  fake = await startGoogleFake({
    workspace: MINI,
    faults,
    pageSizeCap: 2,
    ...(extra.clock ? { now: () => clock } : {}),
  });
  const h = harness(fake, MINI_ADMIN, {
    timeoutMs: extra.timeoutMs,
    upstream: extra.clock
      ? {
          sleep: async (ms) => {
            h.sleeps.push(ms);
            clock += ms;
          },
        }
      : {},
  });
  const out = await outputFolder(MINI);
  const result = await h.run(out, await seedTenant(MINI));
  await expectSameAsSeed(out);
  return { h, result, injected: fake.faults.injected };
}

async function expectSameAsSeed(out: string): Promise<void> {
  const [synced, seed] = await Promise.all([readWorkspace(out), readWorkspace(MINI)]);
  expect(synced.people).toEqual(seed.people);
  expect(synced.meetings).toEqual(seed.meetings);
  expect(synced.notes.map((n) => n.id)).toEqual(seed.notes.map((n) => n.id));
}

describe("rate limits", () => {
  it("honours Retry-After of 7 s and 120 s and completes", async () => {
    fake = await startGoogleFake({ workspace: MINI, pageSizeCap: 2 });
    const plan = [7, 120];
    proxy = await startFaultProxy(fake.url, (path) => {
      const seconds = path === ALICE_EVENTS ? plan.shift() : undefined;
      return seconds === undefined ? null : tooManyRequests(seconds);
    });
    const h = harness(fake, MINI_ADMIN, { rootUrl: proxy.url });
    const out = await outputFolder(MINI);
    await h.run(out, await seedTenant(MINI));
    expect(proxy.injected).toBe(2);
    expect(h.sleeps).toEqual([7000, 120_000]);
    expect(h.retries.join("\n")).toMatch(/429 rateLimitExceeded/);
    await expectSameAsSeed(out);
  });

  it("backs off on 403 rateLimitExceeded (no Retry-After) until the quota frees", async () => {
    const { h, injected } = await syncThrough(
      { rate: { perSecond: 3, style: "403-rateLimitExceeded" } },
      { clock: true },
    );
    expect(injected.rate).toBeGreaterThan(0);
    expect(h.sleeps.length).toBe(injected.rate);
    expect(h.sleeps.every((ms) => ms >= 500)).toBe(true);
    expect(h.retries.join("\n")).toMatch(/403 rateLimitExceeded/);
  });

  it("waits the fake quota's own Retry-After on 429", async () => {
    const { h, injected } = await syncThrough({ rate: { perSecond: 3, style: "429" } }, { clock: true });
    expect(injected.rate).toBeGreaterThan(0);
    expect(new Set(h.sleeps)).toEqual(new Set([1000]));
  });
});

describe("server errors and timeouts", () => {
  it("retries a 503 in the middle of pagination; the result is complete", async () => {
    const { h, injected, result } = await syncThrough({ serverErrors: { every: 3 } });
    expect(injected.serverErrors).toBeGreaterThanOrEqual(3);
    expect(h.retries.join("\n")).toMatch(/503 backendError/);
    expect(result.requests).toBeGreaterThan(injected.serverErrors ?? 0);
  });

  it("retries a 502 whose body is an HTML page, without quoting the page", async () => {
    const { h, injected } = await syncThrough({ badGateway: { every: 4 } });
    expect(injected.badGateway).toBeGreaterThan(0);
    const retries = h.retries.join("\n");
    expect(retries).toMatch(/502 \(non-JSON body\)/);
    expect(retries).not.toMatch(/<html|That's an error/i);
  });

  it("times out a hanging request and retries it", async () => {
    const { h, injected } = await syncThrough({ hangEvery: 4 }, { timeoutMs: 300 });
    expect(injected.hangEvery).toBeGreaterThan(0);
    expect(h.retries.join("\n")).toMatch(/no response/);
  });
});
