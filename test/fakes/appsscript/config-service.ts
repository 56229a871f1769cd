/**
 * A local fake of the Vigie service as the add-on sees it, typed by the same contract as the real one
 * (src/app/service/contract.ts; `config` with its `/run` and `/notion-access` routes, and `oauthNotion`):
 * it checks the Google identity token, lets a tenant's admins and assistants in — and, for a tenant
 * with no configuration yet, only the first admins its operator registered — and validates with the
 * real tenant schema: a 400 carries the schema's issues, and nothing is stored unless all is valid.
 * test/appsscript/service-e2e.test.ts runs the add-on against the real handler instead.
 */
import type {
  ConfigReply,
  LastRun,
  NotionAccess,
  RunNowReply,
  SavedReply,
} from "../../../src/app/service/contract.js";
import { tenantRoles, type ValidTenant, validateTenant } from "../../../src/core/tenant.js";
import { type IdentityKeys, verifiedEmail } from "./identity.js";
import type { FetchReply, FetchRequest } from "./url-fetch.js";

type Json = Record<string, unknown>;

/** The week "run now" asks for here (the real service: the tenant's last complete ISO week). */
export const PAGE_WEEK = "2026-W48";

const ROUTES = [
  "GET /config",
  "PUT /config",
  "POST /config/run",
  "POST /config/notion-access",
  "POST /oauthNotion",
];

export class FakeConfigService {
  readonly tenants = new Map<string, ValidTenant>();
  readonly lastRuns = new Map<string, LastRun>();
  /** Notion ids the integration can read, with their titles. */
  readonly notionAccess = new Map<string, string>();
  readonly saves: Json[] = [];
  readonly runs: string[] = [];

  constructor(
    private readonly keys: IdentityKeys,
    /** The first admins registered for every empty tenant (`vigie tenant add`). */
    private readonly firstAdmins: string[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  readonly handle = (req: FetchRequest): FetchReply => {
    const email = verifiedEmail(this.keys, req.headers.Authorization, this.now());
    if (!email) return reply(401, { error: "unauthenticated" });
    const url = new URL(req.url);
    const id = url.searchParams.get("tenant") ?? "";
    const body = req.payload ? (JSON.parse(req.payload) as Json) : {};
    const route = `${req.method} ${url.pathname}`;
    if (!ROUTES.includes(route)) return reply(404, { error: `no route ${route}` });
    const role = this.roleOf(email, id);
    if (!role) return reply(403, { error: "forbidden" });
    switch (route) {
      case "GET /config": {
        const config = this.tenants.get(id) as Json | undefined;
        const out: ConfigReply = { tenant: id, role, lastRun: this.lastRuns.get(id) ?? null };
        return reply(200, config ? { ...out, config } : out);
      }
      case "PUT /config":
        return this.save(id, role, email, body);
      case "POST /config/run":
        return this.run(id);
      case "POST /config/notion-access":
        return this.testNotion(String(body.id));
      default:
        return reply(200, {
          url: `https://api.notion.com/v1/oauth/authorize?owner=user&response_type=code&state=${encodeURIComponent(id)}`,
        });
    }
  };

  private roleOf(email: string, id: string): "admin" | "assistant" | null {
    const tenant = this.tenants.get(id);
    if (!tenant) return this.firstAdmins.includes(email) ? "admin" : null;
    const roles = tenantRoles(tenant, email);
    return roles.includes("admin") ? "admin" : roles.includes("assistant") ? "assistant" : null;
  }

  /** As the real endpoint: the whole body validated, its id the one asked for, then one new version. */
  private save(id: string, role: "admin" | "assistant", email: string, raw: unknown): FetchReply {
    const result = validateTenant(raw);
    if (!result.ok) return reply(400, { error: "invalid_config", issues: result.issues });
    const issues = [];
    if (result.tenant.id !== id) {
      const got = JSON.stringify(result.tenant.id);
      issues.push({
        path: "id",
        message: { en: `expected "${id}", got ${got}`, fr: `« ${id} » attendu, reçu ${got}` },
      });
    }
    if (!this.tenants.has(id) && !(result.tenant.admins ?? []).includes(email)) {
      issues.push({
        path: "admins",
        message: { en: "expected your own address", fr: "votre adresse attendue" },
      });
    }
    if (issues.length > 0) return reply(400, { error: "invalid_config", issues });
    this.tenants.set(id, result.tenant);
    this.saves.push(raw as Json);
    const saved: SavedReply = {
      tenant: id,
      version: this.saves.length,
      savedAt: this.now().toISOString(),
      role,
    };
    return reply(200, saved);
  }

  private run(id: string): FetchReply {
    if (!this.tenants.has(id)) return reply(409, { error: "no_config" });
    const done = this.lastRuns.get(id);
    if (done?.status === "ok" && done.week === PAGE_WEEK)
      return reply(200, { outcome: "already-done", run: done } satisfies RunNowReply);
    const run: LastRun = {
      week: PAGE_WEEK,
      status: "queued",
      score: null,
      pageUrl: null,
      finishedAt: null,
      error: null,
    };
    this.lastRuns.set(id, run);
    this.runs.push(id);
    return reply(202, { outcome: "queued", run } satisfies RunNowReply);
  }

  private testNotion(id: string): FetchReply {
    const title = this.notionAccess.get(id);
    const access: NotionAccess = title ? { ok: true, title } : { ok: false, reason: "not_shared" };
    return reply(200, access);
  }
}

function reply(status: number, body: unknown): FetchReply {
  return { status, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } };
}
