import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Note, Tenant } from "../../../../src/core/model.js";
import { parseTenant } from "../../../../src/core/tenant.js";
import { createNotionSyncer } from "../../../../src/sources/notion/live/notion-syncer.js";
import type { SyncResult } from "../../../../src/sources/sync/types.js";
import { readWorkspace } from "../../../../src/sources/workspace-folder.js";
import { type NotionFake, startNotionFake } from "../../../fakes/notion/index.js";
import { MemoryWriter, testClient, testUpstream } from "./harness.js";

const DEMO = join(import.meta.dirname, "../../../../fixtures/demo");
const TOKEN = "secret_sync_test";
const NOTE = "0198584e-e712-4141-b083-236333eb91b0";

let fake: NotionFake;
let clock: Date;
let tenant: Tenant;
const temps: string[] = [];

beforeEach(async () => {
  // After every edit time of the demo, so that their minutes are over.
  clock = new Date("2026-12-01T10:00:30.000Z");
  fake = await startNotionFake({ workspace: DEMO, token: TOKEN, now: () => new Date(clock) });
  tenant = parseTenant(JSON.parse(await readFile(join(DEMO, "tenant.json"), "utf8")), "tenant.json");
});

afterEach(async () => {
  await fake.close();
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

function syncer() {
  return createNotionSyncer({
    notion: testClient(fake.url, TOKEN),
    upstream: testUpstream(),
    now: () => new Date(clock),
  });
}

async function run(out: MemoryWriter, state: Record<string, unknown> = {}): Promise<SyncResult> {
  return syncer().sync({ tenant, out, state, progress: () => {} });
}

/** The Notion notes `readWorkspace` finds in a folder, in a comparable form. */
async function notionNotes(dir: string): Promise<Partial<Note>[]> {
  const snapshot = await readWorkspace(dir);
  return snapshot.notes
    .filter((n) => n.source === "page")
    .map(({ id, title, date, lines, url, eventId, kind }) => ({ id, title, date, lines, url, eventId, kind }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function folderOf(out: MemoryWriter): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-notion-sync-"));
  temps.push(dir);
  await out.dump(dir);
  await cp(join(DEMO, "tenant.json"), join(dir, "tenant.json"));
  await cp(join(DEMO, "google/directory"), join(dir, "google/directory"), { recursive: true });
  return dir;
}

const childListsOf = (id: string) =>
  fake.requests.log.filter((e) => e.route === "GET /v1/blocks/{id}/children" && e.path.includes(id)).length;

describe("Notion syncer against the fake", () => {
  it("writes files the workspace reader reads back as the same notes", async () => {
    const out = new MemoryWriter();
    const first = await run(out);
    expect(first.warnings).toEqual([]);
    expect(first.written.pages).toBe(83);
    expect(first.requests).toBe(84);
    expect([...out.files.keys()].filter((k) => k.startsWith("notion/pages/"))).toHaveLength(83);
    const synced = await notionNotes(await folderOf(out));
    expect(synced.length).toBeGreaterThan(70);
    expect(synced).toEqual(await notionNotes(DEMO));
  });

  it("sends far fewer requests when nothing changed, and re-fetches an edited page once", async () => {
    const out = new MemoryWriter();
    const first = await run(out);
    const second = await run(out, first.state);
    expect(second.written.pages).toBe(0);
    // 83 rows (the strategy page among them): a query and 83 block lists. Then a query of edits, one
    // of the trash, and the strategy page's retrieve (it was not edited, so not in the listing).
    expect(first.requests).toBe(84);
    expect(second.requests).toBe(3);

    clock = new Date("2026-12-01T11:20:10.000Z");
    const notion = testClient(fake.url, TOKEN);
    await notion.blocks.children.append({
      block_id: NOTE,
      children: [{ paragraph: { rich_text: [{ text: { content: "Décision : on garde le CODIR." } }] } }],
    });
    const listsBefore = childListsOf(NOTE);
    clock = new Date("2026-12-01T11:25:00.000Z");
    const third = await run(out, second.state);
    expect(third.written.pages).toBe(1);
    expect(third.requests).toBe(4);
    expect(childListsOf(NOTE) - listsBefore).toBe(1);
    const blocks = JSON.stringify(await out.readJson(`notion/blocks/${NOTE}.json`));
    expect(blocks).toContain("on garde le CODIR");
    const fourth = await run(out, third.state);
    expect(fourth.written.pages).toBe(0);
  });

  it("re-fetches a page edited in the minute it was fetched", async () => {
    const out = new MemoryWriter();
    const first = await run(out);
    clock = new Date("2026-12-01T11:20:10.000Z");
    const notion = testClient(fake.url, TOKEN);
    await notion.blocks.children.append({
      block_id: NOTE,
      children: [{ paragraph: { rich_text: [{ text: { content: "un" } }] } }],
    });
    const second = await run(out, first.state);
    expect(second.written.pages).toBe(1);
    clock = new Date("2026-12-01T11:20:40.000Z");
    await notion.blocks.children.append({
      block_id: NOTE,
      children: [{ paragraph: { rich_text: [{ text: { content: "deux" } }] } }],
    });
    // Same rounded edit time as before, but the first fetch happened inside that minute.
    const third = await run(out, second.state);
    expect(third.written.pages).toBe(1);
    expect(JSON.stringify(await out.readJson(`notion/blocks/${NOTE}.json`))).toContain("deux");
  });

  it("removes the files of a trashed note and of an unshared strategy page", async () => {
    const out = new MemoryWriter();
    const first = await run(out);
    clock = new Date("2026-12-01T12:00:00.000Z");
    await testClient(fake.url, TOKEN).pages.update({ page_id: NOTE, in_trash: true });
    const strategy = tenant.sources.notionStrategyPageIds?.[0] ?? "";
    fake.unshare(strategy);
    const second = await run(out, first.state);
    expect(out.files.has(`notion/pages/${NOTE}.json`)).toBe(false);
    expect(out.files.has(`notion/blocks/${NOTE}.json`)).toBe(false);
    expect(out.files.has(`notion/pages/${strategy}.json`)).toBe(false);
    expect(second.written.removed).toBe(2);
    expect(second.warnings).toEqual([expect.stringContaining(strategy)]);
    // The strategy page is also a row of the notes data source: 83 pages in all, two gone.
    expect(Object.keys(second.state.pages as object)).toHaveLength(81);
  });

  it("stores nested children of toggles and lists inside their parent block", async () => {
    const notion = testClient(fake.url, TOKEN);
    await notion.blocks.children.append({
      block_id: NOTE,
      children: [
        {
          toggle: {
            rich_text: [{ text: { content: "Détails" } }],
            children: [
              {
                bulleted_list_item: {
                  rich_text: [{ text: { content: "Point imbriqué" } }],
                  children: [{ paragraph: { rich_text: [{ text: { content: "Niveau 3" } }] } }],
                },
              },
            ],
          },
        },
      ],
    });
    const out = new MemoryWriter();
    await run(out);
    const lists = (await out.readJson(`notion/blocks/${NOTE}.json`)) as {
      results: Record<string, unknown>[];
    }[];
    const toggle = lists.flatMap((l) => l.results).find((b) => b.type === "toggle");
    const lists2 = (toggle?.children ?? []) as { results: Record<string, unknown>[] }[];
    const nested = lists2[0]?.results[0];
    expect(nested).toMatchObject({ type: "bulleted_list_item" });
    expect(JSON.stringify(nested?.children)).toContain("Niveau 3");
  });

  it("names the setting when the notes data source is not shared", async () => {
    fake.unshare(tenant.sources.notionNotesDataSourceId ?? "");
    await expect(run(new MemoryWriter())).rejects.toThrow(/sources\.notionNotesDataSourceId/);
  });
});
