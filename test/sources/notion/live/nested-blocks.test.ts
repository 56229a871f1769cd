import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseTenant } from "../../../../src/core/tenant.js";
import { blockLines } from "../../../../src/sources/notion/block-text.js";
import { createNotionSyncer } from "../../../../src/sources/notion/live/notion-syncer.js";
import { type NotionFake, startNotionFake } from "../../../fakes/notion/index.js";
import { MemoryWriter, testClient, testUpstream } from "./harness.js";

const WORKSPACE = join(import.meta.dirname, "../../../fixtures/notion-nested");
const TOKEN = "secret_nested_test";
const NOTE = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const SHARED = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e60";
const tenant = parseTenant(
  {
    id: "acme",
    name: "Acme",
    timezone: "Europe/Paris",
    locale: "fr",
    ceo: "ceo@acme.fr",
    rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
    sources: { notionNotesDataSourceId: "d5d5d5d5-1111-4222-8333-444444444444" },
  },
  "tenant.json",
);

let fake: NotionFake;
beforeEach(async () => {
  fake = await startNotionFake({
    workspace: WORKSPACE,
    token: TOKEN,
    now: () => new Date("2026-12-01T10:00:00Z"),
  });
});
afterEach(() => fake.close());

async function syncNote() {
  const out = new MemoryWriter();
  const syncer = createNotionSyncer({ notion: testClient(fake.url, TOKEN), upstream: testUpstream() });
  const result = await syncer.sync({ tenant, out, state: {}, progress: () => {} });
  return { result, lines: blockLines(await out.readJson(`notion/blocks/${NOTE}.json`), "b") };
}

describe("nested Notion content through the sync", () => {
  it("reads toggles, columns, tables, a synced block's original and meeting notes without the transcript", async () => {
    const { result, lines } = await syncNote();
    expect(result.warnings).toEqual([]);
    expect(lines).toContain("Décision : on gèle les embauches jusqu'en janvier.");
    expect(lines).toContain("Montant : 40 k€");
    expect(lines).toContain("[x] Léa relance le client");
    expect(lines).toContain("Sujet: Tarifs 2027 | Décision: On garde la grille | Responsable: Marie");
    // The duplicate has no children of its own: the text is the original's, on another page.
    expect(lines).toContain("Rappel : les OKR T1 sont figés");
    expect(lines).toContain("L'équipe décide de lancer la bêta le 5 décembre.");
    expect(lines.join("\n")).not.toContain("bon euh");
  });

  it("warns and reads the rest when a synced block's original is not shared", async () => {
    fake.unshare(SHARED);
    const { result, lines } = await syncNote();
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^notion\/blocks\/7c1d2e3f-.*\.json: synced block \S+: its original 00000000-0000-4000-8000-0000000000aa is not shared/,
      ),
    ]);
    expect(lines).not.toContain("Rappel : les OKR T1 sont figés");
    expect(lines).toContain("Montant : 40 k€");
  });
});
