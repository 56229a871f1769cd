/**
 * Prints one signal's findings week by week for a workspace: value, baseline, status and the
 * supporting figures. A tuning aid: `npx tsx scripts/trace-signal.ts DIR SIGNAL [SCOPE]`.
 */
import { Analysis } from "../src/core/analysis.js";
import { DETECTORS } from "../src/core/catalogue.js";
import { prepareSnapshot } from "../src/core/context.js";
import { parseWeek, shiftWeek, weekOf, weekRange } from "../src/core/week.js";
import { readExpected } from "../src/sources/expected.js";
import { readWorkspace } from "../src/sources/workspace-folder.js";

const [dir, signal, scope] = process.argv.slice(2);
if (!dir || !signal) throw new Error("usage: trace-signal.ts DIR SIGNAL [SCOPE]");
const prepared = prepareSnapshot(await readWorkspace(dir));
const expected = await readExpected(dir);
const zone = prepared.tenant.timezone;
const detector = DETECTORS.find((d) => d.id === signal);
if (!detector) throw new Error(`unknown signal ${signal}`);
const analysis = new Analysis(prepared, [detector]);
const last = prepared.dataEnd ? weekOf(prepared.dataEnd, zone) : null;
const from = parseWeek(expected?.weeks[0] ?? "", zone) ?? (last ? shiftWeek(last, -8) : null);
const to = parseWeek(expected?.weeks[1] ?? "", zone) ?? last;
if (!from || !to) throw new Error(`${dir}: no calendar data`);
console.log("labels:", JSON.stringify(expected?.signals ?? []));
for (const w of weekRange(from, to)) {
  for (const f of analysis.runDetector(detector, w)) {
    if (scope && f.scope !== scope) continue;
    const d = Object.entries(f.details)
      .map(([k, v]) => `${k}=${Math.round(v * 100) / 100}`)
      .join(" ");
    console.log(
      `${w.id} ${f.scope.padEnd(24)} ${f.status.padEnd(5)} ${String(f.score).padStart(3)} v=${f.value?.toFixed(2)} b=${f.baseline?.toFixed(2)} ${f.insufficientHistory ? "INSUF " : ""}${d}`,
    );
  }
}
