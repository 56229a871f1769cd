/**
 * `npm run sandbox:service [-- --tenants N]`: the scheduled service for 20 synthetic tenants against
 * local fakes (see scripts/sandbox-service/run-service-sandbox.ts). Progress on stderr; on stdout one JSON
 * line per tenant, then the total. State in PGlite, or in PostgreSQL when `VIGIE_DATABASE_URL` is set.
 */
import { parseArgs } from "node:util";
import { runServiceSandbox } from "./sandbox-service/run-service-sandbox.js";

const { values } = parseArgs({ options: { tenants: { type: "string" }, concurrency: { type: "string" } } });
const count = (name: string, v: string | undefined, fallback: number) => {
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a whole number from 1, got ${v}`);
  return n;
};
const databaseUrl = process.env.VIGIE_DATABASE_URL?.trim();
const result = await runServiceSandbox({
  tenants: count("tenants", values.tenants, 20),
  concurrency: count("concurrency", values.concurrency, 4),
  ...(databaseUrl ? { databaseUrl } : {}),
  onLine: (line) =>
    process.stderr.write(`sandbox:service: ${line.tenant} ${line.week} done in ${line.wallMs} ms\n`),
});
for (const line of result.lines) process.stdout.write(`${JSON.stringify(line)}\n`);
process.stdout.write(
  `${JSON.stringify({ total: { ...result.total, store: databaseUrl ? "postgres" : "pglite" } })}\n`,
);
if (result.total.pages !== result.total.tenants || result.total.duplicatePages > 0) process.exitCode = 1;
