/** One add-on world for a test: the built project, the fake Apps Script services, the fake service. */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AddonBuild, buildAddon } from "../../scripts/build-addon.js";
import { FakeConfigService } from "../fakes/appsscript/config-service.js";
import { identityKeys, mintIdentityToken } from "../fakes/appsscript/identity.js";
import { type AppsScriptWorld, loadAddon } from "../fakes/appsscript/runtime.js";

type Json = Record<string, unknown>;

export const SERVICE = "https://vigie-config.example.run.app";
const WORKSPACE = join(import.meta.dirname, "../fixtures/workspace/google");

let built: Promise<AddonBuild> | null = null;

/** Builds the add-on once per test file, into a folder of its own. */
export function builtAddon(): Promise<AddonBuild> {
  built ??= mkdtemp(join(tmpdir(), "vigie-addon-")).then((dir) => buildAddon(dir));
  return built;
}

/** Directory users as the Admin SDK returned them (the workspace fixture's pages). */
export function directoryUsers(): Json[] {
  const pages = JSON.parse(readFileSync(join(WORKSPACE, "directory/users.json"), "utf8")) as {
    users: Json[];
  }[];
  return pages.flatMap((p) => p.users);
}

export function calendarIds(): string[] {
  return readdirSync(join(WORKSPACE, "calendar")).map((f) => f.replace(/\.json$/, ""));
}

/** Events of the last weeks, relative to now, with the fields Calendar v3 returns. */
export function recentEvents(
  titles: { summary: string; daysAgo: number; visibility?: string; status?: string }[],
): Json[] {
  return titles.map((t, i) => {
    const start = new Date(Date.now() - t.daysAgo * 86_400_000);
    return {
      kind: "calendar#event",
      id: `e${i}`,
      status: t.status ?? "confirmed",
      summary: t.summary,
      ...(t.visibility ? { visibility: t.visibility } : {}),
      start: { dateTime: start.toISOString() },
      end: { dateTime: new Date(start.getTime() + 3_600_000).toISOString() },
    };
  });
}

export interface AddonTestWorld {
  addon: AppsScriptWorld;
  service: FakeConfigService;
  build: AddonBuild;
}

export async function addonWorld(o: {
  email?: string;
  locale?: string;
  /** The first admins registered for an empty tenant (default: the user). */
  firstAdmins?: string[];
  calendars?: Map<string, Json[]>;
  users?: Json[];
  openid?: boolean;
  container?: "docs" | "sheets";
}): Promise<AddonTestWorld> {
  const build = await builtAddon();
  const keys = identityKeys();
  const email = o.email ?? "julie@acme.fr";
  const service = new FakeConfigService(keys, o.firstAdmins ?? [email]);
  const addon = loadAddon({
    projectDir: build.dir,
    email,
    locale: o.locale ?? "fr",
    identityToken: o.openid === false ? null : await mintIdentityToken(keys, email),
    users: o.users ?? directoryUsers(),
    calendars: o.calendars ?? new Map(),
    container: o.container ?? "docs",
  });
  addon.urlFetch.serve(SERVICE, service.handle);
  return { addon, service, build };
}
