/**
 * The id of a workspace folder, kept in it (`.vigie/mirror-id`). Sync cursors saved in the store name
 * the folder they were made with: a run on another (or a wiped) folder lists everything again instead
 * of resuming a delta whose earlier files are not there.
 */
import { randomUUID } from "node:crypto";
import type { WorkspaceWriter } from "../sources/sync/types.js";

export const MIRROR_FILE = ".vigie/mirror-id.json";

export async function mirrorId(out: WorkspaceWriter): Promise<{ id: string; fresh: boolean }> {
  const saved = (await out.readJson(MIRROR_FILE)) as { id?: unknown } | null;
  if (saved && typeof saved.id === "string" && saved.id) return { id: saved.id, fresh: false };
  const id = randomUUID();
  await out.writeJson(MIRROR_FILE, { id });
  return { id, fresh: true };
}
