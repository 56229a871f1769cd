/**
 * For the embedded store only: the envelope key generated on first use into a file readable by its
 * owner alone, beside the store (never in the repository), as pseudonyms.ts does for its secret.
 * Losing it makes the configurations stored so far unreadable (as losing a Notion token key would).
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ConfigError } from "../core/errors.js";

export async function localEnvelopeKey(file: string): Promise<Buffer> {
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString("base64")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = Buffer.from((await readFile(file, "utf8")).trim(), "base64");
  if (key.length !== 32) throw new ConfigError(`${file}: expected a 32-byte key, base64-encoded`);
  return key;
}
