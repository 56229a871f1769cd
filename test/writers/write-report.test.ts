import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeReport } from "../../src/writers/write-report.js";
import { sampleReport } from "./sample-report.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "vigie-write-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("writeReport", () => {
  it("creates the directory and the three files", async () => {
    const out = join(root, "atelier-dupont", "2026-W47");
    const { files } = await writeReport(out, sampleReport("fr"));
    expect(files).toEqual(["report.json", "report.md", "report.html"].map((f) => join(out, f)));
    expect((await readdir(out)).sort()).toEqual(["report.html", "report.json", "report.md"]);
    expect(JSON.parse(await readFile(join(out, "report.json"), "utf8"))).toEqual(sampleReport("fr"));
    expect(await readFile(join(out, "report.html"), "utf8")).toContain('<html lang="fr">');
    expect(await readFile(join(out, "report.md"), "utf8")).toContain("# Santé de l'alignement");
  });

  it("overwrites a previous run cleanly and leaves no temporary file", async () => {
    await writeReport(root, sampleReport("fr"));
    const second = { ...sampleReport("en"), score: 41 };
    await writeReport(root, second);
    expect((await readdir(root)).sort()).toEqual(["report.html", "report.json", "report.md"]);
    expect(JSON.parse(await readFile(join(root, "report.json"), "utf8"))).toEqual(second);
    expect(await readFile(join(root, "report.html"), "utf8")).toContain('<html lang="en">');
  });

  it("is idempotent: the same report gives byte-identical files", async () => {
    await writeReport(root, sampleReport("en"));
    const first = await readFile(join(root, "report.html"), "utf8");
    await writeReport(root, sampleReport("en"));
    expect(await readFile(join(root, "report.html"), "utf8")).toBe(first);
  });

  it("writes nothing when the report cannot be rendered", async () => {
    const broken = { ...sampleReport("fr"), alerts: null } as unknown as Parameters<typeof writeReport>[1];
    await expect(writeReport(join(root, "x"), broken)).rejects.toThrow();
    await expect(readdir(join(root, "x"))).rejects.toThrow();
  });
});
