/**
 * The Google Doc writer, as `vigie run` would compose it: the writer's own Drive client (`drive.file`
 * only, see GOOGLE_DOC_WRITE_SCOPE) and its own Upstream (the one retry layer, SDK retries off).
 */
import type { drive_v3 } from "@googleapis/drive";
import { GOOGLE_UPSTREAM_DEFAULTS } from "../../sources/google/live/google-syncer.js";
import { docWriterClient, type GoogleClientOptions } from "../../upstream/google/clients.js";
import type { GoogleCredentials } from "../../upstream/google/credentials.js";
import { GOOGLE, upstreamClassifier } from "../../upstream/google/errors.js";
import { Upstream, type UpstreamOptions } from "../../upstream/upstream.js";
import { type WeeklyDocInput, type WeeklyDocResult, writeWeeklyDoc } from "./doc-writer.js";

export {
  DOC_HASH_PROPERTY,
  DOC_KEY_PROPERTY,
  GOOGLE_DOC_MIME_TYPE,
  googleDocUrl,
  type WeeklyDocInput,
  type WeeklyDocResult,
  weeklyDocKey,
  weeklyDocName,
  writeWeeklyDoc,
} from "./doc-writer.js";

export interface GoogleDocWriterOptions extends GoogleClientOptions {
  credentials: GoogleCredentials;
  /** The Workspace user who owns the doc (impersonated). Default: the credentials' admin subject. */
  subject?: string;
  /** Rate limit and retry settings. Default: GOOGLE_UPSTREAM_DEFAULTS. */
  upstream?: Partial<UpstreamOptions>;
}

export interface GoogleDocWriter {
  drive: drive_v3.Drive;
  /** Its `requests` count belongs in the run summary's `requests.google`. */
  upstream: Upstream;
  write(input: WeeklyDocInput): Promise<WeeklyDocResult>;
}

export function createGoogleDocWriter(options: GoogleDocWriterOptions): GoogleDocWriter {
  const drive = docWriterClient(options.credentials, options.subject ?? options.credentials.adminSubject, {
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    ...(options.tokenUrl ? { tokenUrl: options.tokenUrl } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const upstream = new Upstream(
    { ...GOOGLE_UPSTREAM_DEFAULTS, ...options.upstream, name: GOOGLE },
    upstreamClassifier,
  );
  return { drive, upstream, write: (input) => writeWeeklyDoc(drive, upstream, input) };
}
