/**
 * `npm run sandbox`, as a function: two runs of `vigie run --json` through main() against the fakes
 * seeded with the demo company — without faults, then with faults on for both runs. The final state
 * in the Notion fake must be the same either way: one page, the same alert rows.
 */
import { describe, expect, it } from "vitest";
import { runSandbox, type SandboxResult } from "../scripts/sandbox/run-sandbox.js";

const FAULTS = "notion-429,google-5xx,google-410,notion-502,crash-after-page";

type Line = {
  alerts: { created: number } | null;
  requests: { notion: number; google: number } | null;
  faults: Record<string, number>;
  state: { pages: number; alertRows: number };
};

const lines = (r: SandboxResult) => r.lines as unknown as [Line, Line];

function expectNoSecret(r: SandboxResult) {
  expect(r.secrets.length).toBeGreaterThan(5);
  for (const secret of r.secrets) expect(r.printed).not.toContain(secret);
}

describe("sandbox", { timeout: 240_000 }, () => {
  let clean: SandboxResult;

  it("without faults: the second run creates nothing and sends far fewer requests", async () => {
    clean = await runSandbox();
    const [first, second] = lines(clean);
    expect(clean.exitCodes).toEqual([0, 0]);
    expect(first.alerts?.created).toBeGreaterThan(0);
    expect(second.alerts?.created).toBe(0);
    const total = (l: Line) => (l.requests?.notion ?? 0) + (l.requests?.google ?? 0);
    expect(total(second)).toBeLessThan(total(first) * 0.7);
    expect(second.requests?.notion).toBeLessThan(first.requests?.notion ?? 0);
    // The same week again: the page and the rows are read, not rewritten.
    expect(second.requests?.notion).toBeLessThan(10);
    expect(second.requests?.google).toBeLessThan(first.requests?.google ?? 0);
    expect(second.state).toEqual({ pages: 1, alertRows: first.alerts?.created });
    expect(clean.alertRows.every((r) => r.status === "Ouverte")).toBe(true);
    expectNoSecret(clean);
  });

  it(`with ${FAULTS}: the first run dies after the page, the second converges`, async () => {
    const faulty = await runSandbox({ faults: FAULTS });
    const [first, second] = lines(faulty);
    expect(faulty.exitCodes).toEqual([1, 0]);
    expect(first.state).toEqual({ pages: 1, alertRows: 0 });
    expect(first.faults["crash-after-page"]).toBe(1);
    expect(first.faults["notion-429"]).toBeGreaterThan(0);
    expect(first.faults["notion-502"]).toBeGreaterThan(0);
    expect(first.faults["google-5xx"]).toBeGreaterThan(0);
    expect(second.faults["google-410"]).toBe(1);
    expect(second.state).toEqual(lines(clean)[1].state);
    expect(faulty.alertRows).toEqual(clean.alertRows);
    expectNoSecret(faulty);
  });

  it("rejects an unknown fault name, naming the choices", async () => {
    await expect(runSandbox({ faults: "notion-418" })).rejects.toThrow(/crash-after-page/);
  });
});
