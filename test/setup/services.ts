/**
 * Vitest global setup: the real services some tests drive.
 * - PostgreSQL: `VIGIE_TEST_DATABASE_URL` when set (CI starts one), otherwise a throwaway cluster
 *   from the Debian binaries (scripts/test-env/postgres.sh), stopped after the run.
 * - Chromium: `VIGIE_CHROMIUM` or Debian's /usr/bin/chromium.
 * A missing service is not skipped: the tests that need it fail and name the package to install.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    chromiumPath: string;
  }
}

const script = join(import.meta.dirname, "../../scripts/test-env/postgres.sh");

export default function setup(project: TestProject): () => void {
  let stop = (): void => {};
  let databaseUrl = process.env.VIGIE_TEST_DATABASE_URL ?? "";
  if (!databaseUrl && hasPostgresBinaries()) {
    const dir = mkdtempSync(join(tmpdir(), "vigie-pg-"));
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    databaseUrl = execFileSync("bash", [script, "start", dir, port], { encoding: "utf8" }).trim();
    stop = () => execFileSync("bash", [script, "stop", dir]);
  }
  const chromium = process.env.VIGIE_CHROMIUM ?? "/usr/bin/chromium";
  project.provide("databaseUrl", databaseUrl);
  project.provide("chromiumPath", existsSync(chromium) ? chromium : "");
  return stop;
}

function hasPostgresBinaries(): boolean {
  try {
    execFileSync("bash", ["-c", 'compgen -G "/usr/lib/postgresql/*/bin/postgres"'], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
