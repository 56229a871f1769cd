/**
 * `WorkspaceWriter` on the file system. Every write goes to a temporary file in the target's folder and
 * is renamed over the target: a sync killed half-way leaves each file either old or new, never torn, so
 * the folder reader and the next incremental sync can always trust what they find.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";
import { BadInputError } from "../../core/errors.js";
import type { WorkspaceWriter } from "./types.js";

export class FileWorkspaceWriter implements WorkspaceWriter {
  constructor(readonly root: string) {}

  async readJson(path: string): Promise<unknown | null> {
    const file = this.resolve(path);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new BadInputError(file, null, "expected JSON (the file does not parse)");
    }
  }

  async writeJson(path: string, data: unknown): Promise<void> {
    const file = this.resolve(path);
    await mkdir(dirname(file), { recursive: true });
    // Same folder as the target: rename is atomic only within one file system.
    const temp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(data, null, 2)}\n`, "utf8");
      await rename(temp, file);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await unlink(this.resolve(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }

  /** Paths are built from API ids: refuse anything that would leave the workspace. */
  private resolve(path: string): string {
    const clean = normalize(path);
    if (isAbsolute(clean) || clean === ".." || clean.startsWith(`..${sep}`) || clean === ".") {
      throw new BadInputError(path, null, "expected a path inside the workspace folder");
    }
    return join(this.root, clean);
  }
}
