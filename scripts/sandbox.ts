/**
 * `npm run sandbox [-- --faults notion-429,google-5xx,…]`: the live path end to end without credentials.
 * Prints the two runs' summary lines on stdout, the second one last; progress and errors go to stderr.
 * Fault names: see scripts/sandbox/faults.ts.
 */
import { parseArgs } from "node:util";
import { quietStderr } from "./sandbox/quiet-stderr.js";
import { runSandbox } from "./sandbox/run-sandbox.js";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { faults: { type: "string" }, week: { type: "string" } },
  strict: true,
});
const started = Date.now();
const stderr = quietStderr((text) => process.stderr.write(text), process.env);
const result = await runSandbox({
  ...(values.faults ? { faults: values.faults } : {}),
  ...(values.week ? { week: values.week } : {}),
  stderr: (text) => stderr.write(text),
});
stderr.flush();
process.stderr.write(`sandbox: 2 runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
for (const line of result.lines) process.stdout.write(`${JSON.stringify(line)}\n`);
