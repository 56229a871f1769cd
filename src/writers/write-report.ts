import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Report } from "../core/report.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

/**
 * Writes `report.json`, `report.md` and `report.html` into `outDir` (created if needed) and
 * returns their paths. Everything is rendered before the first write, so a rendering bug
 * leaves the previous report untouched; each file then replaces its predecessor atomically.
 */
export async function writeReport(outDir: string, report: Report): Promise<{ files: string[] }> {
  return writeFilesAtomic(outDir, [
    ["report.json", renderJson(report)],
    ["report.md", renderMarkdown(report)],
    ["report.html", renderHtml(report)],
  ]);
}

/** Writes already-rendered files into `outDir` (created if needed), each atomically; their paths. */
export async function writeFilesAtomic(
  outDir: string,
  outputs: readonly (readonly [string, string])[],
): Promise<{ files: string[] }> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, content] of outputs) {
    const path = join(outDir, name);
    await writeFileAtomic(path, content);
    files.push(path);
  }
  return { files };
}

/**
 * Write to a temporary file in the same directory (so `rename` stays on one file system and is
 * atomic), flush it to disk, then rename over the target: a reader, or a crash, sees the old
 * file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await open(tmp, "w", 0o644);
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
