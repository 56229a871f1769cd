import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BadInputError } from "../../src/core/errors.js";
import { parseCorpus, readNoteCorpus } from "../../src/sources/note-corpus.js";

const ok = {
  id: "fr-1",
  locale: "fr",
  register: "bullet",
  date: "2026-11-24",
  text: "- Paul : relancer le client vendredi",
  kind: "action",
  owner: "Paul",
  due: "2026-11-27",
};
const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join("\n");

function error(text: string): BadInputError {
  try {
    parseCorpus(text, "dev.jsonl");
  } catch (e) {
    if (e instanceof BadInputError) return e;
    throw e;
  }
  throw new Error("expected a BadInputError");
}

describe("note corpus files", () => {
  it("reads records with defaults for the optional keys", () => {
    expect(parseCorpus(`${jsonl(ok)}\n\n`, "dev.jsonl")).toEqual([{ ...ok, ceo: null, context: [] }]);
  });

  it("names the file, the line and the field of a bad label", () => {
    expect(error(jsonl(ok, { ...ok, id: "fr-2", kind: "decison" })).message).toMatch(
      /^dev\.jsonl: line 2: kind: /,
    );
    expect(error(jsonl({ ...ok, due: "27/11" })).message).toMatch(/line 1: due: expected "YYYY-MM-DD"/);
    expect(error(jsonl({ ...ok, due: "2026-02-30" })).message).toMatch(
      /line 1: due: expected a real calendar date/,
    );
    expect(error(jsonl({ ...ok, onwer: "Paul" })).message).toMatch(/line 1: /);
    expect(error("{not json").message).toMatch(/line 1: invalid JSON/);
  });

  it("rejects a duplicate id, which would count a line twice", () => {
    expect(error(jsonl(ok, ok)).message).toMatch(/line 2: id: duplicate id "fr-1"/);
  });

  it("reads every .jsonl split of a folder by name, and nothing from a missing folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vigie-corpus-"));
    await writeFile(join(dir, "b.jsonl"), jsonl(ok));
    await writeFile(join(dir, "a.jsonl"), jsonl({ ...ok, id: "fr-2" }));
    await writeFile(join(dir, "notes.txt"), "ignored");
    expect((await readNoteCorpus(dir)).map((s) => [s.name, s.lines.length])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
    expect(await readNoteCorpus(join(dir, "absent"))).toEqual([]);
  });
});
