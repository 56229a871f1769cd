import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/services.ts"],
    // Dates must not depend on the machine's zone: run under a non-UTC one.
    env: { TZ: "America/New_York" },
    testTimeout: 20_000,
  },
});
