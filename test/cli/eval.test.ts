import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

const ROOT = join(import.meta.dirname, "../..");

const record = (id: string, text: string, kind: string) =>
  JSON.stringify({
    id,
    locale: "en",
    register: "bullet",
    date: "2026-11-24",
    text,
    kind,
    owner: null,
    due: null,
  });

async function corpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-eval-"));
  await writeFile(
    join(dir, "tiny.jsonl"),
    [
      record("1", "Decision: we keep the vendor", "decision"),
      record("2", "Priorities: cash, hiring", "priority"),
      record("3", "The CEO presented the results", "escalation"),
    ].join("\n"),
  );
  return dir;
}

describe("vigie eval", () => {
  it("prints the scenario table, then per-kind precision, recall and F1 with the macro-F1", async () => {
    const io = memoryIo({ cwd: ROOT });
    const code = await main(["eval", "--only", "healthy-small-fr", "--corpus", await corpus()], io);
    expect(code).toBe(0);
    const [scenarios, lines] = io.out.split("note lines: tiny (3 lines)");
    expect(scenarios).toMatch(/^scenario\s+lang/);
    expect(scenarios).toMatch(/\nTOTAL\s/);
    expect(lines).toMatch(/\ndecision\s+1\s+100\.0\s+100\.0\s+100\.0\n/);
    expect(lines).toMatch(/\nescalation\s+1\s+100\.0\s+0\.0\s+0\.0\n/);
    expect(lines).toMatch(/\nnone\s+0\s+0\.0\s+100\.0\s+0\.0\n/);
    expect(lines).toMatch(/macro-F1 50\.0 %/);
  });

  it("gives the figures in --json", async () => {
    const io = memoryIo({ cwd: ROOT });
    expect(await main(["eval", "--only", "healthy-small-fr", "--corpus", await corpus(), "--json"], io)).toBe(
      0,
    );
    const out = JSON.parse(io.out) as { noteLines: { split: string; macroF1: number; misread: string[] }[] };
    expect(out.noteLines).toEqual([expect.objectContaining({ split: "tiny", misread: ["3"] })]);
    expect(out.noteLines[0]?.macroF1).toBeCloseTo(0.5);
  });

  it("stops with exit code 2 naming the file and line of a bad label", async () => {
    const dir = await corpus();
    await writeFile(join(dir, "bad.jsonl"), record("1", "x", "decison"));
    const io = memoryIo({ cwd: ROOT });
    expect(await main(["eval", "--only", "healthy-small-fr", "--corpus", dir], io)).toBe(2);
    expect(io.err).toMatch(/bad\.jsonl: line 1: kind/);
  });
});
