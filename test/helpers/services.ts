/** The real services of test/setup/services.ts, for the tests that need them. */
import { type Browser, chromium } from "playwright-core";
import { inject } from "vitest";

/** URL of the test PostgreSQL (a database of its own per caller is the caller's job). */
export function postgresUrl(): string {
  const url = inject("databaseUrl");
  if (!url) {
    throw new Error(
      "PostgreSQL tests need a server: install Debian's postgresql (scripts/test-env/debian-packages.sh) or set VIGIE_TEST_DATABASE_URL",
    );
  }
  return url;
}

/** Debian's Chromium, headless, through playwright-core (no browser download). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = inject("chromiumPath");
  if (!executablePath) {
    throw new Error(
      "browser tests need Chromium: install Debian's chromium (scripts/test-env/debian-packages.sh) or set VIGIE_CHROMIUM",
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The closed network refuses Chromium's background connections; keep it quiet and local.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
