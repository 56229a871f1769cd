/**
 * Ids out of what an assistant pastes: a Notion page or database URL (the 32 hex digits at the
 * end of its path, dashed or not), a Google Drive folder URL, or the bare id.
 */

const NOTION_ID = /([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:$|[?#&/])/i;

/** The dashed UUID form the Notion API returns, or null when the text holds no Notion id. */
export function notionIdOf(text: string): string | null {
  const trimmed = text.trim();
  const path = trimmed.replace(/^https?:\/\/[^/]+/, "").split(/[?#]/)[0] ?? "";
  // In a URL the id ends the last path segment ("Page-title-<id>"); a query `?v=` is a view, not the database.
  const found = NOTION_ID.exec(`${path.split("/").pop() ?? ""}/`) ?? NOTION_ID.exec(`${trimmed}/`);
  const hex = found?.[1]?.replace(/-/g, "").toLowerCase();
  if (!hex) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `https://drive.google.com/drive/folders/<id>?…` (or `u/0/folders/<id>`), or a bare id. */
export function driveFolderIdOf(text: string): string | null {
  const trimmed = text.trim();
  const inUrl =
    /\/folders\/([A-Za-z0-9_-]{10,})/.exec(trimmed) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(trimmed);
  if (inUrl?.[1]) return inUrl[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(trimmed) ? trimmed : null;
}
