/**
 * `npm run demo:portfolio`: twenty synthetic client companies, twelve weekly runs each into an
 * embedded store, then the consultant's comparison — no credentials, no server.
 *   npx tsx scripts/demo-portfolio.ts [--out DIR] [--consultant EMAIL] [--locale fr|en]
 * DIR (default out/demo-portfolio) receives workspaces/, store/ and compare.html|csv|json. The
 * store is rebuilt on every run, so the comparison is the same each time.
 */
import { createHmac, randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { processIo } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { openStore } from "../src/store/store.js";
import { COMPARED_WEEKS, PORTFOLIO_WEEK, portfolioCompanies } from "./demo-portfolio/companies.js";
import { recordCompany } from "./demo-portfolio/record.js";
import { writeWorkspace } from "./fixtures/workspace.js";

/** Clients whose runs stopped early (stale) or whose last run failed: the comparison flags them. */
const LAST_WEEK: Record<string, { lastWeek: string; failAfter?: boolean }> = {
  "boulangeries-morel": { lastWeek: "2026-W44" },
  "redwood-supply": { lastWeek: "2026-W46", failAfter: true },
};
/** Clients that let their consultant see team-level figures. */
const SHARE_TEAMS = new Set(["atelier-dupont", "cobalt-health", "clinique-saint-roch", "kestrel-logistics"]);

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: "string" }, consultant: { type: "string" }, locale: { type: "string" } },
  });
  const out = resolve(values.out ?? join("out", "demo-portfolio"));
  const consultant = values.consultant ?? "consultante@cabinet-horizon.fr";
  const storeDir = join(out, "store");
  await rm(storeDir, { recursive: true, force: true });
  // A pseudonym key made up for this run: the demo store holds no real person.
  const secret = randomBytes(32);
  const keys = { keyFor: async (id: string) => createHmac("sha256", secret).update(id).digest() };
  const store = await openStore({ env: { VIGIE_STORE_DIR: storeDir }, cwd: out, keys });
  const companies = portfolioCompanies();
  try {
    for (const [i, company] of companies.entries()) {
      const started = Date.now();
      const dir = join(out, "workspaces", company.id);
      const stats = writeWorkspace(company, dir);
      const shape = LAST_WEEK[company.id] ?? { lastWeek: PORTFOLIO_WEEK };
      await recordCompany(store, dir, {
        ...shape,
        weeks: COMPARED_WEEKS,
        consultants: [consultant],
        shareTeamFigures: SHARE_TEAMS.has(company.id),
      });
      const s = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(
        `[${i + 1}/${companies.length}] ${company.name}: ${stats.people} people, ${COMPARED_WEEKS} weeks run, ${s} s\n`,
      );
    }
  } finally {
    await store.close();
  }
  const args = [
    "compare",
    "--store",
    storeDir,
    "--consultant",
    consultant,
    "--week",
    PORTFOLIO_WEEK,
    "--out",
    out,
  ];
  return main(values.locale ? [...args, "--locale", values.locale] : args, processIo());
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`demo:portfolio: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
