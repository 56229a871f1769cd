/**
 * `npm run golden`: checks the golden analyses and prints what differs (exit 1 on any
 * difference); `npm run golden -- --update` rewrites them from the current code.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { diffJson, diffLines } from "./compare.js";
import {
  DEMO_REPORT_FILE,
  demoReportGolden,
  GOLDEN_DIR,
  goldenWorkspaces,
  readGolden,
  weeksFile,
  weeksGolden,
} from "./golden-run.js";

const { values } = parseArgs({ options: { update: { type: "boolean" }, only: { type: "string" } } });

async function check(file: string, actual: string, json: boolean): Promise<number> {
  if (values.update) {
    await writeFile(join(GOLDEN_DIR, file), actual);
    console.log(`wrote ${file}`);
    return 0;
  }
  const golden = await readGolden(file);
  const diffs =
    golden === null
      ? ["no golden file yet: run with --update"]
      : json
        ? diffJson(JSON.parse(golden), JSON.parse(actual))
        : diffLines(golden, actual);
  console.log(`${diffs.length ? "DIFFERS" : "same   "} ${file}`);
  for (const d of diffs) console.log(`  ${d.replaceAll("\n", "\n  ")}`);
  return diffs.length ? 1 : 0;
}

await mkdir(GOLDEN_DIR, { recursive: true });
let failed = 0;
for (const w of await goldenWorkspaces()) {
  if (values.only && w.name !== values.only) continue;
  failed += await check(weeksFile(w.name), await weeksGolden(w.dir), false);
}
if (!values.only || values.only === "demo")
  failed += await check(DEMO_REPORT_FILE, await demoReportGolden(), true);
if (failed) {
  console.log(`\n${failed} golden file(s) differ. If the change is intended: npm run golden -- --update`);
  process.exitCode = 1;
}
