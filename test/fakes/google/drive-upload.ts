/**
 * Drive v3 uploads: `files.create` (POST /upload/drive/v3/files) and `files.update` (PATCH
 * /upload/drive/v3/files/{fileId}), with `uploadType=multipart` (a JSON metadata part, then the media part,
 * in a multipart/related body, as googleapis-common sends it) or `uploadType=media` (media only).
 *
 * As Drive does: a file created with `mimeType: application/vnd.google-apps.document` from HTML or plain
 * text is imported (converted) into a Google Doc, and an update of a Google Doc's media converts again. The
 * fake keeps the converted content as plain text (state.driveContents). Writes need `drive` or `drive.file`;
 * with `drive.file` alone only files the app created can be changed (others are not found, as in Drive).
 */
import { randomBytes } from "node:crypto";
import { requireScope, seesAllDriveFiles } from "./auth.js";
import { type ApiContext, badParam, googleError, ok, type Reply } from "./http.js";
import type { DriveContent } from "./state.js";
import type { Json } from "./workspace.js";

const WRITE_SCOPES = ["drive", "drive.file"];
const GOOGLE_DOC = "application/vnd.google-apps.document";
/** What Drive imports into a Google Doc among the types Vigie could send. */
const IMPORTABLE_TO_DOC = new Set(["text/html", "text/plain"]);
/** Drive's limit on one appProperty or property: key + value, in UTF-8 bytes. */
const MAX_PROPERTY_BYTES = 124;
const DEFAULT_FIELDS = ["kind", "id", "name", "mimeType"];

interface Upload {
  metadata: Json;
  media: { mimeType: string; body: string } | null;
}

/** POST /upload/drive/v3/files */
export function createFile(ctx: ApiContext): Reply {
  const denied = requireScope(ctx.principal, WRITE_SCOPES);
  if (denied) return denied;
  const upload = readUpload(ctx);
  if ("status" in upload) return upload;
  const { metadata, media } = upload;
  const parents = Array.isArray(metadata.parents) ? metadata.parents.map(String) : [];
  if (parents.length > 1) {
    return googleError(403, "Increasing the number of parents is not allowed", {
      reason: "cannotAddParent",
    });
  }
  const problem = checkProperties(metadata.appProperties) ?? checkProperties(metadata.properties);
  if (problem) return problem;
  const target = typeof metadata.mimeType === "string" ? metadata.mimeType : null;
  const converted = conversion(target, media);
  if ("status" in converted) return converted;
  const id = randomBytes(24).toString("base64url");
  const file = ctx.state.addDriveFile({
    id,
    name: typeof metadata.name === "string" ? metadata.name : "Untitled",
    mimeType: converted.mimeType,
    ...(parents.length > 0 ? { parents } : {}),
    ...pick(metadata, ["appProperties", "properties", "description"]),
    webViewLink: viewLink(id, converted.mimeType),
  });
  ctx.state.appFiles.add(id);
  if (converted.content) ctx.state.driveContents.set(id, converted.content);
  return ok(project(file, ctx.query.get("fields")));
}

/** PATCH /upload/drive/v3/files/{fileId} */
export function updateFile(ctx: ApiContext): Reply {
  const denied = requireScope(ctx.principal, WRITE_SCOPES);
  if (denied) return denied;
  const id = ctx.params[0] ?? "";
  const stored = ctx.state.driveFiles.get(id);
  const appFile = ctx.state.appFiles.has(id);
  if (!stored || stored.removed || (!seesAllDriveFiles(ctx.principal) && !appFile)) {
    return googleError(404, `File not found: ${id}.`, {
      reason: "notFound",
      location: "fileId",
      locationType: "parameter",
    });
  }
  if (!appFile && !ctx.principal.scopes.includes("https://www.googleapis.com/auth/drive")) {
    return googleError(403, "The user does not have sufficient permissions for this file.", {
      reason: "insufficientFilePermissions",
    });
  }
  const upload = readUpload(ctx);
  if ("status" in upload) return upload;
  const { metadata, media } = upload;
  const problem = checkProperties(metadata.appProperties) ?? checkProperties(metadata.properties);
  if (problem) return problem;
  const current = String(stored.value.mimeType ?? "");
  const converted = media ? conversion(current === GOOGLE_DOC ? GOOGLE_DOC : null, media) : null;
  if (converted && "status" in converted) return converted;
  const patch: Json = {
    ...pick(metadata, ["name", "description"]),
    ...mergedProperties(stored.value, metadata, "appProperties"),
    ...mergedProperties(stored.value, metadata, "properties"),
  };
  const file = ctx.state.updateDriveFile(id, patch);
  if (converted?.content) ctx.state.driveContents.set(id, converted.content);
  return ok(project(file, ctx.query.get("fields")));
}

function readUpload(ctx: ApiContext): Upload | Reply {
  const uploadType = ctx.query.get("uploadType");
  const body = ctx.body ?? "";
  const contentType = ctx.contentType ?? "";
  if (uploadType === "media") {
    return { metadata: {}, media: { mimeType: mediaType(contentType) || "application/octet-stream", body } };
  }
  if (uploadType !== "multipart") {
    return badParam(
      "uploadType",
      `Invalid value '${uploadType ?? ""}'. Expected media, multipart or resumable.`,
    );
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!/^multipart\/related\b/i.test(contentType) || !boundary) {
    return badRequest(`Media type '${mediaType(contentType)}' is not supported. Valid media types: [*/*]`);
  }
  const parts = multipartParts(body, boundary);
  if (parts.length !== 2) return badRequest(`Invalid multipart request with ${parts.length} mime parts.`);
  const [meta, media] = parts as [Part, Part];
  if (mediaType(meta.contentType) !== "application/json") {
    return badRequest("Metadata part is not JSON");
  }
  let metadata: unknown;
  try {
    metadata = JSON.parse(meta.body);
  } catch {
    return badRequest("Metadata part is not valid JSON");
  }
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) {
    return badRequest("Metadata part is not a JSON object");
  }
  return {
    metadata: metadata as Json,
    media: { mimeType: mediaType(media.contentType) || "application/octet-stream", body: media.body },
  };
}

interface Part {
  contentType: string;
  body: string;
}

/** RFC 2046: parts between `--boundary` lines, each headers + blank line + body; `--boundary--` closes. */
export function multipartParts(body: string, boundary: string): Part[] {
  const segments = body.split(`--${boundary}`);
  const parts: Part[] = [];
  for (const segment of segments.slice(1)) {
    if (segment.startsWith("--")) break;
    const text = segment.replace(/^\r?\n/, "").replace(/\r?\n$/, "");
    const split = /\r?\n\r?\n/.exec(text);
    const headers = split ? text.slice(0, split.index) : text;
    const content = split ? text.slice(split.index + split[0].length) : "";
    const contentType = /^content-type:\s*(.+)$/im.exec(headers)?.[1]?.trim() ?? "";
    parts.push({ contentType, body: content });
  }
  return parts;
}

/** The stored mimeType and content: imported into a Google Doc when asked, else kept as uploaded. */
function conversion(
  target: string | null,
  media: Upload["media"],
): { mimeType: string; content: DriveContent | null } | Reply {
  if (!media) return { mimeType: target ?? "application/octet-stream", content: null };
  const bytes = Buffer.byteLength(media.body, "utf8");
  if (target === GOOGLE_DOC) {
    if (!IMPORTABLE_TO_DOC.has(media.mimeType)) {
      return badRequest(`Conversion of ${media.mimeType} to ${GOOGLE_DOC} is not supported.`);
    }
    const text = media.mimeType === "text/html" ? htmlToText(media.body) : media.body;
    return { mimeType: GOOGLE_DOC, content: { sourceMimeType: media.mimeType, text, bytes } };
  }
  return {
    mimeType: target ?? media.mimeType,
    content: { sourceMimeType: media.mimeType, text: media.body, bytes },
  };
}

const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|header|footer|main|article|br|hr)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Roughly what a Google Doc imported from HTML reads as: the visible text, one line per block. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(head|style|script|template)\b[\s\S]*?<\/\1>/gi, "")
    .replace(BLOCK, "\n")
    .replace(/<\/t[dh]>/gi, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(whole, name))
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith("#x") || name.startsWith("#X"))
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()] ?? whole;
}

/** appProperties/properties of an update are merged into the file's; a null value removes the key. */
function mergedProperties(file: Json, metadata: Json, field: "appProperties" | "properties"): Json {
  const patch = metadata[field];
  if (typeof patch !== "object" || patch === null) return {};
  const merged: Record<string, unknown> = { ...((file[field] as Record<string, unknown> | undefined) ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = String(value);
  }
  return { [field]: merged };
}

function checkProperties(properties: unknown): Reply | null {
  if (properties === undefined || properties === null) return null;
  if (typeof properties !== "object" || Array.isArray(properties)) return badRequest("Invalid properties");
  for (const [key, value] of Object.entries(properties)) {
    if (value === null) continue;
    if (Buffer.byteLength(key + String(value), "utf8") > MAX_PROPERTY_BYTES) {
      return badRequest(
        `The size of the property key and value exceeds the maximum of ${MAX_PROPERTY_BYTES} bytes: ${key}`,
      );
    }
  }
  return null;
}

function viewLink(id: string, mimeType: string): string {
  return mimeType === GOOGLE_DOC
    ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`
    : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
}

/** Top-level `fields` (`id,name,appProperties`); without it, Drive's default fields. `*` for all. */
function project(file: Json, fields: string | null): Json {
  const wanted = fields?.trim()
    ? fields.split(",").map((f) => f.trim().replace(/\(.*$/, ""))
    : DEFAULT_FIELDS;
  if (wanted.includes("*")) return file;
  return Object.fromEntries(wanted.filter((f) => f in file).map((f) => [f, file[f]]));
}

function pick(source: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

function mediaType(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

function badRequest(message: string): Reply {
  return googleError(400, message, { reason: "badRequest" });
}
