import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

const ROOT = join(import.meta.dirname, "../..");
const SMALL = join(ROOT, "test/fixtures/workspace");
const io = () => memoryIo({ cwd: ROOT });

describe("the command line", () => {
  it("prints a command's own help for --help, whatever else is on the line", async () => {
    for (const argv of [
      ["analyze", "--help"],
      ["analyse", "-h"],
      ["analyze", "--week", "x", "--help"],
      ["help", "analyze"],
    ]) {
      const c = io();
      expect(await main(argv, c)).toBe(0);
      expect(c.out).toMatch(/^Usage: vigie analyze --workspace DIR/);
      expect(c.out).toContain("--quiet, -q       print only the paths");
      expect(c.err).toBe("");
    }
    const run = io();
    expect(await main(["run", "--help"], run)).toBe(0);
    expect(run.out).toContain("--dry-run");
    expect(run.out).not.toContain("--scenarios");
  });

  it("accepts analyse as a spelling of analyze", async () => {
    const c = io();
    const out = await mkdtemp(join(tmpdir(), "vigie-help-"));
    expect(await main(["analyse", "--workspace", SMALL, "--out", out, "--quiet"], c)).toBe(0);
    expect(c.out.trim().split("\n")).toEqual(
      ["report.json", "report.md", "report.html"].map((f) => join(out, f)),
    );
  });

  it("suggests the command or the option meant", async () => {
    const a = io();
    expect(await main(["analize", "--workspace", SMALL], a)).toBe(2);
    expect(a.err).toContain('unknown command "analize" (did you mean "analyze"?)');
    const b = io();
    expect(await main(["analyze", "--workspce", SMALL], b)).toBe(2);
    expect(b.err).toContain("unknown option --workspce (did you mean --workspace?)");
    expect(b.err).toContain("Usage: vigie analyze");
    const c = io();
    expect(await main(["evla"], c)).toBe(2);
    expect(c.err).toContain('(did you mean "eval"?)');
    const d = io();
    expect(await main(["frobnicate"], d)).toBe(2);
    expect(d.err).not.toContain("did you mean");
  });

  it("prints the version for -v and --version", async () => {
    for (const flag of ["-v", "--version"]) {
      const c = io();
      expect(await main([flag], c)).toBe(0);
      expect(c.out).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it("prints one progress line per phase outside a terminal, on stderr only", async () => {
    const c = io();
    const out = await mkdtemp(join(tmpdir(), "vigie-help-"));
    expect(await main(["analyze", "--workspace", SMALL, "--out", out], c)).toBe(0);
    const lines = c.err.trim().split("\n");
    // The small workspace is a French company: its progress speaks French.
    expect(lines).toEqual(["… lecture de l'espace de travail", "… analyse", "… écriture du rapport"]);
    expect(c.out).not.toContain("… lecture");
  });

  it("--json counts alerts and watches apart", async () => {
    const c = io();
    const out = await mkdtemp(join(tmpdir(), "vigie-help-"));
    expect(
      await main(
        ["analyze", "--workspace", join(ROOT, "fixtures/demo"), "--week", "2026-W47", "--out", out, "--json"],
        c,
      ),
    ).toBe(0);
    const line = JSON.parse(c.out) as { alerts: number; watches: number };
    expect(line.alerts).toBeGreaterThanOrEqual(1);
    expect(line.watches).toBeGreaterThan(line.alerts);
  }, 60_000);
});
