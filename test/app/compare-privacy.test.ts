/**
 * The privacy canary: real synthetic companies run week by week into a store, then compared
 * through the command line. Every person's name and address, every event title and every line
 * of every note of every tenant is looked for in compare.html, compare.csv and compare.json.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { portfolioCompanies } from "../../scripts/demo-portfolio/companies.js";
import { recordCompany } from "../../scripts/demo-portfolio/record.js";
import { writeWorkspace } from "../../scripts/fixtures/workspace.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Localised } from "../../src/core/i18n.js";
import { EN } from "../../src/core/messages/en.js";
import { FR, type MessageKey } from "../../src/core/messages/fr.js";
import { SIGNAL_IDS } from "../../src/core/signals/types.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";
import { openStore } from "../../src/store/store.js";
import { SIGNAL_NAMES, signalShortName } from "../../src/writers/labels.js";
import { startNotionFake } from "../fakes/notion/index.js";
import { TEST_PSEUDONYM_KEY } from "../store/engines.js";
import { PARENT, TOKEN, WORKSPACE } from "../writers/notion/setup.js";

const CONSULTANT = "canary@cabinet.example";
const CLIENTS = ["lumen-conseil", "quayside-studio", "boulangeries-morel"];
const LONG = 300_000;

/** Shorter strings (a heading like "Actions :") could be the page's own words. */
const MIN_CANARY = 8;
/** The page's own vocabulary: a note heading "Décisions" is not a leak when a column says it too. */
const VOCABULARY = new Set(
  [
    ...SIGNAL_IDS.flatMap((id) => [
      SIGNAL_NAMES(id),
      { fr: signalShortName("fr", id), en: signalShortName("en", id) },
    ]),
    ...(Object.keys(FR) as MessageKey[])
      .filter((k) => k.startsWith("compare."))
      .map((k): Localised => ({ fr: FR[k], en: EN[k] })),
  ]
    .flatMap((l) => [l.fr, l.en])
    .map((w) => w.toLowerCase()),
);
const ownWords = (line: string) => VOCABULARY.has(line.replace(/\s*:$/, "").trim().toLowerCase());

let outputs: Record<string, string>;
let logs = "";
const canaries = new Set<string>();
const tenantNames: string[] = [];

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "vigie-canary-"));
  const storeDir = join(root, "store");
  const env = { VIGIE_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, VIGIE_STORE_DIR: storeDir };
  const store = await openStore({ env, cwd: root });
  const companies = portfolioCompanies().filter((c) => CLIENTS.includes(c.id));
  for (const [i, company] of companies.entries()) {
    const dir = join(root, company.id);
    writeWorkspace(company, dir);
    await recordCompany(store, dir, {
      lastWeek: "2026-W47",
      weeks: 3,
      consultants: [CONSULTANT],
      shareTeamFigures: i === 0,
    });
    const snapshot = await readWorkspace(dir);
    tenantNames.push(snapshot.tenant.name);
    const teams = new Set(snapshot.people.map((p) => p.team));
    for (const p of snapshot.people) canaries.add(p.name).add(p.email);
    canaries.add(snapshot.tenant.ceo);
    for (const m of snapshot.meetings) if (!teams.has(m.title)) canaries.add(m.title);
    for (const n of snapshot.notes) for (const line of [n.title, ...n.lines]) canaries.add(line.trim());
  }
  await store.close();
  const out = join(root, "out");
  const args = [
    "compare",
    "--store",
    storeDir,
    "--consultant",
    CONSULTANT,
    "--week",
    "2026-W47",
    "--out",
    out,
    "--quiet",
    "--notion-page",
    PARENT,
  ];
  // The consultant's own Notion workspace, as the official SDK sees it (the HTTP fake).
  const notion = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
  try {
    const notionEnv = {
      ...env,
      VIGIE_COMPARE_NOTION_TOKEN: TOKEN,
      VIGIE_NOTION_BASE_URL: notion.url,
      VIGIE_UPSTREAM_PACE: "fast",
    };
    const io = memoryIo({ cwd: root, env: notionEnv });
    expect(await main(args, io)).toBe(0);
    logs = io.out + io.err;
    outputs = {};
    for (const f of ["compare.html", "compare.csv", "compare.json"])
      outputs[f] = await readFile(join(out, f), "utf8");
    const page = notion.store.pagesUnder(PARENT).find((p) => !p.in_trash);
    outputs.notion = JSON.stringify(notion.store.blockTree(page?.id ?? "none"));
  } finally {
    await notion.close();
  }
}, LONG);

/** The text as a reader sees it: HTML entities and JSON/CSV escapes undone. */
function readable(text: string): string {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\\"/g, '"')
    .replace(/""/g, '"');
}

describe("the comparison of real synthetic tenants", () => {
  it("compares them all", () => {
    for (const name of tenantNames) expect(outputs["compare.html"]).toContain(name.replace(/'/g, "&#39;"));
    expect(JSON.parse(outputs["compare.json"] ?? "{}").clients).toHaveLength(CLIENTS.length);
  });

  it("writes the Notion page without printing the consultant's token", () => {
    expect(outputs.notion).toContain("Lumen");
    expect(logs).toContain("notion.so/");
    expect(logs).not.toContain(TOKEN);
  });

  it.each(["compare.html", "compare.csv", "compare.json", "notion"])(
    "%s holds no name, address, event title or note sentence of any tenant",
    (file) => {
      const text = outputs[file] ?? "";
      const seen = readable(text);
      const tested = [...canaries].filter((c) => c.length >= MIN_CANARY && !ownWords(c));
      expect(tested.length).toBeGreaterThan(500);
      const leaked = tested.filter((c) => text.includes(c) || seen.includes(c));
      expect(leaked).toEqual([]);
    },
  );
});
