/** The live Google source, as `vigie sync` / `vigie run` compose it. */

export {
  GOOGLE_CLIENT_DEFAULTS,
  GOOGLE_READ_ONLY_SCOPES,
  type GoogleClientOptions,
} from "../../../upstream/google/clients.js";
export {
  ENV_ADMIN,
  ENV_SA_KEY,
  ENV_SA_KEY_FILE,
  type GoogleCredentials,
  googleCredentialsFromEnv,
} from "../../../upstream/google/credentials.js";
export { classifyGoogleError, SyncTokenExpiredError } from "../../../upstream/google/errors.js";
export { CALENDAR_WINDOW_DEFAULT, type CalendarWindow } from "./calendar-sync.js";
export {
  createGoogleSyncer,
  GOOGLE_UPSTREAM_DEFAULTS,
  type GoogleSyncerOptions,
  type GoogleSyncState,
} from "./google-syncer.js";
