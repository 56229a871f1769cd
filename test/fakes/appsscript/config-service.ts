/**
 * A local fake of the Vigie service's `config` endpoint, as the add-on sees it (contract in
 * appsscript/src/server/service.ts): it checks the Google identity token, lets operators create
 * a tenant and a tenant's admins and assistants edit it, and validates with the real tenant
 * schema — a 400 carries the schema's issues, and nothing is stored unless all is valid.
 */
import { tenantRoles, type ValidTenant, validateTenant } from "../../../src/core/tenant.js";
import { type IdentityKeys, verifiedEmail } from "./identity.js";
import type { FetchReply, FetchRequest } from "./url-fetch.js";

type Json = Record<string, unknown>;

export interface LastRun {
  week: string;
  status: "ok" | "failed" | "running";
  score: number | null;
  pageUrl: string | null;
  finishedAt: string | null;
}

export class FakeConfigService {
  readonly tenants = new Map<string, ValidTenant>();
  readonly lastRuns = new Map<string, LastRun>();
  /** Notion ids the integration can read, with their titles. */
  readonly notionAccess = new Map<string, string>();
  readonly saves: Json[] = [];
  readonly runs: string[] = [];

  constructor(
    private readonly keys: IdentityKeys,
    /** Who may create a tenant (the service's operators). */
    private readonly operators: string[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  readonly handle = (req: FetchRequest): FetchReply => {
    const email = verifiedEmail(this.keys, req.headers.Authorization, this.now());
    if (!email) return reply(401, { error: "invalid identity token" });
    const url = new URL(req.url);
    const body = req.payload ? (JSON.parse(req.payload) as Json) : {};
    const route = `${req.method} ${url.pathname.replace(/\/+$/, "") || "/"}`;
    switch (route) {
      case "GET /":
        return this.read(email, url.searchParams.get("tenant"));
      case "PUT /":
        return this.save(email, body.tenant);
      case "POST /run":
        return this.run(email, String(body.tenant));
      case "POST /notion/test":
        return this.allowed(email, String(body.tenant)) ? this.testNotion(String(body.id)) : reply(403, {});
      case "POST /notion/connect":
        return this.allowed(email, String(body.tenant))
          ? reply(200, {
              url: `https://api.notion.com/v1/oauth/authorize?owner=user&state=${encodeURIComponent(String(body.tenant))}`,
            })
          : reply(403, {});
      default:
        return reply(404, { error: `no route ${route}` });
    }
  };

  private allowed(email: string, id: string): boolean {
    const tenant = this.tenants.get(id);
    if (!tenant) return this.operators.includes(email);
    return (
      this.operators.includes(email) ||
      tenantRoles(tenant, email).some((r) => r === "admin" || r === "assistant")
    );
  }

  private read(email: string, id: string | null): FetchReply {
    const found = id
      ? this.tenants.get(id)
      : [...this.tenants.values()].find((t) => this.allowed(email, t.id));
    if (found && !this.allowed(email, found.id)) return reply(403, {});
    if (!found && !this.operators.includes(email)) return reply(403, {});
    return reply(200, { tenant: found ?? null, lastRun: (found && this.lastRuns.get(found.id)) ?? null });
  }

  private save(email: string, raw: unknown): FetchReply {
    const result = validateTenant(raw);
    if (!result.ok) return reply(400, { issues: result.issues });
    if (!this.allowed(email, result.tenant.id)) return reply(403, {});
    this.tenants.set(result.tenant.id, result.tenant);
    this.saves.push(raw as Json);
    return reply(200, { tenant: result.tenant, lastRun: this.lastRuns.get(result.tenant.id) ?? null });
  }

  private run(email: string, id: string): FetchReply {
    if (!this.tenants.has(id)) return reply(404, {});
    if (!this.allowed(email, id)) return reply(403, {});
    const run: LastRun = {
      week: "2026-W48",
      status: "running",
      score: null,
      pageUrl: null,
      finishedAt: null,
    };
    this.lastRuns.set(id, run);
    this.runs.push(id);
    return reply(202, { run });
  }

  private testNotion(id: string): FetchReply {
    const title = this.notionAccess.get(id);
    return reply(
      200,
      title ? { ok: true, title } : { ok: false, reason: "the integration has no access to it" },
    );
  }
}

function reply(status: number, body: unknown): FetchReply {
  return { status, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } };
}
