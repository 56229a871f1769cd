/**
 * HTTP-level fake of Google Workspace APIs (Directory, Calendar, Drive, Docs and the OAuth token endpoint).
 *
 * Pointing the official SDKs at it:
 *   const fake = await startGoogleFake({ workspace: "test/fakes/fixtures/google-mini" });
 *   const jwt = fakeJwtClient(fake.url, { subject: "alice@…", scopes: [".../auth/calendar.readonly"] });
 *   const cal = calendar({ version: "v3", auth: jwt, rootUrl: fake.url, retry: false });
 * `retry: false` keeps gaxios from retrying 429/5xx behind the test's back.
 */
export { GOOGLE_TOKEN_URL, tokenRedirect } from "./auth.js";
export { type FakeJwtOptions, type FakeServiceAccount, fakeJwtClient, fakeServiceAccount } from "./client.js";
export type { FaultConfig, FaultName } from "./faults.js";
export type { Reply } from "./http.js";
export { type GoogleFake, type GoogleFakeOptions, startGoogleFake } from "./server.js";
export { FakeState } from "./state.js";
export type { Json } from "./workspace.js";
