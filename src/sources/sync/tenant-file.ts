/**
 * `--tenant T` of `vigie sync` / `vigie run`: a `tenant.json` file, or a folder holding one. Errors name
 * the file (and the field, through `parseTenant`) so the CLI can exit 2 with a message that says where.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { BadInputError } from "../../core/errors.js";
import type { Tenant } from "../../core/model.js";
import { parseTenant } from "../../core/tenant.js";

export interface TenantFile {
  file: string;
  tenant: Tenant;
  /** The JSON as read: what a sync copies into the workspace folder. */
  raw: unknown;
}

export async function loadTenantFile(path: string): Promise<TenantFile> {
  const file = (await isDirectory(path)) ? join(path, "tenant.json") : path;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    throw new BadInputError(file, null, `expected a tenant.json file (${code})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BadInputError(file, null, "expected JSON (the file does not parse)");
  }
  return { file, tenant: parseTenant(raw, file), raw };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
