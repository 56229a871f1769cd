import { describe, expect, it } from "vitest";
import { extractNotesInParallel } from "../../src/app/extract-pool.js";
import { ceoNamesOf, noteInput, prepareSnapshot } from "../../src/core/context.js";
import { extractNote } from "../../src/core/text/extract.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";

const DEMO = "fixtures/demo";

describe("note extraction on worker threads", () => {
  it("gives every note the lines the single-thread extractor gives, in the notes' order", async () => {
    const snapshot = await readWorkspace(DEMO);
    // Forced onto two workers although the demo is small.
    const done = await extractNotesInParallel(snapshot, { threads: 2, minNotes: 1 });
    expect(done).toBe(snapshot.notes.length);
    const prepared = prepareSnapshot(snapshot);
    const ceoNames = ceoNamesOf(prepared.tenant, prepared.people);
    const byId = new Map(snapshot.notes.map((n) => [n.id, n]));
    const analysed = [...prepared.meetingNotes, ...prepared.strategy];
    expect(analysed).toHaveLength(snapshot.notes.length);
    for (const a of analysed) {
      const note = byId.get(a.id);
      if (!note) throw new Error(`no note ${a.id}`);
      expect(a.extracted).toEqual(extractNote(noteInput(note), { ceoNames }));
    }
    // The lines are cached: a second call has nothing left to extract.
    expect(await extractNotesInParallel(snapshot, { threads: 2, minNotes: 1 })).toBe(0);
  });

  it("leaves small workspaces to the single thread", async () => {
    const snapshot = await readWorkspace(DEMO);
    expect(await extractNotesInParallel(snapshot, { threads: 2, minNotes: 10_000 })).toBe(0);
    expect(await extractNotesInParallel(snapshot, { threads: 1, minNotes: 1 })).toBe(0);
  });

  it.each([
    ["exits before answering", "exits.mjs", /note extraction worker failed: it stopped \(exit code 3\)/],
    ["fails to load", "throws.mjs", /note extraction worker failed: extractor module broken/],
  ])("reports a worker that %s as a clear error", async (_, file, message) => {
    const snapshot = await readWorkspace(DEMO);
    const worker = new URL(`./workers/${file}`, import.meta.url);
    // Renamed notes: not already in the extraction cache from the tests above.
    const fresh = { ...snapshot, notes: snapshot.notes.map((n) => ({ ...n, id: `${n.id}-${file}` })) };
    await expect(extractNotesInParallel(fresh, { threads: 2, minNotes: 1, worker })).rejects.toThrow(message);
  });
});
