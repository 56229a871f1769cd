/**
 * Test harness for the live Google syncer: the HTTP fake seeded with a workspace folder, a temp output
 * folder, and the syncer pointed at the fake exactly as production points it at Google (rootUrl +
 * tokenUrl), with an injected sleep that records the delays instead of waiting them.
 */
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Tenant } from "../../../../src/core/model.js";
import { parseTenant } from "../../../../src/core/tenant.js";
import { createGoogleSyncer, type GoogleSyncerOptions } from "../../../../src/sources/google/live/index.js";
import type { Syncer, SyncResult } from "../../../../src/sources/sync/types.js";
import { FileWorkspaceWriter } from "../../../../src/sources/sync/workspace-writer.js";
import { makeCredentials } from "../../../../src/upstream/google/credentials.js";
import { fakeServiceAccount, type GoogleFake } from "../../../fakes/google/index.js";

export const MINI = fileURLToPath(new URL("../../../fakes/fixtures/google-mini", import.meta.url));
export const DEMO = fileURLToPath(new URL("../../../../fixtures/demo", import.meta.url));
export const MINI_ADMIN = "alice@atelier-mini.fr";
export const DEMO_ADMIN = "marie.dupont@atelier-dupont.fr";
/** The fixtures' weeks are in November 2026: the calendar window is placed around them. */
export const FIXTURE_NOW = Date.parse("2026-11-25T12:00:00Z");

const temps: string[] = [];

export async function cleanTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A temp workspace folder holding the seed's tenant.json (what `vigie sync` starts from). */
export async function outputFolder(seed: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-sync-"));
  temps.push(dir);
  await cp(join(seed, "tenant.json"), join(dir, "tenant.json"));
  return dir;
}

/** The seed's tenant, with the mini fixture's notes folder configured. */
export async function seedTenant(seed: string): Promise<Tenant> {
  const file = join(seed, "tenant.json");
  const tenant = parseTenant(JSON.parse(await readFile(file, "utf8")), file);
  return { ...tenant, sources: { driveFolderId: "fld-notes", ...tenant.sources } };
}

export interface Harness {
  syncer: Syncer;
  /** Delays the Upstream asked to sleep, in order. */
  sleeps: number[];
  retries: string[];
  /** Runs one sync into `dir` from `state`; progress lines are collected in `progress`. */
  run(dir: string, tenant: Tenant, state?: Record<string, unknown>): Promise<SyncResult>;
  progress: string[];
}

export function harness(
  fake: GoogleFake,
  admin: string,
  options: Partial<GoogleSyncerOptions> = {},
): Harness {
  const sleeps: number[] = [];
  const retries: string[] = [];
  const progress: string[] = [];
  const key = fakeServiceAccount();
  const syncer = createGoogleSyncer({
    credentials: makeCredentials(key.client_email, key.private_key, admin),
    rootUrl: fake.url,
    tokenUrl: `${fake.url}/token`,
    now: () => FIXTURE_NOW,
    ...options,
    upstream: {
      intervalCap: 1000,
      concurrency: 8,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      onRetry: ({ label, error }) => retries.push(`${label}: ${error.message}`),
      ...options.upstream,
    },
  });
  return {
    syncer,
    sleeps,
    retries,
    progress,
    run: (dir, tenant, state = {}) =>
      syncer.sync({
        tenant,
        out: new FileWorkspaceWriter(dir),
        state,
        progress: (done, total, what) => progress.push(`${done}/${total} ${what}`),
      }),
  };
}

/** Every file of a folder, path → content, to compare runs byte for byte. */
export async function folderContents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out[relative(dir, file)] = await readFile(file, "utf8");
  }
  return out;
}

/** Events of a written calendar file. */
export async function calendarItems(
  dir: string,
  calendarId: string,
): Promise<Array<Record<string, unknown>>> {
  const raw = JSON.parse(await readFile(join(dir, "google", "calendar", `${calendarId}.json`), "utf8"));
  return raw.items;
}
