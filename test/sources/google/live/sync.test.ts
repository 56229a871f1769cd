import { readFile } from "node:fs/promises";
import { join } from "node:path";
/**
 * The live Google syncer end to end, through the official SDKs, against the HTTP fake of Google.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readWorkspace } from "../../../../src/sources/workspace-folder.js";
import { type GoogleFake, startGoogleFake } from "../../../fakes/google/index.js";
import {
  calendarItems,
  cleanTemps,
  folderContents,
  harness,
  MINI,
  MINI_ADMIN,
  outputFolder,
  seedTenant,
} from "./harness.js";

const ALICE = "alice@atelier-mini.fr";
let fake: GoogleFake | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await cleanTemps();
});

async function start(options: Partial<Parameters<typeof startGoogleFake>[0]> = {}) {
  fake = await startGoogleFake({ workspace: MINI, ...options });
  return fake;
}

describe("first sync", () => {
  it("writes a folder the workspace reader reads as it reads the seed", async () => {
    const server = await start({ pageSizeCap: 2 });
    const out = await outputFolder(MINI);
    const h = harness(server, MINI_ADMIN);
    const result = await h.run(out, await seedTenant(MINI));
    const [synced, seed] = await Promise.all([readWorkspace(out), readWorkspace(MINI)]);
    expect(synced.people).toEqual(seed.people);
    expect(synced.meetings).toEqual(seed.meetings);
    expect(synced.notes.map((n) => n.id)).toEqual(seed.notes.map((n) => n.id));
    expect(synced.notes.length).toBeGreaterThan(0);
    // The document is synced without its pending suggestion ("et deux achats").
    const saved = JSON.stringify(await readFile(join(out, "google/docs/doc-codir-1.json"), "utf8"));
    expect(saved).toContain("on recrute un commercial.");
    expect(saved).not.toContain("deux achats");
    expect(result.written).toMatchObject({ users: 4, files: 3, docs: 2 });
    expect(result.warnings.join("\n")).toMatch(
      /document skipped: Google GET \/v1\/documents\/doc-codir-2: 404/,
    );
    expect(h.progress.at(-1)).toMatch(/^5\/5 /);
  });

  it("reads each user's calendar as that user, and the directory as the admin", async () => {
    const server = await start();
    const h = harness(server, MINI_ADMIN);
    await h.run(await outputFolder(MINI), await seedTenant(MINI));
    const subjects = [...server.state.accessTokens.values()].map((t) => t.sub).sort();
    expect(subjects).toEqual([
      ALICE,
      "bob@atelier-mini.fr",
      "chloe@atelier-mini.fr",
      "david@atelier-mini.fr",
    ]);
  });

  it("reads only the configured calendars when the tenant names them", async () => {
    const server = await start();
    const out = await outputFolder(MINI);
    const tenant = await seedTenant(MINI);
    await harness(server, MINI_ADMIN).run(out, {
      ...tenant,
      sources: { ...tenant.sources, calendars: [ALICE] },
    });
    expect(Object.keys(await folderContents(out)).filter((f) => f.includes("calendar"))).toEqual([
      `google/calendar/${ALICE}.json`,
    ]);
  });
});

describe("second sync", () => {
  it("sends far fewer requests and changes nothing when nothing changed", async () => {
    const server = await start({ pageSizeCap: 2 });
    const out = await outputFolder(MINI);
    const h = harness(server, MINI_ADMIN);
    const tenant = await seedTenant(MINI);
    const first = await h.run(out, tenant);
    const before = await folderContents(out);
    const second = await h.run(out, tenant, first.state);
    expect(await folderContents(out)).toEqual(before);
    expect(second.written).toEqual({ users: 0, events: 0, files: 0, docs: 0 });
    // 2 directory pages + 4 calendars (one delta page each) + 1 changes page.
    expect(second.requests).toBe(7);
    expect(second.requests).toBeLessThan(first.requests / 2);
  });

  it("applies added, modified and cancelled events exactly once", async () => {
    const server = await start();
    const out = await outputFolder(MINI);
    const h = harness(server, MINI_ADMIN);
    const tenant = await seedTenant(MINI);
    const first = await h.run(out, tenant);
    const added = server.addEvent(ALICE, {
      summary: "CODIR exceptionnel",
      start: { dateTime: "2026-11-24T09:00:00+01:00" },
      end: { dateTime: "2026-11-24T10:00:00+01:00" },
      attendees: [{ email: ALICE, responseStatus: "accepted" }, { email: "bob@atelier-mini.fr" }],
    });
    server.updateEvent(ALICE, "evt002", { summary: "Point Ventes (déplacé)" });
    server.cancelEvent(ALICE, "evt003");
    const second = await h.run(out, tenant, first.state);
    expect(second.written.events).toBe(3);
    const items = await calendarItems(out, ALICE);
    const ids = items.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(items.filter((e) => e.id === added.id)).toHaveLength(1);
    expect(items.find((e) => e.id === "evt002")?.summary).toBe("Point Ventes (déplacé)");
    // The bare cancellation is laid over what was known: still titled and dated, now cancelled.
    expect(items.find((e) => e.id === "evt003")).toMatchObject({
      status: "cancelled",
      start: expect.any(Object),
    });
    const snapshot = await readWorkspace(out);
    expect(snapshot.meetings.filter((m) => m.title === "CODIR exceptionnel")).toHaveLength(1);
    const third = await h.run(out, tenant, second.state);
    expect(third.written.events).toBe(0);
  });

  it("answers 410 with a clean full resync of that calendar only, nothing counted twice", async () => {
    const server = await start();
    const out = await outputFolder(MINI);
    const h = harness(server, MINI_ADMIN);
    const tenant = await seedTenant(MINI);
    const first = await h.run(out, tenant);
    const aliceBefore = await calendarItems(out, ALICE);
    server.expireSyncToken(ALICE);
    server.updateEvent(ALICE, "evt001", { summary: "CODIR (salle B)" });
    const calls = { ...server.requests.byPath };
    const second = await h.run(out, tenant, first.state);
    const items = await calendarItems(out, ALICE);
    expect(items.map((e) => e.id).sort()).toEqual(aliceBefore.map((e) => e.id).sort());
    expect(items.find((e) => e.id === "evt001")?.summary).toBe("CODIR (salle B)");
    const path = `/calendar/v3/calendars/${ALICE}/events`;
    expect((server.requests.byPath[path] ?? 0) - (calls[path] ?? 0)).toBe(2); // the 410, then the full listing
    const bob = "/calendar/v3/calendars/bob@atelier-mini.fr/events";
    expect((server.requests.byPath[bob] ?? 0) - (calls[bob] ?? 0)).toBe(1);
    expect(second.written.events).toBe(aliceBefore.length);
    const snapshot = await readWorkspace(out);
    expect(new Set(snapshot.meetings.map((m) => m.key)).size).toBe(snapshot.meetings.length);
    const third = await h.run(out, tenant, second.state);
    expect(third.written.events).toBe(0);
  });

  it("fetches only the documents whose file changed, and drops those that left the folder", async () => {
    const server = await start();
    const out = await outputFolder(MINI);
    const h = harness(server, MINI_ADMIN);
    const tenant = await seedTenant(MINI);
    const first = await h.run(out, tenant);
    server.setDocument("doc-codir-3", { title: "CR CODIR 30/11", body: { content: [] } });
    server.addDriveFile({ id: "doc-codir-3", name: "CR CODIR 30/11", parents: ["fld-notes"] });
    server.updateDriveFile("doc-retro-1", { trashed: true });
    const docsBefore = server.requests.byPath["/v1/documents/doc-codir-1"];
    const second = await h.run(out, tenant, first.state);
    expect(second.written).toMatchObject({ files: 2, docs: 1 });
    const files = Object.keys(await folderContents(out)).filter((f) => f.startsWith("google/docs/"));
    expect(files.sort()).toEqual(["google/docs/doc-codir-1.json", "google/docs/doc-codir-3.json"]);
    expect(server.requests.byPath["/v1/documents/doc-codir-1"]).toBe(docsBefore);
    const listed = JSON.parse((await folderContents(out))["google/drive/files.json"] ?? "{}");
    expect(listed.files.map((f: { id: string }) => f.id)).toEqual([
      "doc-codir-1",
      "doc-codir-2",
      "doc-codir-3",
    ]);
  });
});
