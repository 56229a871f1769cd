/**
 * The classifier on what the real SDKs throw against the fake: one case per row of the retry policy.
 */
import { calendar } from "@googleapis/calendar";
import { docs } from "@googleapis/docs";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, UpstreamError } from "../../../src/core/errors.js";
import { classifyGoogleError, SyncTokenExpiredError } from "../../../src/upstream/google/errors.js";
import {
  fakeJwtClient,
  type GoogleFake,
  type GoogleFakeOptions,
  startGoogleFake,
} from "../../fakes/google/index.js";
import { MINI } from "../../sources/google/live/harness.js";

const ALICE = "alice@atelier-mini.fr";
const SCOPES = ["calendar.events.readonly", "documents.readonly"].map(
  (s) => `https://www.googleapis.com/auth/${s}`,
);
let fake: GoogleFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function caught(
  options: Partial<GoogleFakeOptions>,
  call?: (f: GoogleFake) => Promise<unknown>,
): Promise<UpstreamError | ConfigError> {
  await fake?.close();
  fake = await startGoogleFake({ workspace: MINI, ...options });
  const server = fake;
  const auth = fakeJwtClient(server.url, { subject: ALICE, scopes: SCOPES });
  const cal = calendar({ version: "v3", auth, rootUrl: server.url, retry: false, timeout: 200 });
  try {
    await (call ? call(server) : cal.events.list({ calendarId: ALICE }));
  } catch (e) {
    return classifyGoogleError(e);
  }
  throw new Error("Expected the call to fail");
}

function expectUpstream(
  e: unknown,
  status: number | null,
  retryable: boolean,
  retryAfterMs: number | null = null,
) {
  expect(e).toBeInstanceOf(UpstreamError);
  expect(e).toMatchObject({ service: "google", status, retryable, retryAfterMs });
}

describe("classifyGoogleError", () => {
  it("429 is retryable with its Retry-After", async () => {
    const frozen = Date.now();
    const e = await caught({ now: () => frozen, faults: { rate: { perSecond: 0, style: "429" } } });
    expectUpstream(e, 429, true, 1000);
    expect(e.message).toBe(
      `Google GET /calendar/v3/calendars/${ALICE}/events: 429 rateLimitExceeded (Rate Limit Exceeded)`,
    );
  });

  it("403 rateLimitExceeded is retryable; other 403s are not", async () => {
    expectUpstream(
      await caught({ faults: { rate: { perSecond: 0, style: "403-rateLimitExceeded" } } }),
      403,
      true,
    );
    const other = await caught({}, (f) => {
      const auth = fakeJwtClient(f.url, { subject: "bob@atelier-mini.fr", scopes: SCOPES });
      return calendar({ version: "v3", auth, rootUrl: f.url, retry: false }).events.list({
        calendarId: ALICE,
      });
    });
    expectUpstream(other, 404, false);
  });

  it("5xx and a 502 with an HTML body are retryable; the HTML is never quoted", async () => {
    expectUpstream(await caught({ faults: { serverErrors: { every: 1 } } }), 503, true);
    const gateway = await caught({ faults: { badGateway: { every: 1 } } });
    expectUpstream(gateway, 502, true);
    expect(gateway.message).not.toMatch(/html|That's an error/i);
  });

  it("a hanging request (aborted, no response) is retryable", async () => {
    const e = await caught({ faults: { hangEvery: 1 } });
    expectUpstream(e, null, true);
    expect(e.message).toMatch(/no response/);
  });

  it("410 fullSyncRequired is its own non-retryable error, without the sync token", async () => {
    const e = await caught({}, async (f) => {
      const auth = fakeJwtClient(f.url, { subject: ALICE, scopes: SCOPES });
      const cal = calendar({ version: "v3", auth, rootUrl: f.url, retry: false });
      const { data } = await cal.events.list({ calendarId: ALICE });
      f.expireSyncToken(ALICE);
      return cal.events.list({ calendarId: ALICE, syncToken: data.nextSyncToken ?? "" });
    });
    expect(e).toBeInstanceOf(SyncTokenExpiredError);
    expectUpstream(e, 410, false);
    expect(e.message).not.toMatch(/syncToken=/);
  });

  it("400 and 404 are not retryable (Docs errors carry a status instead of a reason)", async () => {
    const e = await caught({}, (f) => {
      const auth = fakeJwtClient(f.url, { subject: ALICE, scopes: SCOPES });
      return docs({ version: "v1", auth, rootUrl: f.url, retry: false }).documents.get({
        documentId: "nope",
      });
    });
    expectUpstream(e, 404, false);
    expect(e.message).toMatch(/404 NOT_FOUND/);
    const bad = await caught({}, (f) => {
      const auth = fakeJwtClient(f.url, { subject: ALICE, scopes: SCOPES });
      const cal = calendar({ version: "v3", auth, rootUrl: f.url, retry: false });
      return cal.events.list({ calendarId: ALICE, maxResults: -1 });
    });
    expectUpstream(bad, 400, false);
  });

  it("a token refused by the OAuth endpoint is a ConfigError", async () => {
    const e = await caught({}, (f) => {
      const auth = fakeJwtClient(f.url, { subject: "mallory@example.com", scopes: SCOPES });
      return calendar({ version: "v3", auth, rootUrl: f.url, retry: false }).events.list({
        calendarId: "primary",
      });
    });
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toMatch(/invalid_grant: Invalid email or User ID/);
  });

  it("a 401 is not retryable", async () => {
    const e = await caught({}, (f) =>
      calendar({ version: "v3", rootUrl: f.url, retry: false }).events.list({ calendarId: ALICE }),
    );
    expectUpstream(e, 401, false);
  });
});
