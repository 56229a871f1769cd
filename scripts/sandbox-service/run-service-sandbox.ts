/**
 * The scheduled service end to end, without Google: N synthetic tenants, each with its own Google and
 * Notion fakes (a company is its own Workspace and Notion workspace), one store (PGlite, or PostgreSQL
 * with `VIGIE_DATABASE_URL`), the real Pub/Sub client publishing to the Pub/Sub fake. `dispatch` picks
 * the due tenants; every published message is delivered to `runTenant` with bounded concurrency, some
 * twice at once (Pub/Sub delivers at least once), a failed delivery redelivered with back-off.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PQueue from "p-queue";
import { Connections } from "../../src/app/service/connections.js";
import { dispatchDue } from "../../src/app/service/dispatch-handler.js";
import { jsonLog } from "../../src/app/service/log.js";
import { handleRunMessage, type RunLine } from "../../src/app/service/run-handler.js";
import { openStore, type Store } from "../../src/store/store.js";
import { createPubSubPublisher } from "../../src/upstream/pubsub/publisher.js";
import { Envelope } from "../../src/upstream/secrets/envelope.js";
import { type GcloudFake, startGcloudFake } from "../../test/fakes/gcloud/server.js";
import { writeWorkspace } from "../fixtures/workspace.js";
import { type Sandbox, startSandbox } from "../sandbox/environment.js";
import { serviceTenants } from "./tenants.js";

/** Monday 23 November 2026, 23:00 UTC: Monday 06:00 has come everywhere from Auckland to Los Angeles. */
export const SERVICE_NOW = "2026-11-23T23:00:00Z";
const TOPIC = "projects/local/topics/vigie-runs";

export interface ServiceSandboxOptions {
  tenants?: number;
  /** Deliveries in flight at once. Default 4. */
  concurrency?: number;
  /** Every Nth message is delivered twice, at the same moment. Default 4. */
  duplicateEvery?: number;
  /** `VIGIE_DATABASE_URL` to use PostgreSQL (a schema of its own, dropped at the end). Default PGlite. */
  databaseUrl?: string;
  onLine?: (line: TenantLine) => void;
}

export interface TenantLine {
  tenant: string;
  week: string;
  page: string | null;
  alerts: number;
  requests: { notion: number; google: number };
  wallMs: number;
  deliveries: number;
  duplicatesIgnored: number;
  redeliveries: number;
}

export interface ServiceSandboxResult {
  lines: TenantLine[];
  total: { tenants: number; pages: number; duplicatePages: number; deliveries: number; wallMs: number };
  /** Every log line the service wrote. */
  logs: string[];
  /** What must never be logged or stored: tokens, keys. */
  secrets: string[];
  /** Every person's address and a sample of note sentences, for the canary. */
  emails: string[];
  sentences: string[];
  /** Every row of every table but the migrations', as JSON text, for the canary. */
  stored: Record<string, string>;
}

interface World {
  id: string;
  sandbox: Sandbox;
  seed: string;
}

export async function runServiceSandbox(o: ServiceSandboxOptions = {}): Promise<ServiceSandboxResult> {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), "vigie-service-"));
  const logs: string[] = [];
  const log = jsonLog((line) => logs.push(line));
  const keys = { pseudonym: randomBytes(32).toString("base64"), envelope: randomBytes(32) };
  const schema = `sandbox_${randomBytes(4).toString("hex")}`;
  const store = await openStore({
    env: {
      VIGIE_PSEUDONYM_KEY: keys.pseudonym,
      VIGIE_ENVELOPE_KEY: keys.envelope.toString("base64"),
      VIGIE_STORE_DIR: join(dir, "store"),
      ...(o.databaseUrl ? { VIGIE_DATABASE_URL: o.databaseUrl } : {}),
    },
    cwd: dir,
    ...(o.databaseUrl ? { schema } : {}),
  });
  const pubsub = await startGcloudFake({ topics: [TOPIC] });
  const worlds: World[] = [];
  try {
    const envelope = new Envelope(keys.envelope);
    for (const company of serviceTenants(o.tenants ?? 20)) {
      worlds.push(await startWorld(company, dir, store, envelope));
    }
    const byTenant = new Map(worlds.map((w) => [w.id, w]));
    const deps = {
      store,
      env: { VIGIE_UPSTREAM_PACE: "fast" },
      envelope,
      workDir: join(dir, "work"),
      now: () => new Date(SERVICE_NOW),
      log,
      generatedBy: "vigie sandbox:service",
      tenantOverlay: (id: string) => overlay(byTenant.get(id)),
    };
    const publisher = await createPubSubPublisher({
      topic: "vigie-runs",
      projectId: "local",
      endpoint: pubsub.url,
    });
    await dispatchDue({ store, publisher: async () => publisher, now: deps.now });
    await publisher.close();
    const lines = await deliverAll(pubsub, deps, o, byTenant);
    const pages = worlds.map((w) => w.sandbox.state().pages);
    return {
      lines,
      total: {
        tenants: worlds.length,
        pages: pages.reduce((a, b) => a + b, 0),
        duplicatePages: pages.reduce((a, b) => a + Math.max(0, b - 1), 0),
        deliveries: lines.reduce((a, l) => a + l.deliveries, 0),
        wallMs: Date.now() - started,
      },
      logs,
      secrets: [
        keys.pseudonym,
        keys.envelope.toString("base64"),
        ...worlds.flatMap((w) => w.sandbox.secrets),
      ],
      ...(await canaryMaterial(worlds)),
      stored: await dumpTables(store),
    };
  } finally {
    await pubsub.close();
    await Promise.all(worlds.map((w) => w.sandbox.close()));
    if (o.databaseUrl) await store.sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function startWorld(
  company: ReturnType<typeof serviceTenants>[number],
  dir: string,
  store: Store,
  envelope: Envelope,
): Promise<World> {
  const seed = join(dir, "companies", company.id);
  writeWorkspace(company, seed);
  const ceo = String(JSON.parse(await readFile(join(seed, "tenant.json"), "utf8")).ceo);
  const sandbox = await startSandbox({ workspace: seed, admin: ceo });
  const tenant = JSON.parse(await readFile(sandbox.tenantFile, "utf8")) as Record<string, unknown>;
  const ts = await store.tenant(company.id);
  await ts.configs.save({ ...tenant, admins: [ceo], googleAdmin: ceo });
  // The tenant's own Notion connection, sealed, as oauthNotion stores it.
  await new Connections(store.sql, company.id, envelope).save(
    "notion",
    sandbox.env.VIGIE_NOTION_TOKEN ?? "",
    {
      workspaceName: company.name,
      connectedBy: ts.pseudonym(ceo),
    },
  );
  return { id: company.id, sandbox, seed };
}

/** Each synthetic tenant's own fakes and service-account key; its Notion token comes from the store. */
function overlay(world: World | undefined): Record<string, string> | undefined {
  if (!world) return undefined;
  const { VIGIE_NOTION_TOKEN: _fromStore, VIGIE_GOOGLE_ADMIN: _fromConfig, ...endpoints } = world.sandbox.env;
  return endpoints;
}

async function deliverAll(
  pubsub: GcloudFake,
  deps: Parameters<typeof handleRunMessage>[1],
  o: ServiceSandboxOptions,
  worlds: Map<string, World>,
): Promise<TenantLine[]> {
  const queue = new PQueue({ concurrency: o.concurrency ?? 4 });
  const every = o.duplicateEvery ?? 4;
  const lines = new Map<string, TenantLine>();
  const deliveries = pubsub.published.flatMap((m, i) => (i % every === every - 1 ? [m, m] : [m]));
  await Promise.all(
    deliveries.map((m) =>
      queue.add(async () => {
        const data = { message: { data: m.data.toString("base64"), messageId: m.messageId } };
        const { result, redeliveries } = await withRedelivery(() => handleRunMessage(data, deps));
        const line = merge(lines.get(result.tenant), result, redeliveries);
        lines.set(result.tenant, line);
        if (result.outcome === "done") o.onLine?.(line);
      }),
    ),
  );
  return [...lines.values()]
    .filter((l) => worlds.has(l.tenant))
    .sort((a, b) => a.tenant.localeCompare(b.tenant));
}

/** Pub/Sub's part: a delivery that threw is delivered again, after a back-off. */
async function withRedelivery(
  deliver: () => Promise<RunLine>,
): Promise<{ result: RunLine; redeliveries: number }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { result: await deliver(), redeliveries: attempt };
    } catch (e) {
      if (attempt >= 8) throw e;
      await new Promise((r) => setTimeout(r, 200 * 2 ** Math.min(attempt, 4)));
    }
  }
}

function merge(prev: TenantLine | undefined, r: RunLine, redeliveries: number): TenantLine {
  const base: TenantLine = prev ?? {
    tenant: r.tenant,
    week: r.week,
    page: null,
    alerts: 0,
    requests: { notion: 0, google: 0 },
    wallMs: 0,
    deliveries: 0,
    duplicatesIgnored: 0,
    redeliveries: 0,
  };
  const done = r.outcome === "done";
  return {
    ...base,
    page: done ? r.page : base.page,
    alerts: done ? r.alerts : base.alerts,
    requests: done ? r.requests : base.requests,
    wallMs: done ? r.wallMs : base.wallMs,
    deliveries: base.deliveries + 1 + redeliveries,
    duplicatesIgnored: base.duplicatesIgnored + (r.outcome === "already-done" ? 1 : 0),
    redeliveries: base.redeliveries + redeliveries,
  };
}

/** Addresses from each directory and sentences from each tenant's notes. */
async function canaryMaterial(worlds: World[]): Promise<{ emails: string[]; sentences: string[] }> {
  const emails: string[] = [];
  const sentences: string[] = [];
  for (const w of worlds) {
    const users = JSON.parse(await readFile(join(w.seed, "google/directory/users.json"), "utf8"));
    for (const page of Array.isArray(users) ? users : [users]) {
      for (const u of page.users ?? []) emails.push(String(u.primaryEmail).toLowerCase());
    }
    const files = JSON.parse(await readFile(join(w.seed, "google/drive/files.json"), "utf8"));
    for (const page of Array.isArray(files) ? files : [files]) {
      for (const f of (page.files ?? []).slice(0, 3))
        sentences.push(
          ...docSentences(JSON.parse(await readFile(join(w.seed, `google/docs/${f.id}.json`), "utf8"))),
        );
    }
  }
  return { emails, sentences };
}

function docSentences(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const content = (v as { content?: unknown }).content;
      if (typeof content === "string" && content.trim().length >= 30) out.push(content.trim());
      Object.values(v).forEach(walk);
    }
  };
  walk(doc);
  return out.slice(0, 20);
}

async function dumpTables(store: Store): Promise<Record<string, string>> {
  const tables = await store.sql.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'",
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const rows = await store.sql.query(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`);
    out[table_name] = rows.map((r) => String(r.j)).join("\n");
  }
  return out;
}
