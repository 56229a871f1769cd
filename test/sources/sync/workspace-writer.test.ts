import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BadInputError } from "../../../src/core/errors.js";
import { FileWorkspaceWriter } from "../../../src/sources/sync/workspace-writer.js";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function writer(): Promise<FileWorkspaceWriter> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-writer-"));
  temps.push(dir);
  return new FileWorkspaceWriter(dir);
}

describe("FileWorkspaceWriter", () => {
  it("writes JSON into nested folders, reads it back, and leaves no temp file", async () => {
    const w = await writer();
    await w.writeJson("google/calendar/a@b.fr.json", { items: [1] });
    await w.writeJson("google/calendar/a@b.fr.json", { items: [1, 2] });
    expect(await w.readJson("google/calendar/a@b.fr.json")).toEqual({ items: [1, 2] });
    expect(await readdir(join(w.root, "google/calendar"))).toEqual(["a@b.fr.json"]);
    expect(await readFile(join(w.root, "google/calendar/a@b.fr.json"), "utf8")).toMatch(/\n$/);
  });

  it("reads a missing file as null and removes a missing file quietly", async () => {
    const w = await writer();
    expect(await w.readJson("google/drive/files.json")).toBeNull();
    await w.remove("google/docs/x.json");
    await w.writeJson("google/docs/x.json", {});
    await w.remove("google/docs/x.json");
    expect(await w.readJson("google/docs/x.json")).toBeNull();
  });

  it("names a file that does not parse, and refuses paths outside the workspace", async () => {
    const w = await writer();
    await writeFile(join(w.root, "bad.json"), "{");
    await expect(w.readJson("bad.json")).rejects.toBeInstanceOf(BadInputError);
    await expect(w.writeJson("../escape.json", {})).rejects.toThrow(/inside the workspace/);
    await expect(w.writeJson("/etc/x.json", {})).rejects.toThrow(/inside the workspace/);
  });

  it("keeps the previous content when a write fails half-way", async () => {
    const w = await writer();
    await w.writeJson("a.json", { ok: true });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(w.writeJson("a.json", cyclic)).rejects.toThrow();
    expect(await w.readJson("a.json")).toEqual({ ok: true });
    expect(await readdir(w.root)).toEqual(["a.json"]);
  });
});
