import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { notionPageId, publishComparison } from "../../src/app/compare-notion.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { samplePortfolio } from "../writers/compare/sample-portfolio.js";

describe("vigie compare on the command line", () => {
  it("asks for a consultant or tenants", async () => {
    const io = memoryIo({ cwd: tmpdir() });
    expect(await main(["compare"], io)).toBe(2);
    expect(io.err).toContain("--consultant: expected --consultant EMAIL or --tenants a,b,…");
  });

  it("names the option it cannot read", async () => {
    const io = memoryIo({ cwd: tmpdir() });
    expect(await main(["compare", "--consultant", "ana@cabinet.fr", "--weeks", "100"], io)).toBe(2);
    expect(io.err).toContain('--weeks: expected an integer from 2 to 52, got "100"');
    expect(await main(["compare", "--consultant", "not-an-email"], io)).toBe(2);
    expect(io.err).toContain("--consultant: expected an email address");
  });

  it("names a Notion page it cannot read, and the missing token of the consultant's workspace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vigie-cmp-"));
    const io = memoryIo({ cwd: dir });
    expect(await main(["compare", "--tenants", "a", "--notion-page", "not-a-page"], io)).toBe(2);
    expect(io.err).toContain('--notion-page: expected a Notion page id or URL, got "not-a-page"');
    expect(notionPageId("https://www.notion.so/Clients-5a1e00000000400080000000000000aB?pvs=4")).toBe(
      "5a1e0000-0000-4000-8000-0000000000ab",
    );
    await expect(
      publishComparison(samplePortfolio("fr", 2), { parentPageId: "x", env: {}, log: () => {} }),
    ).rejects.toThrow(/VIGIE_COMPARE_NOTION_TOKEN is not set/);
  });

  it("refuses a store folder that does not exist instead of comparing an empty new one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vigie-cmp-"));
    const io = memoryIo({ cwd: dir });
    const missing = join(dir, "nowhere");
    expect(await main(["compare", "--tenants", "a", "--store", missing], io)).toBe(2);
    expect(io.err).toContain(`${missing}: no store here`);
  });
});
