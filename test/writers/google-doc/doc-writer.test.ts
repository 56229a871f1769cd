/**
 * The Google Doc writer through the official Drive SDK against the Google fake (HTTP on loopback): one doc
 * per (tenant, week), created once, updated only when the page changed, never duplicated by a retried
 * create, written with `drive.file` only, and nothing secret printed.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { UpstreamError } from "../../../src/core/errors.js";
import type { Report } from "../../../src/core/report.js";
import {
  GOOGLE_DOC_WRITE_SCOPE,
  GOOGLE_READ_ONLY_SCOPES,
  GoogleClients,
} from "../../../src/upstream/google/clients.js";
import { makeCredentials } from "../../../src/upstream/google/credentials.js";
import { upstreamClassifier } from "../../../src/upstream/google/errors.js";
import { Upstream } from "../../../src/upstream/upstream.js";
import {
  createGoogleDocWriter,
  DOC_HASH_PROPERTY,
  GOOGLE_DOC_MIME_TYPE,
  type WeeklyDocInput,
  writeWeeklyDoc,
} from "../../../src/writers/google-doc/index.js";
import {
  type FaultConfig,
  fakeServiceAccount,
  type GoogleFake,
  startGoogleFake,
} from "../../fakes/google/index.js";
import { MINI, MINI_ADMIN } from "../../sources/google/live/harness.js";
import { sampleReport } from "../sample-report.js";

const FOLDER = "fld-weekly";
const TENANT = { id: "atelier-mini", name: "Atelier Mini SAS" };
const CREATE = "POST /upload/drive/v3/files";
const LIST = "GET /drive/v3/files";

let fake: GoogleFake | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await fake?.close();
  fake = undefined;
});

interface Setup {
  fake: GoogleFake;
  /** A fresh writer (own token, own Upstream) per run, as each `vigie run` builds one. */
  writer(): ReturnType<typeof createGoogleDocWriter>;
  sleeps: number[];
  retries: string[];
  /** Docs the fake holds that Vigie created (not the seeded notes). */
  docs(): Array<Record<string, unknown>>;
  content(fileId: string): string;
}

/** The fake's clock only moves when the Upstream sleeps, so Retry-After is honoured without waiting. */
async function setUp(faults: FaultConfig = {}): Promise<Setup> {
  let clock = Date.now();
  const server = await startGoogleFake({ workspace: MINI, faults, now: () => clock });
  fake = server;
  const key = fakeServiceAccount();
  const credentials = makeCredentials(key.client_email, key.private_key, MINI_ADMIN);
  const sleeps: number[] = [];
  const retries: string[] = [];
  return {
    fake: server,
    sleeps,
    retries,
    writer: () =>
      createGoogleDocWriter({
        credentials,
        rootUrl: server.url,
        tokenUrl: `${server.url}/token`,
        upstream: {
          intervalCap: 1000,
          sleep: async (ms) => {
            sleeps.push(ms);
            clock += ms;
          },
          onRetry: ({ label, delayMs, error }) => retries.push(`${label} +${delayMs}ms: ${error.message}`),
        },
      }),
    docs: () =>
      [...server.state.appFiles]
        .map((id) => server.state.driveFiles.get(id))
        .filter((stored) => stored && !stored.removed)
        .map((stored) => stored?.value as Record<string, unknown>),
    content: (fileId) => server.state.driveContents.get(fileId)?.text ?? "",
  };
}

function input(report: Report = sampleReport("fr")): WeeklyDocInput {
  return { folderId: FOLDER, tenant: TENANT, week: report.week, report };
}

function changed(): Report {
  return { ...sampleReport("fr"), score: 41, status: "alert" };
}

describe("writeWeeklyDoc", () => {
  it("creates one Google Doc in the folder, named and keyed, from the page's HTML", async () => {
    const s = await setUp();
    const w = s.writer();
    const result = await w.write(input());
    expect(result).toMatchObject({ created: true, uploaded: true });
    expect(result.url).toBe(`https://docs.google.com/document/d/${result.fileId}/edit`);
    const docs = s.docs();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      id: result.fileId,
      name: "Vigie — Atelier Mini SAS — 2026-W47",
      mimeType: GOOGLE_DOC_MIME_TYPE,
      parents: [FOLDER],
      trashed: false,
      appProperties: {
        vigieKey: "atelier-mini|2026-W47",
        [DOC_HASH_PROPERTY]: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    // Converted: the doc holds the page's text, not its markup.
    const text = s.content(result.fileId);
    expect(text).toContain("Atelier Dupont SAS");
    expect(text).not.toMatch(/<\/?(html|style|div)\b/);
    expect(s.fake.state.driveContents.get(result.fileId)?.sourceMimeType).toBe("text/html");
    // One lookup, one upload: the minimum for a doc that does not exist yet.
    expect(w.upstream.requests).toBe(2);
    expect(s.fake.requests.byRoute[LIST]).toBe(1);
    expect(s.fake.requests.byRoute[CREATE]).toBe(1);
  });

  it("sends no upload when re-run with the same report, and updates the same doc when it changed", async () => {
    const s = await setUp();
    const first = await s.writer().write(input());

    const again = s.writer();
    const second = await again.write(input());
    expect(second).toEqual({ ...first, created: false, uploaded: false });
    expect(again.upstream.requests).toBe(1);
    expect(s.fake.requests.byRoute[CREATE]).toBe(1);
    expect(s.fake.requests.byRoute[`PATCH /upload/drive/v3/files/${first.fileId}`]).toBeUndefined();

    const before = s.docs()[0]?.appProperties as Record<string, string>;
    const update = s.writer();
    const third = await update.write(input(changed()));
    expect(third).toEqual({ ...first, created: false, uploaded: true });
    expect(update.upstream.requests).toBe(2);
    expect(s.fake.requests.byRoute[`PATCH /upload/drive/v3/files/${first.fileId}`]).toBe(1);
    expect(s.fake.requests.byRoute[CREATE]).toBe(1);
    const docs = s.docs();
    expect(docs).toHaveLength(1);
    const after = docs[0]?.appProperties as Record<string, string>;
    expect(after.vigieKey).toBe(before.vigieKey);
    expect(after[DOC_HASH_PROPERTY]).not.toBe(before[DOC_HASH_PROPERTY]);
    expect(docs[0]?.mimeType).toBe(GOOGLE_DOC_MIME_TYPE);
    expect(s.content(first.fileId)).toMatch(/\b41\b/);
  });

  it("keeps one doc per week and per tenant", async () => {
    const s = await setUp();
    const w = s.writer();
    const a = await w.write(input());
    const b = await w.write({ ...input(), week: "2026-W48" });
    const c = await w.write({ ...input(), tenant: { id: "autre", name: "Autre SA" } });
    expect(new Set([a.fileId, b.fileId, c.fileId]).size).toBe(3);
    expect(s.docs().map((d) => d.name)).toEqual([
      "Vigie — Atelier Mini SAS — 2026-W47",
      "Vigie — Atelier Mini SAS — 2026-W48",
      "Vigie — Autre SA — 2026-W47",
    ]);
  });

  it("ends with exactly one doc when the create is committed but answered 500", async () => {
    const s = await setUp({ failAfterCommit: { path: "/upload/drive/v3/files", times: 1 } });
    const w = s.writer();
    const result = await w.write(input());
    expect(s.fake.faults.injected.failAfterCommit).toBe(1);
    expect(s.docs()).toHaveLength(1);
    expect(result).toMatchObject({ fileId: s.docs()[0]?.id, created: true });
    // list, create (500), lookup that finds the committed doc: no second create.
    expect(s.fake.requests.byRoute[CREATE]).toBe(1);
    expect(s.fake.requests.byRoute[LIST]).toBe(2);
    expect(w.upstream.requests).toBe(3);

    const rerun = await s.writer().write(input());
    expect(rerun).toMatchObject({ fileId: result.fileId, created: false, uploaded: false });
    expect(s.docs()).toHaveLength(1);
  });

  it("retries an update that failed with a 503 (by id: idempotent) and lands it once", async () => {
    // API requests: list (1), create (2); then list (3), update (4: 503), update again (5).
    const s = await setUp({ serverErrors: { every: 4, status: 503 } });
    const first = await s.writer().write(input());
    const update = s.writer();
    const result = await update.write(input(changed()));
    expect(result).toMatchObject({ fileId: first.fileId, created: false, uploaded: true });
    expect(s.fake.faults.injected.serverErrors).toBe(1);
    expect(s.fake.requests.byRoute[`PATCH /upload/drive/v3/files/${first.fileId}`]).toBe(2);
    expect(s.retries).toEqual([expect.stringMatching(/^drive\.files\.update \+500ms: .*503/)]);
    expect(s.docs()).toHaveLength(1);
    expect(s.content(first.fileId)).toMatch(/\b41\b/);
  });

  it("honours Retry-After on a 429 and still creates one doc", async () => {
    const s = await setUp({ rate: { perSecond: 1, style: "429" } });
    const w = s.writer();
    await w.write(input());
    expect(s.fake.faults.injected.rate).toBe(1);
    expect(s.sleeps).toEqual([1000]);
    expect(s.retries).toEqual([
      expect.stringMatching(/^drive\.files\.create \+1000ms: Google POST \/upload\/drive\/v3\/files: 429/),
    ]);
    expect(s.docs()).toHaveLength(1);
    // A 429 is refused before anything is written: retried without a lookup.
    expect(s.fake.requests.byRoute[LIST]).toBe(1);
    expect(s.fake.requests.byRoute[CREATE]).toBe(2);
  });
});

describe("scopes", () => {
  it("writes with drive.file only, and every reader stays read-only", async () => {
    const s = await setUp();
    await s.writer().write(input());
    const tokens = [...s.fake.state.accessTokens.values()];
    expect(tokens.map((t) => t.scopes)).toEqual([[GOOGLE_DOC_WRITE_SCOPE]]);
    expect(GOOGLE_DOC_WRITE_SCOPE).toBe("https://www.googleapis.com/auth/drive.file");
    expect(GOOGLE_READ_ONLY_SCOPES).not.toContain(GOOGLE_DOC_WRITE_SCOPE);
    expect(GOOGLE_READ_ONLY_SCOPES.every((scope) => scope.endsWith(".readonly"))).toBe(true);
  });

  it("a reader's Drive client can never write: the fake answers 403 and nothing is created", async () => {
    const s = await setUp();
    const key = fakeServiceAccount();
    const readers = new GoogleClients(makeCredentials(key.client_email, key.private_key, MINI_ADMIN), {
      rootUrl: s.fake.url,
      tokenUrl: `${s.fake.url}/token`,
    });
    const upstream = new Upstream({ name: "google", sleep: async () => {} }, upstreamClassifier);
    // The lookup is a read and passes; the upload is refused for lack of a write scope.
    const error = await writeWeeklyDoc(readers.drive(MINI_ADMIN), upstream, input()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).status).toBe(403);
    expect((error as UpstreamError).message).toMatch(/insufficientPermissions/);
    expect(s.docs()).toHaveLength(0);
    expect(s.fake.requests.byRoute[CREATE]).toBe(1);
    for (const token of s.fake.state.accessTokens.values())
      expect(token.scopes).toEqual([...GOOGLE_READ_ONLY_SCOPES]);
  });

  it("drive.file cannot touch a file Vigie did not create", async () => {
    const s = await setUp();
    const { drive } = s.writer();
    // A seeded meeting note: invisible to the writer's token, so neither listed nor updatable.
    const listed = await drive.files.list({ q: "'fld-notes' in parents and trashed = false" });
    expect(listed.data.files).toEqual([]);
    // Uploads need the root per request: googleapis-common does not apply a client's rootUrl to them.
    const error = await drive.files
      .update(
        { fileId: "doc-codir-1", requestBody: { name: "x" }, media: { mimeType: "text/plain", body: "x" } },
        { rootUrl: s.fake.url },
      )
      .catch((e: { status?: number }) => e);
    expect((error as { status?: number }).status).toBe(404);
    expect(s.fake.state.driveFiles.get("doc-codir-1")?.value.name).toBe("CR CODIR 16/11");
  });
});

describe("key material", () => {
  it("never appears in what is printed, retried or returned, even through faults", async () => {
    const s = await setUp({
      rate: { perSecond: 2, style: "429" },
      failAfterCommit: { path: /^\/upload\/drive\/v3\/files/, times: 2 },
    });
    const key = fakeServiceAccount();
    const canaries = key.private_key.split("\n").filter((line) => line.length > 40);
    const printed: string[] = [];
    const record = (...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
      return true;
    };
    for (const method of ["log", "info", "warn", "error", "debug"] as const)
      vi.spyOn(console, method).mockImplementation(record);
    vi.spyOn(process.stdout, "write").mockImplementation(record);
    vi.spyOn(process.stderr, "write").mockImplementation(record);
    const results: unknown[] = [];
    try {
      results.push(await s.writer().write(input()));
      results.push(await s.writer().write(input(changed())));
      results.push(await s.writer().write(input()));
    } finally {
      vi.restoreAllMocks();
    }
    expect(s.fake.faults.injected.failAfterCommit).toBe(2);
    expect(s.docs()).toHaveLength(1);
    const seen = [...printed, ...s.retries, JSON.stringify(results)].join("\n");
    expect(s.retries.length).toBeGreaterThan(0);
    for (const canary of canaries) expect(seen).not.toContain(canary);
    for (const token of s.fake.state.accessTokens.keys()) expect(seen).not.toContain(token);
    // Nor the page's content: errors carry the method and path, never a request body.
    expect(seen).not.toContain("Atelier Dupont SAS");
  });
});
