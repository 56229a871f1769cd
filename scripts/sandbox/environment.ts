/**
 * The sandbox's world: the Google and Notion HTTP fakes seeded with a temp copy of a workspace folder
 * (the demo company by default), a parent page and an alerts data source shared with the integration,
 * a tenant.json pointing at them, and the environment `vigie run` reads — credentials generated here,
 * at run time, never committed.
 */
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  alertsDatabaseProperties,
  propertyNames,
  statusNames,
} from "../../src/writers/notion/alerts-schema.js";
import type { FaultConfig as GoogleFaults } from "../../test/fakes/google/index.js";
import { fakeServiceAccount, type GoogleFake, startGoogleFake } from "../../test/fakes/google/index.js";
import {
  type FaultConfig,
  type NotionFake,
  type OAuthClientConfig,
  type PageRecord,
  startNotionFake,
} from "../../test/fakes/notion/index.js";

export const DEMO = join(import.meta.dirname, "../../fixtures/demo");
/** An administrator of the demo company, impersonated for Directory and Drive. */
export const DEMO_ADMIN = "marie.dupont@atelier-dupont.fr";
export const PARENT_PAGE_ID = "7e5a0000-0000-4000-8000-00000000a11e";
export const ALERTS_DATA_SOURCE_ID = "a1e70000-0000-4000-8000-00000000a1e7";

export interface SandboxOptions {
  /** Workspace folder copied and served by both fakes. Default: fixtures/demo. */
  workspace?: string;
  admin?: string;
  googleFaults?: GoogleFaults;
  notionFaults?: FaultConfig;
  /** Write output.notion into tenant.json. Default true. */
  notionOutput?: boolean;
  /** The Notion fake also plays a public integration with OAuth. Default: internal integration only. */
  notionOAuth?: OAuthClientConfig;
}

export interface Sandbox {
  /** The temp folder: seed copy, tenant.json, workspace/ and out/ of the runs. */
  dir: string;
  tenantFile: string;
  google: GoogleFake;
  notion: NotionFake;
  /** Everything `vigie sync` / `vigie run` need to reach the fakes. */
  env: Record<string, string>;
  /** Values that must never appear in any output (the token, the private key). */
  secrets: string[];
  /** What the Notion fake holds: live weekly pages under the parent, live alert rows. */
  state(): { pages: number; alertRows: number };
  alertRows(): { key: string; status: string }[];
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-sandbox-"));
  const seed = join(dir, "seed");
  await cp(options.workspace ?? DEMO, seed, { recursive: true });
  const key = fakeServiceAccount();
  const token = `secret_sandbox_${randomBytes(16).toString("hex")}`;
  const google = await startGoogleFake({
    workspace: seed,
    publicKeys: { [key.client_email]: key.public_key },
    ...(options.googleFaults ? { faults: options.googleFaults } : {}),
  });
  const notion = await startNotionFake({
    workspace: seed,
    token,
    ...(options.notionFaults ? { faults: options.notionFaults } : {}),
    ...(options.notionOAuth ? { oauth: options.notionOAuth } : {}),
  });
  addParentPage(notion);
  createAlertsDataSource(notion);
  const tenantFile = await writeTenant(seed, dir, options.notionOutput ?? true);
  const env = {
    VIGIE_GOOGLE_SA_KEY: JSON.stringify({
      type: "service_account",
      client_email: key.client_email,
      private_key: key.private_key,
    }),
    VIGIE_GOOGLE_ADMIN: options.admin ?? DEMO_ADMIN,
    VIGIE_NOTION_TOKEN: token,
    VIGIE_GOOGLE_ROOT_URL: google.url,
    VIGIE_GOOGLE_TOKEN_URL: `${google.url}/token`,
    VIGIE_NOTION_BASE_URL: notion.url,
    VIGIE_UPSTREAM_PACE: "fast",
  };
  return {
    dir,
    tenantFile,
    google,
    notion,
    env,
    secrets: [token, ...keyLines(key.private_key)],
    state: () => ({ pages: livePages(notion).length, alertRows: liveRows(notion).length }),
    alertRows: () =>
      liveRows(notion)
        .map(rowSummary)
        .sort((a, b) => a.key.localeCompare(b.key)),
    close: async () => {
      await Promise.all([google.close(), notion.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The tenant's own tenant.json, plus where the weekly page and the alert rows go. */
async function writeTenant(seed: string, dir: string, notionOutput: boolean): Promise<string> {
  const tenant = JSON.parse(await readFile(join(seed, "tenant.json"), "utf8")) as Record<string, unknown>;
  if (notionOutput) {
    tenant.output = { notion: { parentPageId: PARENT_PAGE_ID, alertsDataSourceId: ALERTS_DATA_SOURCE_ID } };
  }
  const file = join(dir, "tenant.json");
  await writeFile(file, `${JSON.stringify(tenant, null, 2)}\n`);
  return file;
}

/** A workspace-level page the integration was given, as a leader would share "Vigie" with it. */
function addParentPage(notion: NotionFake): void {
  const title = [
    {
      type: "text",
      text: { content: "Vigie", link: null },
      plain_text: "Vigie",
      href: null,
      annotations: {},
    },
  ];
  const page = {
    ...notion.store.stamp(),
    object: "page",
    id: PARENT_PAGE_ID,
    parent: { type: "workspace", workspace: true },
    properties: { title: { id: "title", type: "title", title } },
    url: notion.store.pageUrl(PARENT_PAGE_ID),
    public_url: null,
  } as PageRecord;
  notion.store.pages.set(PARENT_PAGE_ID, page);
  notion.share(PARENT_PAGE_ID);
}

/** Vigie's alerts schema in French (the demo's language), the state as a `status` property. */
function createAlertsDataSource(notion: NotionFake): void {
  const properties = alertsDatabaseProperties("fr") as Record<string, Record<string, unknown>>;
  const options = Object.values(statusNames("fr")).map((name) => ({ name }));
  properties[propertyNames("fr").status] = { status: { options } };
  notion.createDataSource({
    id: ALERTS_DATA_SOURCE_ID,
    parentPageId: PARENT_PAGE_ID,
    title: "Alertes Vigie",
    properties: properties as never,
  });
  notion.share(ALERTS_DATA_SOURCE_ID);
}

function livePages(notion: NotionFake): PageRecord[] {
  return notion.store.pagesUnder(PARENT_PAGE_ID).filter((p) => !p.in_trash);
}

function liveRows(notion: NotionFake): PageRecord[] {
  return notion.store.pagesIn(ALERTS_DATA_SOURCE_ID).filter((p) => !p.in_trash);
}

function rowSummary(row: PageRecord): { key: string; status: string } {
  const names = propertyNames("fr");
  const key = row.properties[names.key] as { rich_text?: { plain_text?: string }[] } | undefined;
  const status = row.properties[names.status] as { status?: { name?: string } } | undefined;
  return {
    key: (key?.rich_text ?? []).map((t) => t.plain_text ?? "").join(""),
    status: status?.status?.name ?? "",
  };
}

/** The key's base64 lines: any one of them in a log would be a leak. */
function keyLines(pem: string): string[] {
  return pem.split("\n").filter((line) => line.length > 40 && !line.startsWith("-----"));
}
