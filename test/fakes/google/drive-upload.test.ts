/**
 * The fake's Drive uploads and their query clause, through the official SDK where it matters: what the
 * Google Doc writer relies on behaves as Drive does.
 */
import { fileURLToPath } from "node:url";
import { drive } from "@googleapis/drive";
import { afterEach, describe, expect, it } from "vitest";
import { parseQuery } from "./drive.js";
import { htmlToText, multipartParts } from "./drive-upload.js";
import { fakeJwtClient, type GoogleFake, startGoogleFake } from "./index.js";

const WORKSPACE = fileURLToPath(new URL("../fixtures/google-mini", import.meta.url));
const ALICE = "alice@atelier-mini.fr";
const SCOPE = "https://www.googleapis.com/auth/";

let fake: GoogleFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function client(scopes: string[]) {
  fake ??= await startGoogleFake({ workspace: WORKSPACE });
  const auth = fakeJwtClient(fake.url, { subject: ALICE, scopes: scopes.map((s) => SCOPE + s) });
  return { server: fake, drive: drive({ version: "v3", auth, rootUrl: fake.url, retry: false }) };
}

describe("Drive uploads in the fake", () => {
  it("imports a multipart HTML upload into a Google Doc and finds it by app property", async () => {
    const { server, drive: d } = await client(["drive.file"]);
    const created = await d.files.create(
      {
        requestBody: {
          name: "Weekly",
          mimeType: "application/vnd.google-apps.document",
          parents: ["fld-out"],
          appProperties: { k: "a|b" },
        },
        media: {
          mimeType: "text/html",
          body: "<html><head><style>p{}</style></head><p>Score&nbsp;72</p></html>",
        },
        fields: "id, name, mimeType",
      },
      { rootUrl: server.url },
    );
    expect(created.data).toMatchObject({ name: "Weekly", mimeType: "application/vnd.google-apps.document" });
    const id = String(created.data.id);
    expect(server.state.driveContents.get(id)).toMatchObject({
      sourceMimeType: "text/html",
      text: "Score 72",
    });
    const found = await d.files.list({
      q: "appProperties has { key='k' and value='a|b' } and trashed = false",
    });
    expect(found.data.files?.map((f) => f.id)).toEqual([id]);
    const other = await d.files.list({ q: "appProperties has { key='k' and value='a|c' }" });
    expect(other.data.files).toEqual([]);
    expect(server.requests.byRoute["POST /upload/drive/v3/files"]).toBe(1);
  });

  it("grants drive.file but still refuses a broad write scope", async () => {
    const { drive: d } = await client(["drive"]);
    const error = await d.files.list({}).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/invalid_scope/);
  });

  it("refuses uploads to a read-only token with 403 insufficientPermissions", async () => {
    const { server, drive: d } = await client(["drive.readonly"]);
    const error = await d.files
      .create(
        { requestBody: { name: "x" }, media: { mimeType: "text/plain", body: "x" } },
        { rootUrl: server.url },
      )
      .catch((e: { status?: number }) => e);
    expect((error as { status?: number }).status).toBe(403);
    expect(server.state.appFiles.size).toBe(0);
  });

  it("parses the SDK's multipart/related body, the appProperties clause and HTML text", () => {
    const body =
      '--b1\r\ncontent-type: application/json\r\n\r\n{"name":"n"}\r\n--b1\r\ncontent-type: text/html\r\n\r\n<p>a</p>\r\n--b1--';
    expect(multipartParts(body, "b1")).toEqual([
      { contentType: "application/json", body: '{"name":"n"}' },
      { contentType: "text/html", body: "<p>a</p>" },
    ]);
    const predicates = parseQuery(
      "appProperties has { key='vigieKey' and value='t|2026-W47' } and trashed = false",
    );
    expect(predicates).toHaveLength(2);
    const file = { appProperties: { vigieKey: "t|2026-W47" }, trashed: false };
    expect(predicates?.every((p) => p(file))).toBe(true);
    expect(parseQuery("name = 'a and b' and trashed = false")).toHaveLength(2);
    expect(htmlToText("<h1>T&amp;C</h1><table><tr><td>a</td><td>b</td></tr></table>")).toBe("T&C\na b");
  });
});
