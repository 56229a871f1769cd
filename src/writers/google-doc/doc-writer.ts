/**
 * The weekly alignment-health page as a Google Doc: the HTML page (renderDocHtml: the same page, its details
 * as headed sections since a Doc has no disclosure) uploaded to Drive, which
 * converts it into a Google Doc, in the tenant's folder (`output.googleDoc.folderId`). One doc per
 * (tenant, week), found by a private app property, created once and updated in place.
 *
 * - Idempotent: the doc is looked up by `appProperties` (`vigieKey` = "<tenant>|<week>") before anything
 *   is written; a create whose answer was lost (timeout, 5xx after commit) is reconciled by the same
 *   lookup in Upstream, so a retry never leaves two docs. appProperties are private to Vigie's OAuth
 *   client: a user cannot see or edit them, and renaming or moving the doc does not lose it.
 * - Cheap re-runs: a SHA-256 of the HTML is kept in another app property; an unchanged page costs one
 *   list request and no upload.
 * - The Drive client must be `docWriterClient` (scope `drive.file`: only the files Vigie created), and
 *   the Upstream the one retry layer (SDK retries are off).
 */
import { createHash } from "node:crypto";
import type { drive_v3 } from "@googleapis/drive";
import { ConfigError, UpstreamError } from "../../core/errors.js";
import type { Tenant } from "../../core/model.js";
import type { Report } from "../../core/report.js";
import { GOOGLE } from "../../upstream/google/errors.js";
import type { Upstream } from "../../upstream/upstream.js";
import { renderDocHtml } from "../html.js";

export const GOOGLE_DOC_MIME_TYPE = "application/vnd.google-apps.document";
/** App property holding the doc's key, "<tenant id>|<week>". */
export const DOC_KEY_PROPERTY = "vigieKey";
/** App property holding the SHA-256 (hex) of the HTML last uploaded. */
export const DOC_HASH_PROPERTY = "vigieSha256";
/** Drive's limit on one property, key + value, in UTF-8 bytes. */
const MAX_PROPERTY_BYTES = 124;
/** Fields asked for: Drive's defaults omit appProperties, and a lookup needs them. */
const LOOKUP_FIELDS = "incompleteSearch, files(id, name, createdTime, appProperties)";

export interface WeeklyDocInput {
  /** The Drive folder the doc is created in (`tenant.output.googleDoc.folderId`). */
  folderId: string;
  tenant: Pick<Tenant, "id" | "name">;
  week: string;
  report: Report;
}

export interface WeeklyDocResult {
  fileId: string;
  url: string;
  /** True when this run created the doc (a reconciled create counts as created). */
  created: boolean;
  /** True when the content was uploaded (create or update); false when it was already up to date. */
  uploaded: boolean;
}

interface FoundDoc {
  id: string;
  hash: string | null;
}

/** "Vigie — Atelier Dupont SAS — 2026-W47": the doc's name (not its key: users may rename it). */
export function weeklyDocName(tenantName: string, week: string): string {
  return `Vigie — ${tenantName} — ${week}`;
}

/** The key stored in the doc's `vigieKey` app property. */
export function weeklyDocKey(tenantId: string, week: string): string {
  return `${tenantId}|${week}`;
}

/** A stable link to a Google Doc, whatever its name becomes. */
export function googleDocUrl(fileId: string): string {
  return `https://docs.google.com/document/d/${fileId}/edit`;
}

export async function writeWeeklyDoc(
  drive: drive_v3.Drive,
  upstream: Upstream,
  input: WeeklyDocInput,
): Promise<WeeklyDocResult> {
  const key = weeklyDocKey(input.tenant.id, input.week);
  checkPropertySize(DOC_KEY_PROPERTY, key);
  const name = weeklyDocName(input.tenant.name, input.week);
  const html = renderDocHtml(input.report);
  const hash = createHash("sha256").update(html, "utf8").digest("hex");
  const appProperties = { [DOC_KEY_PROPERTY]: key, [DOC_HASH_PROPERTY]: hash };
  // A string, not a stream: a retried upload (Upstream) must be able to send the same body again.
  const media = { mimeType: "text/html", body: html };

  const perRequest = uploadOptions(drive);
  const found = await findDoc(drive, upstream, key);
  if (found) {
    if (found.hash === hash) return result(found.id, false, false);
    // Replacing a doc's media by id with the same body is harmless to repeat: idempotent.
    await upstream.call(
      "drive.files.update",
      async () =>
        (
          await drive.files.update(
            {
              fileId: found.id,
              requestBody: { name, appProperties },
              media,
              fields: "id",
              supportsAllDrives: true,
            },
            perRequest,
          )
        ).data,
      { idempotent: true },
    );
    return result(found.id, false, true);
  }

  const create = async (): Promise<FoundDoc> => {
    const { data } = await drive.files.create(
      {
        // A Google Doc mimeType with HTML media: Drive imports (converts) the HTML into a Google Doc.
        requestBody: { name, mimeType: GOOGLE_DOC_MIME_TYPE, parents: [input.folderId], appProperties },
        media,
        fields: "id",
        supportsAllDrives: true,
      },
      perRequest,
    );
    if (!data.id) {
      throw new UpstreamError(
        "Google POST /upload/drive/v3/files: no file id in the answer",
        GOOGLE,
        200,
        false,
      );
    }
    return { id: data.id, hash };
  };
  // A create that timed out or failed with a 5xx may have been committed: look before retrying.
  const created = await upstream.call("drive.files.create", create, {
    idempotent: false,
    reconcile: () => findDocRequest(drive, key),
  });
  return result(created.id, true, true);
}

/** The live doc with this key (the oldest, should a race ever have made two), or null. */
async function findDoc(drive: drive_v3.Drive, upstream: Upstream, key: string): Promise<FoundDoc | null> {
  return upstream.call("drive.files.list", () => findDocRequest(drive, key), { idempotent: true });
}

async function findDocRequest(drive: drive_v3.Drive, key: string): Promise<FoundDoc | null> {
  const { data } = await drive.files.list({
    q: `appProperties has { key='${DOC_KEY_PROPERTY}' and value='${quote(key)}' } and trashed = false`,
    fields: LOOKUP_FIELDS,
    pageSize: 10,
    // The folder may be in a shared drive; with `drive.file` only Vigie's own files are searched anyway.
    corpora: "allDrives",
    includeItemsFromAllDrives: true,
    supportsAllDrives: true,
  });
  const files = (data.files ?? [])
    .filter((f): f is drive_v3.Schema$File & { id: string } => typeof f.id === "string")
    .sort((a, b) => (a.createdTime ?? "").localeCompare(b.createdTime ?? "") || a.id.localeCompare(b.id));
  const first = files[0];
  if (!first && data.incompleteSearch) {
    // Drive could not search every corpus: "not found" would not be proof, and a create could duplicate.
    throw new UpstreamError(
      "Google GET /drive/v3/files: incomplete search for the weekly doc, not creating a possible duplicate",
      GOOGLE,
      200,
      true,
    );
  }
  if (!first) return null;
  return { id: first.id, hash: first.appProperties?.[DOC_HASH_PROPERTY] ?? null };
}

/**
 * googleapis-common applies a client's `rootUrl` to the API URL but not to the upload URL (`mediaUrl` is
 * built from the per-request `rootUrl` only), so an upload through a client rooted elsewhere (a fake, a
 * private endpoint) would still go to www.googleapis.com. Passing the client's root per request fixes it;
 * against Google (no rootUrl) nothing changes.
 */
function uploadOptions(drive: drive_v3.Drive): { rootUrl?: string } {
  const rootUrl = drive.context._options.rootUrl;
  return rootUrl ? { rootUrl } : {};
}

function result(fileId: string, created: boolean, uploaded: boolean): WeeklyDocResult {
  return { fileId, url: googleDocUrl(fileId), created, uploaded };
}

/** A value inside a Drive query string literal: backslash and quote escaped. */
function quote(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/'/g, "\\'");
}

function checkPropertySize(key: string, value: string): void {
  const bytes = Buffer.byteLength(key + value, "utf8");
  if (bytes > MAX_PROPERTY_BYTES) {
    throw new ConfigError(
      `Google Doc key "${value}" is too long for a Drive app property (${bytes} bytes, at most ${MAX_PROPERTY_BYTES} with its name): shorten the tenant id`,
    );
  }
}
