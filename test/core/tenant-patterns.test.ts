import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/core/report.js";
import { compileRitualPattern, MAX_PATTERN_LENGTH } from "../../src/core/ritual-pattern.js";

const ROOT = join(import.meta.dirname, "../..");
const SMALL = join(ROOT, "test/fixtures/workspace");
const tmp = () => mkdtemp(join(tmpdir(), "vigie-pattern-"));

type Json = Record<string, unknown>;

/** The small workspace with one ritual pattern and, optionally, one more event title. */
async function workspace(match: string, extraTitle?: string): Promise<string> {
  const dir = await tmp();
  await cp(SMALL, dir, { recursive: true });
  const tenantFile = join(dir, "tenant.json");
  const tenant = JSON.parse(await readFile(tenantFile, "utf8")) as Json;
  tenant.rituals = [{ id: "codir", name: "CODIR", match, cadence: "weekly" }];
  await writeFile(tenantFile, JSON.stringify(tenant));
  if (extraTitle) {
    const calFile = join(dir, "google/calendar/alice@acme.fr.json");
    // A file holds one events.list response or an array of its pages.
    const raw = JSON.parse(await readFile(calFile, "utf8")) as { items: Json[] } | { items: Json[] }[];
    const page = Array.isArray(raw) ? raw[0] : raw;
    const first = page?.items[0];
    if (!page || !first) throw new Error(`no event in ${calFile}`);
    page.items.push({ ...first, id: "long-title", recurringEventId: undefined, summary: extraTitle });
    await writeFile(calFile, JSON.stringify(raw));
  }
  return dir;
}

describe("ritual patterns as a user meets them in vigie analyze", () => {
  it("analyses a workspace whose pattern backtracks catastrophically in RegExp, against a long title", async () => {
    // `(a+)+$` on 40 "a" and a "!" takes a backtracking engine longer than any test timeout.
    const dir = await workspace("(a+)+$", `${"a".repeat(5000)}!`);
    const out = await tmp();
    const c = memoryIo({ cwd: ROOT });
    expect(await main(["analyze", "--workspace", dir, "--week", "2026-W47", "--out", out], c)).toBe(0);
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as Report;
    expect(report.tenant).toBe("acme");
  });

  it("exits 2 with a short message naming the ritual's field for a 100 000-character pattern", async () => {
    const dir = await workspace("x".repeat(100_000));
    const c = memoryIo({ cwd: ROOT });
    expect(await main(["analyze", "--workspace", dir, "--out", await tmp()], c)).toBe(2);
    expect(c.err).toMatch(
      /tenant\.json: rituals\[0\]\.match: pattern too long \(100000 characters, at most 500\), got "x+\.\.\.\n?$/m,
    );
    expect(c.err.length).toBeLessThan(400);
  });

  it("exits 2 naming the field for syntax RE2 cannot run in linear time (look-ahead, back-reference)", async () => {
    for (const match of ["(?=codir)", "(co)dir\\1"]) {
      const c = memoryIo({ cwd: ROOT });
      expect(await main(["analyze", "--workspace", await workspace(match)], c)).toBe(2);
      expect(c.err).toMatch(/tenant\.json: rituals\[0\]\.match: invalid regular expression \(.+\), got /);
    }
  });
});

describe("compileRitualPattern", () => {
  it("matches case-insensitively anywhere in the title, accents included", () => {
    const p = compileRitualPattern("codir|comit[ée] de direction");
    expect(p.ok && p.pattern.test("Point COMITÉ DE DIRECTION hebdo")).toBe(true);
    expect(p.ok && p.pattern.test("Codir")).toBe(true);
    expect(p.ok && p.pattern.test("Comité produit")).toBe(false);
  });

  it("only looks at the start of a very long title", () => {
    const p = compileRitualPattern("codir");
    expect(p.ok && p.pattern.test(`${"x".repeat(1000)} codir`)).toBe(false);
    expect(p.ok && p.pattern.test(`codir ${"x".repeat(1000)}`)).toBe(true);
  });

  it("explains in both languages why a pattern is refused", () => {
    const long = compileRitualPattern("a".repeat(MAX_PATTERN_LENGTH + 1));
    expect(long.ok ? null : long.problem).toEqual({
      en: "pattern too long (501 characters, at most 500)",
      fr: "motif trop long (501 caractères, au plus 500)",
    });
    const bad = compileRitualPattern("codir(");
    expect(bad.ok ? null : bad.problem.fr).toMatch(
      /^expression régulière invalide \(missing closing \): `codir\(`\)$/,
    );
  });
});
