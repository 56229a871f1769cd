/**
 * An HTTP-level fake of the Notion API (version 2025-09-03) for the official SDK:
 *
 *   const fake = await startNotionFake({ workspace: "fixtures/demo", token: "secret_test" });
 *   const notion = new Client({ auth: "secret_test", baseUrl: fake.url, notionVersion: "2025-09-03", retry: false });
 *   …
 *   await fake.close();
 */
import { type FaultConfig, FaultInjector } from "./faults.js";
import { type JsonObject, newId, normalizeId } from "./ids.js";
import { NotionOAuth, type OAuthClientConfig } from "./oauth.js";
import { schemaFromConfig } from "./properties.js";
import { blockRoutes } from "./routes-blocks.js";
import { dataSourceRoutes } from "./routes-data-sources.js";
import { pageRoutes } from "./routes-pages.js";
import { seedWorkspace } from "./seed.js";
import { listen, type RequestStats } from "./server.js";
import { type DataSourceRecord, NotionStore } from "./store.js";
import { viewRoutes } from "./views.js";

export type { FaultConfig } from "./faults.js";
export * from "./limits.js";
export { NotionOAuth, type OAuthClientConfig } from "./oauth.js";
export { NOTION_VERSION, type RequestLogEntry, type RequestStats } from "./server.js";
export type {
  BlockRecord,
  BlockTree,
  DatabaseRecord,
  DataSourceRecord,
  PageRecord,
  PropertySchema,
} from "./store.js";
export { NotionStore } from "./store.js";

export interface NotionFakeOptions {
  /** A workspace folder whose `notion/` subfolder seeds the store. Default: none (empty store). */
  workspace?: string;
  /** The integration token the fake accepts as `Authorization: Bearer <token>`. Required. */
  token: string;
  /** Faults to inject from the first request. Default: none; change later with `setFaults`. */
  faults?: FaultConfig;
  /** Delay before every answer, in ms. Default 0. `faults.latencyMs` wins when both are set. */
  latencyMs?: number;
  /** Clock for `created_time` / `last_edited_time` (rounded to the minute). Default: the real clock. */
  now?: () => Date;
  /** Play a public integration with OAuth (`POST /v1/oauth/token`). Default: internal integration only. */
  oauth?: OAuthClientConfig;
}

export interface CreateDataSourceInput {
  /** Data source id. Default: a random UUID. */
  id?: string;
  /** Database id. Default: a random UUID. */
  databaseId?: string;
  /** The page holding the database (it gets a child_database block). */
  parentPageId: string;
  title: string;
  /** Schema, e.g. `{ Name: { title: {} }, Severity: { select: { options: [{ name: "alert" }] } } }`. */
  properties: Record<string, JsonObject>;
}

export interface NotionFake {
  /** Base URL for the SDK's `baseUrl` (the SDK appends `/v1/`). */
  url: string;
  store: NotionStore;
  requests: RequestStats;
  faults: { injected: Record<string, number> };
  /** Replaces the fault configuration (counters restart; `faults.injected` keeps its totals). */
  setFaults(config: FaultConfig): void;
  /** Gives the integration access to a page (or block, data source, database) again. */
  share(id: string): void;
  /** Removes access: that object and everything under it answer 404 object_not_found. */
  unshare(id: string): void;
  createDataSource(input: CreateDataSourceInput): DataSourceRecord;
  /** The OAuth side when `options.oauth` is set (approve, revoke), else null. */
  oauth: NotionOAuth | null;
  close(): Promise<void>;
}

export async function startNotionFake(options: NotionFakeOptions): Promise<NotionFake> {
  const store = new NotionStore(options.now);
  if (options.workspace !== undefined) await seedWorkspace(store, options.workspace);
  const injector = new FaultInjector(options.faults);
  const requests: RequestStats = { count: 0, byRoute: {}, log: [] };
  const oauth = options.oauth
    ? new NotionOAuth(options.oauth, () => (options.now?.() ?? new Date()).getTime())
    : null;
  const server = await listen({
    store,
    routes: [...pageRoutes, ...blockRoutes, ...dataSourceRoutes, ...viewRoutes],
    token: options.token,
    oauth,
    faults: injector,
    latencyMs: options.latencyMs ?? 0,
    requests,
  });
  return {
    url: server.url,
    store,
    requests,
    faults: { injected: injector.injected },
    setFaults: (config) => injector.configure(config),
    share: (id) => store.unshared.delete(idOf(id)),
    unshare: (id) => store.unshared.add(idOf(id)),
    createDataSource: (input) => createDataSource(store, input),
    oauth,
    close: server.close,
  };
}

function createDataSource(store: NotionStore, input: CreateDataSourceInput): DataSourceRecord {
  const parentPageId = idOf(input.parentPageId);
  if (!store.pages.has(parentPageId))
    throw new Error(`Expected an existing parent page, got ${input.parentPageId}`);
  return store.addDataSource({
    id: input.id === undefined ? newId() : idOf(input.id),
    databaseId: input.databaseId === undefined ? newId() : idOf(input.databaseId),
    parent: { type: "page_id", page_id: parentPageId },
    title: input.title,
    properties: schemaFromConfig(input.properties),
  });
}

function idOf(raw: string): string {
  const id = normalizeId(raw);
  if (id === undefined) throw new Error(`Expected a Notion id (UUID, dashes optional), got ${raw}`);
  return id;
}
