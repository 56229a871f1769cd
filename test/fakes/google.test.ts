/**
 * The Google fake driven through the official SDKs (never raw fetch): if these pass, Vigie's adapters can
 * be tested against the fake with the same client code they use against Google.
 */
import { generateKeyPairSync } from "node:crypto";
import { fileURLToPath } from "node:url";
import { admin } from "@googleapis/admin";
import { calendar, type calendar_v3 } from "@googleapis/calendar";
import { docs } from "@googleapis/docs";
import { drive } from "@googleapis/drive";
import { afterEach, describe, expect, it } from "vitest";
import {
  fakeJwtClient,
  fakeServiceAccount,
  type GoogleFake,
  type GoogleFakeOptions,
  startGoogleFake,
} from "./google/index.js";

const WORKSPACE = fileURLToPath(new URL("./fixtures/google-mini", import.meta.url));
const ALICE = "alice@atelier-mini.fr";
const BOB = "bob@atelier-mini.fr";
const SCOPE = "https://www.googleapis.com/auth/";
const READ_ONLY = [
  "admin.directory.user.readonly",
  "calendar.readonly",
  "drive.readonly",
  "documents.readonly",
];
const NOTES_QUERY =
  "'fld-notes' in parents and mimeType = 'application/vnd.google-apps.document' and trashed = false";

let fake: GoogleFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: Partial<GoogleFakeOptions> = {}): Promise<GoogleFake> {
  fake = await startGoogleFake({ workspace: WORKSPACE, ...options });
  return fake;
}

/**
 * SDK clients as Vigie builds them, rooted at the fake. `retry: false` matters: googleapis-common sets
 * `retry: true` by default, and gaxios then silently retries 429/5xx (and hung sockets) up to 3 times, so
 * a fault the test injected would never reach it. Vigie's adapters own retrying, hence the same setting.
 */
function clients(server: GoogleFake, subject = ALICE, scopes = READ_ONLY.map((s) => SCOPE + s)) {
  const auth = fakeJwtClient(server.url, { subject, scopes });
  const common = { auth, rootUrl: server.url, retry: false };
  return {
    calendar: calendar({ version: "v3", ...common }),
    directory: admin({ version: "directory_v1", ...common }),
    drive: drive({ version: "v3", ...common }),
    docs: docs({ version: "v1", ...common }),
  };
}

interface CaughtError {
  status?: number;
  code?: string;
  message: string;
  response?: { status: number; headers: Headers; data: unknown };
}

async function failure(call: Promise<unknown>): Promise<CaughtError> {
  try {
    await call;
  } catch (error) {
    return error as CaughtError;
  }
  throw new Error("Expected the call to fail");
}

function reason(error: CaughtError): unknown {
  const body = error.response?.data as { error?: { errors?: Array<{ reason?: string }> } } | undefined;
  return body?.error?.errors?.[0]?.reason;
}

async function eventPages(cal: calendar_v3.Calendar, params: calendar_v3.Params$Resource$Events$List) {
  const pages: calendar_v3.Schema$Events[] = [];
  let pageToken: string | undefined;
  do {
    const { data } = await cal.events.list({ ...params, pageToken });
    pages.push(data);
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return pages;
}

const ids = (pages: calendar_v3.Schema$Events[]) =>
  pages.flatMap((page) => page.items ?? []).map((e) => e.id);

describe("token endpoint", () => {
  it("exchanges a service-account JWT once, then serves API calls with the bearer", async () => {
    const server = await start({
      publicKeys: { [fakeServiceAccount().client_email]: fakeServiceAccount().public_key },
    });
    const { calendar: cal } = clients(server);
    await cal.events.list({ calendarId: ALICE, singleEvents: true });
    await cal.events.list({ calendarId: "primary", singleEvents: true });
    expect(server.requests.byPath["/token"]).toBe(1);
    expect(server.requests.byPath[`/calendar/v3/calendars/${ALICE}/events`]).toBe(1);
    expect(server.requests.count).toBe(3);
  });

  it("rejects a write scope with invalid_scope before any API call", async () => {
    const server = await start();
    const { calendar: cal } = clients(server, ALICE, [`${SCOPE}calendar`]);
    const error = await failure(cal.events.list({ calendarId: ALICE }));
    expect(error.message).toMatch(/invalid_scope/);
    expect(server.requests.count).toBe(1);
  });

  it("rejects a signature from another key, and an unknown user", async () => {
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({
      type: "spki",
      format: "pem",
    });
    const server = await start({ publicKeys: { [fakeServiceAccount().client_email]: other.toString() } });
    expect((await failure(clients(server).calendar.events.list({ calendarId: ALICE }))).message).toMatch(
      /invalid_grant: Invalid JWT Signature/,
    );
    await server.close();
    const open = await start();
    const stranger = clients(open, "mallory@example.com").calendar.events.list({ calendarId: "primary" });
    expect((await failure(stranger)).message).toMatch(/invalid_grant: Invalid email or User ID/);
  });

  it("answers 401 in Google's error format without a bearer or with an unknown one", async () => {
    const server = await start();
    const anonymous = calendar({ version: "v3", rootUrl: server.url, retry: false });
    const missing = await failure(anonymous.events.list({ calendarId: ALICE }));
    expect(missing.status).toBe(401);
    expect(missing.response?.data).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
    expect(reason(missing)).toBe("required");
    const forged = await failure(
      anonymous.events.list({ calendarId: ALICE }, { headers: { Authorization: "Bearer x" } }),
    );
    expect([forged.status, reason(forged)]).toEqual([401, "authError"]);
  });
});

describe("scopes and paging", () => {
  it("answers 403 insufficientPermissions when the token lacks the API's scope", async () => {
    const server = await start();
    const { drive: client } = clients(server, ALICE, [`${SCOPE}calendar.readonly`]);
    const error = await failure(client.files.list({ q: NOTES_QUERY }));
    expect([error.status, reason(error)]).toEqual([403, "insufficientPermissions"]);
  });

  it("caps every page at pageSizeCap, whatever the client asks", async () => {
    const { directory } = clients(await start({ pageSizeCap: 3 }));
    const { data } = await directory.users.list({ customer: "my_customer", maxResults: 500 });
    expect([data.users?.length, Boolean(data.nextPageToken)]).toEqual([3, true]);
  });
});

describe("directory users.list", () => {
  it("pages through every user exactly once, flattening the stored pages", async () => {
    const { directory } = clients(await start());
    const first = await directory.users.list({ customer: "my_customer", maxResults: 3, orderBy: "email" });
    expect(first.data.kind).toBe("admin#directory#users");
    const second = await directory.users.list({
      customer: "my_customer",
      maxResults: 3,
      pageToken: first.data.nextPageToken ?? "",
    });
    const emails = [...(first.data.users ?? []), ...(second.data.users ?? [])].map((u) => u.primaryEmail);
    expect(emails).toEqual(["alice@atelier-mini.fr", BOB, "chloe@atelier-mini.fr", "david@atelier-mini.fr"]);
    expect(second.data.nextPageToken).toBeUndefined();
  });

  it("refuses a non-admin and a maxResults above 500", async () => {
    const server = await start();
    const asBob = await failure(clients(server, BOB).directory.users.list({ customer: "my_customer" }));
    expect([asBob.status, reason(asBob)]).toEqual([403, "forbidden"]);
    const tooMany = await failure(
      clients(server).directory.users.list({ domain: "atelier-mini.fr", maxResults: 501 }),
    );
    expect(tooMany.status).toBe(400);
  });
});

describe("calendar events.list", () => {
  it("paginates a full sync: every event once, nextSyncToken only on the last page", async () => {
    const { calendar: cal } = clients(await start());
    const pages = await eventPages(cal, { calendarId: ALICE, singleEvents: true, maxResults: 2 });
    expect(pages).toHaveLength(3);
    expect(ids(pages)).toEqual(["evt001", "evt002", "evt003", "evt004", "evt005", "evt007"]);
    expect(pages.map((p) => Boolean(p.nextSyncToken))).toEqual([false, false, true]);
    expect(pages.map((p) => Boolean(p.nextPageToken))).toEqual([true, true, false]);
    const withDeleted = await eventPages(cal, { calendarId: ALICE, singleEvents: true, showDeleted: true });
    expect(ids(withDeleted)).toContain("evt006");
  });

  it("filters by time window and orders by start time", async () => {
    const { calendar: cal } = clients(await start());
    const { data } = await cal.events.list({
      calendarId: ALICE,
      singleEvents: true,
      orderBy: "startTime",
      timeMin: "2026-11-17T00:00:00+01:00",
      timeMax: "2026-11-20T00:00:00+01:00",
    });
    expect(data.items?.map((e) => e.id)).toEqual(["evt003", "evt004", "evt005"]);
  });

  it("returns only the changes since the sync token, each once, cancellations included", async () => {
    const server = await start();
    const { calendar: cal } = clients(server);
    const full = await eventPages(cal, { calendarId: ALICE, singleEvents: true });
    const added = server.addEvent(ALICE, {
      summary: "CODIR exceptionnel",
      start: { dateTime: "2026-11-24T09:00:00+01:00" },
      end: { dateTime: "2026-11-24T10:00:00+01:00" },
    });
    server.updateEvent(ALICE, "evt002", { summary: "Point Ventes (déplacé)" });
    server.cancelEvent(ALICE, "evt003");
    const changes = await eventPages(cal, {
      calendarId: ALICE,
      singleEvents: true,
      syncToken: full.at(-1)?.nextSyncToken ?? "",
    });
    const items = changes.flatMap((p) => p.items ?? []);
    expect(items.map((e) => [e.id, e.status])).toEqual([
      [added.id, "confirmed"],
      ["evt002", "confirmed"],
      ["evt003", "cancelled"],
    ]);
    const again = await cal.events.list({
      calendarId: ALICE,
      singleEvents: true,
      syncToken: changes.at(-1)?.nextSyncToken ?? "",
    });
    expect(again.data.items).toEqual([]);
  });

  it("rejects timeMin with a sync token (400) and an expired sync token (410 fullSyncRequired)", async () => {
    const server = await start();
    const { calendar: cal } = clients(server);
    const { data } = await cal.events.list({ calendarId: ALICE, singleEvents: true });
    const syncToken = data.nextSyncToken ?? "";
    const mixed = await failure(
      cal.events.list({ calendarId: ALICE, syncToken, timeMin: "2026-11-01T00:00:00Z" }),
    );
    expect(mixed.status).toBe(400);
    server.expireSyncToken(ALICE);
    const gone = await failure(cal.events.list({ calendarId: ALICE, singleEvents: true, syncToken }));
    expect([gone.status, reason(gone)]).toEqual([410, "fullSyncRequired"]);
  });

  it("injects one 410 with expireSyncTokens, then accepts the new full sync's token", async () => {
    const server = await start({ faults: { expireSyncTokens: true } });
    const { calendar: cal } = clients(server);
    const first = await cal.events.list({ calendarId: ALICE, singleEvents: true });
    const gone = await failure(
      cal.events.list({ calendarId: ALICE, syncToken: first.data.nextSyncToken ?? "" }),
    );
    expect(gone.status).toBe(410);
    const resync = await cal.events.list({ calendarId: ALICE, singleEvents: true });
    await cal.events.list({ calendarId: ALICE, syncToken: resync.data.nextSyncToken ?? "" });
    expect(server.faults.injected).toEqual({ expireSyncTokens: 1 });
  });

  it("lets a user read their own calendar only (404 for another's)", async () => {
    const { calendar: cal } = clients(await start(), BOB);
    const primary = await cal.events.list({ calendarId: "primary", singleEvents: true });
    expect(primary.data.items?.map((e) => e.id)).toEqual(["evt021", "evt022"]);
    const other = await failure(cal.events.list({ calendarId: ALICE }));
    expect([other.status, reason(other)]).toEqual([404, "notFound"]);
  });
});

describe("drive", () => {
  it("lists the meeting-notes folder with q, paginated", async () => {
    const { drive: client } = clients(await start());
    const first = await client.files.list({
      q: NOTES_QUERY,
      pageSize: 2,
      fields: "nextPageToken, files(id, name)",
    });
    const second = await client.files.list({
      q: NOTES_QUERY,
      pageSize: 2,
      pageToken: first.data.nextPageToken ?? "",
    });
    const names = [...(first.data.files ?? []), ...(second.data.files ?? [])].map((f) => f.id);
    expect(names).toEqual(["doc-codir-1", "doc-retro-1", "doc-codir-2"]);
    expect(second.data.nextPageToken).toBeUndefined();
    expect((await failure(client.files.list({ q: "fullText contains 'x' or name = 'y'" }))).status).toBe(400);
  });

  it("reports added, trashed and removed files as changes since the start page token", async () => {
    const server = await start();
    const { drive: client } = clients(server);
    const start0 = (await client.changes.getStartPageToken({})).data.startPageToken ?? "";
    server.addDriveFile({ id: "doc-codir-3", name: "CR CODIR 30/11", parents: ["fld-notes"] });
    server.updateDriveFile("doc-retro-1", { trashed: true });
    server.removeDriveFile("doc-other");
    const first = await client.changes.list({ pageToken: start0, pageSize: 2 });
    expect(first.data.newStartPageToken).toBeUndefined();
    const second = await client.changes.list({ pageToken: first.data.nextPageToken ?? "", pageSize: 2 });
    const changes = [...(first.data.changes ?? []), ...(second.data.changes ?? [])];
    expect(changes.map((c) => [c.fileId, c.removed, c.file?.trashed])).toEqual([
      ["doc-codir-3", false, false],
      ["doc-retro-1", false, true],
      ["doc-other", true, undefined],
    ]);
    const after = await client.changes.list({ pageToken: second.data.newStartPageToken ?? "" });
    expect(after.data.changes).toEqual([]);
  });
});

describe("docs documents.get", () => {
  it("serves the tabs form and the legacy body form from either stored form", async () => {
    const { docs: client } = clients(await start());
    const legacy = await client.documents.get({ documentId: "doc-codir-1" });
    expect(legacy.data.tabs).toBeUndefined();
    expect(JSON.stringify(legacy.data.body)).toContain("on recrute un commercial");
    const tabs = await client.documents.get({ documentId: "doc-codir-1", includeTabsContent: true });
    expect(tabs.data.body).toBeUndefined();
    expect(tabs.data.tabs?.map((t) => t.tabProperties?.title)).toEqual(["Compte rendu", "Annexes"]);
    const wrapped = await client.documents.get({ documentId: "doc-retro-1", includeTabsContent: true });
    expect(JSON.stringify(wrapped.data.tabs?.[0]?.documentTab?.body)).toContain("trop de réunions");
    expect((await failure(client.documents.get({ documentId: "nope" }))).status).toBe(404);
  });

  it("shows pending suggestions inline by default and leaves them out in the preview without them", async () => {
    const { docs: client } = clients(await start());
    const inline = await client.documents.get({ documentId: "doc-codir-1" });
    expect(JSON.stringify(inline.data.body)).toContain("suggest.k2x9");
    const preview = await client.documents.get({
      documentId: "doc-codir-1",
      suggestionsViewMode: "PREVIEW_WITHOUT_SUGGESTIONS",
    });
    expect(preview.data.suggestionsViewMode).toBe("PREVIEW_WITHOUT_SUGGESTIONS");
    expect(JSON.stringify(preview.data.body)).toContain("on recrute un commercial.");
    expect(JSON.stringify(preview.data.body)).not.toContain("deux achats");
  });
});

describe("faults", () => {
  it("answers 429 with Retry-After past the rate, and 403 rateLimitExceeded in the other style", async () => {
    // A frozen clock keeps the three calls inside one rate window however slow the machine is.
    const frozen = Date.now();
    const server = await start({ now: () => frozen, faults: { rate: { perSecond: 2, style: "429" } } });
    const { calendar: cal } = clients(server);
    await cal.events.list({ calendarId: ALICE });
    await cal.events.list({ calendarId: ALICE });
    const limited = await failure(cal.events.list({ calendarId: ALICE }));
    expect([limited.status, limited.response?.headers.get("retry-after")]).toEqual([429, "1"]);
    expect(server.faults.injected.rate).toBe(1);
    await server.close();
    const other = clients(
      await start({ faults: { rate: { perSecond: 0, style: "403-rateLimitExceeded" } } }),
    );
    const forbidden = await failure(other.calendar.events.list({ calendarId: ALICE }));
    expect(forbidden.response?.data).toMatchObject({
      error: { code: 403, errors: [{ reason: "rateLimitExceeded", domain: "usageLimits" }] },
    });
  });

  it("fails a page in the middle of pagination with 503, and the same page token works on retry", async () => {
    const server = await start({ faults: { serverErrors: { every: 2 } } });
    const { calendar: cal } = clients(server);
    const first = await cal.events.list({ calendarId: ALICE, maxResults: 3 });
    const pageToken = first.data.nextPageToken ?? "";
    const failed = await failure(cal.events.list({ calendarId: ALICE, maxResults: 3, pageToken }));
    expect([failed.status, reason(failed)]).toEqual([503, "backendError"]);
    const second = await cal.events.list({ calendarId: ALICE, maxResults: 3, pageToken });
    expect(ids([first.data, second.data])).toHaveLength(6);
    expect(second.data.nextSyncToken).toBeTruthy();
  });

  it("would hide a 503 behind the SDK's default retry (why the tests pass retry: false)", async () => {
    const server = await start({ faults: { serverErrors: { every: 1 } } });
    const auth = fakeJwtClient(server.url, { subject: ALICE, scopes: [`${SCOPE}calendar.readonly`] });
    const retrying = calendar({
      version: "v3",
      auth,
      rootUrl: server.url,
      retryConfig: { retryDelay: 1, retryDelayMultiplier: 1 },
    });
    expect((await failure(retrying.events.list({ calendarId: ALICE }))).status).toBe(503);
    expect(server.faults.injected.serverErrors).toBe(4);
  });

  it("answers 502 with an HTML body", async () => {
    const server = await start({ faults: { badGateway: { every: 1 } } });
    const error = await failure(clients(server).calendar.events.list({ calendarId: ALICE }));
    expect(error.status).toBe(502);
    expect(error.response?.headers.get("content-type")).toMatch(/text\/html/);
    expect(String(error.response?.data)).toContain("<title>Error 502 (Server Error)!!1</title>");
  });

  it("never answers every Nth request, so client timeouts fire; close() still returns", async () => {
    const server = await start({ faults: { hangEvery: 1 } });
    const error = await failure(
      clients(server).calendar.events.list({ calendarId: ALICE }, { timeout: 200 }),
    );
    // gaxios resolves node-fetch here: a timeout is an abort with no response, not a TimeoutError.
    expect([error.response, error.message]).toEqual([undefined, "The operation was aborted."]);
    expect(server.faults.injected.hangEvery).toBe(1);
  });

  it("delays every answer by latencyMs", async () => {
    const server = await start({ latencyMs: 60 });
    const { calendar: cal } = clients(server);
    await cal.events.list({ calendarId: ALICE });
    const begin = Date.now();
    await cal.events.list({ calendarId: ALICE });
    expect(Date.now() - begin).toBeGreaterThanOrEqual(55);
  });
});
