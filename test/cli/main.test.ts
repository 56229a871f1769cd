import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/core/report.js";
import { SIGNAL_IDS } from "../../src/core/signals/types.js";

const ROOT = join(import.meta.dirname, "../..");
const DEMO = join(ROOT, "fixtures/demo");
const SMALL = join(ROOT, "test/fixtures/workspace");

const io = (stdin = "") => memoryIo({ cwd: ROOT, stdin });

const tmp = () => mkdtemp(join(tmpdir(), "vigie-cli-"));

describe("vigie analyze on the demo company", () => {
  let report: Report;
  let out: string;
  let html: string;
  let stdout: string;

  beforeAll(async () => {
    out = await tmp();
    const c = io();
    expect(await main(["analyze", "--workspace", DEMO, "--week", "2026-W47", "--out", out], c)).toBe(0);
    stdout = c.out;
    report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as Report;
    html = await readFile(join(out, "report.html"), "utf8");
  }, 60_000);

  it("writes the three files and says where", async () => {
    expect(stdout).toContain(join(out, "report.html"));
    expect((await readFile(join(out, "report.md"), "utf8")).length).toBeGreaterThan(500);
    expect(html).toContain('lang="fr"');
  });

  it("holds the SPEC report contract with every signal at org scope", () => {
    expect(report.tenant).toBe("atelier-dupont");
    expect(report.week).toBe("2026-W47");
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    const orgSignals = report.signals.filter((s) => s.scope === "org").map((s) => s.id);
    expect(orgSignals.sort()).toEqual([...SIGNAL_IDS].sort());
    for (const s of report.signals) {
      expect(["ok", "watch", "alert"]).toContain(s.status);
      expect(s.scope).toMatch(/^(org|team:.+)$/);
      expect(typeof s.unit).toBe("string");
    }
    for (const a of report.alerts) {
      expect(["watch", "alert"]).toContain(a.severity);
      expect(a.summary.length).toBeGreaterThan(10);
      expect(a.action.length).toBeGreaterThan(10);
      for (const e of a.evidence) {
        expect(["event", "doc", "page"]).toContain(e.kind);
        expect(e.id).toBeTruthy();
      }
    }
  });

  it("raises the demo's planted escalation toward the CEO in its last week", () => {
    expect(report.alerts.some((a) => a.signal === "ceo_escalation" && a.scope === "org")).toBe(true);
  });

  it("names no person in figures and never shows a one-to-one by title", () => {
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/@atelier-dupont\.fr/);
    expect(report.trend).toHaveLength(8);
  });

  it("is idempotent: a re-run rewrites the same report", async () => {
    const first = await readFile(join(out, "report.json"), "utf8");
    expect(
      await main(["analyze", "--workspace", DEMO, "--week", "2026-W47", "--out", out, "--quiet"], io()),
    ).toBe(0);
    expect(await readFile(join(out, "report.json"), "utf8")).toBe(first);
  }, 60_000);
});

describe("exit codes", () => {
  async function brokenWorkspace(mutate: (tenant: Record<string, unknown>) => void): Promise<string> {
    const dir = await tmp();
    await cp(SMALL, dir, { recursive: true });
    const file = join(dir, "tenant.json");
    const tenant = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    mutate(tenant);
    await writeFile(file, JSON.stringify(tenant));
    return dir;
  }

  it("exits 2 naming tenant.json and the field for an unknown cadence", async () => {
    const dir = await brokenWorkspace((t) => {
      const [first] = t.rituals as { cadence: string }[];
      if (first) first.cadence = "fortnightly";
    });
    const c = io();
    expect(await main(["analyze", "--workspace", dir, "--out", await tmp()], c)).toBe(2);
    expect(c.err).toMatch(/tenant\.json: rituals\[0\]\.cadence: .*fortnightly/);
  });

  it("exits 2 naming the unknown key of tenant.json", async () => {
    const dir = await brokenWorkspace((t) => {
      t.colour = "blue";
    });
    const c = io();
    expect(await main(["analyze", "--workspace", dir], c)).toBe(2);
    expect(c.err).toMatch(/tenant\.json.*colour/);
  });

  it("exits 2 for a malformed or uncovered week, naming --week", async () => {
    const a = io();
    expect(await main(["analyze", "--workspace", DEMO, "--week", "2026-47"], a)).toBe(2);
    expect(a.err).toContain("--week");
    const b = io();
    expect(await main(["analyze", "--workspace", DEMO, "--week", "2020-W01"], b)).toBe(2);
    expect(b.err).toMatch(/--week: 2020-W01 is outside the calendar data/);
  });

  it("exits 2 for a missing workspace folder, naming tenant.json", async () => {
    const c = io();
    expect(await main(["analyze", "--workspace", join(ROOT, "no-such-folder")], c)).toBe(2);
    expect(c.err).toContain("tenant.json");
  });

  it("exits 2 on usage errors", async () => {
    expect(await main([], io())).toBe(2);
    expect(await main(["analyse"], io())).toBe(2);
    const c = io();
    expect(await main(["analyze", "--workspace", DEMO, "--frobnicate"], c)).toBe(2);
    expect(c.err).toContain("frobnicate");
    expect(await main(["analyze"], io())).toBe(2);
  });

  it("exits 1 when the report cannot be written", async () => {
    const file = join(await tmp(), "a-file");
    await writeFile(file, "x");
    const c = io();
    expect(await main(["analyze", "--workspace", SMALL, "--out", join(file, "sub"), "--quiet"], c)).toBe(1);
    expect(c.err).toMatch(/vigie: /);
  });
});

describe("vigie extract", () => {
  it("prints one JSON object per line of note text", async () => {
    const c = io(
      '{"text": "Décision : on recrute\\nAction : Paul envoie le devis d\'ici vendredi", "date": "2026-11-16"}\n',
    );
    expect(await main(["extract"], c)).toBe(0);
    const lines = c.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.kind)).toEqual(["decision", "action"]);
    expect(lines[1]).toMatchObject({ note: 0, line: 1, owner: "Paul", due: "2026-11-20" });
  });

  it("exits 2 naming the stdin line of malformed JSON", async () => {
    const c = io('{"text": "ok"}\n{"text": \n');
    expect(await main(["extract"], c)).toBe(2);
    expect(c.err).toMatch(/stdin.*line 2/);
  });
});
