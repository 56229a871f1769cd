/**
 * The service's clock: `VIGIE_NOW` (fakes seeded with dated data) or the real one. The same rule as
 * `clockFromEnv` of live-services.ts, kept apart so that `dispatch` does not load the workspace SDKs
 * live-services.ts imports (cold start).
 */
import { ConfigError } from "../../core/errors.js";

export function serviceClock(env: Readonly<Record<string, string | undefined>>): () => Date {
  const value = env.VIGIE_NOW?.trim();
  if (!value) return () => new Date();
  const at = Date.parse(value);
  if (Number.isNaN(at))
    throw new ConfigError(`VIGIE_NOW: expected an ISO instant like 2026-11-23T10:00:00Z, got "${value}"`);
  return () => new Date(at);
}
