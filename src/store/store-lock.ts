/**
 * A lock file beside an embedded PGlite folder: PGlite is one process's database, so a second process
 * waits until the first closes it. The file holds the owner's pid; a lock whose process is gone (a
 * crash, a kill) is taken over, so a crashed run never blocks the next one.
 */
import { open, readFile, rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

export interface FolderLockOptions {
  /** How long to wait for another process to close the store. Default 10 minutes (a long run). */
  waitMs?: number;
  /** Told once when another process holds the store and this one starts waiting. */
  onWait?: (holderPid: number) => void;
}

const POLL_MS = 100;

export async function acquireFolderLock(
  dir: string,
  o: FolderLockOptions = {},
): Promise<() => Promise<void>> {
  // Beside the folder, not in it: PGlite creates a new database only in an empty folder.
  const file = `${dir}.lock`;
  const deadline = Date.now() + (o.waitMs ?? 600_000);
  let told = false;
  for (;;) {
    if (await tryCreate(file)) return () => rm(file, { force: true });
    const holder = await holderPid(file);
    if (holder !== null && !isAlive(holder)) {
      // The holder died: remove its file and race for a fresh one (only one creator wins).
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`${dir}: the store is still held by process ${holder ?? "?"}; try again later`);
    }
    if (!told && holder !== null) {
      o.onWait?.(holder);
      told = true;
    }
    await sleep(POLL_MS);
  }
}

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, "wx");
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

async function holderPid(file: string): Promise<number | null> {
  const text = await readFile(file, "utf8").catch(() => "");
  const pid = Number.parseInt(text, 10);
  // An empty file is a lock being written this instant: treat as alive, look again next poll.
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
