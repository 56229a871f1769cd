/**
 * A local fake of the Vigie service as the add-on sees it (contract in
 * appsscript/src/server/service.ts; `config` and `oauthNotion` shaped like the real entries): it
 * checks the Google identity token, lets a tenant's admins and assistants (and, for a tenant with
 * no configuration yet, the service's operators) in, and validates with the real tenant schema —
 * a 400 carries the schema's issues, and nothing is stored unless all is valid.
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
    if (!email) return reply(401, { error: "unauthenticated" });
    const url = new URL(req.url);
    const id = url.searchParams.get("tenant") ?? "";
    const body = req.payload ? (JSON.parse(req.payload) as Json) : {};
    const route = `${req.method} ${url.pathname}`;
    if (
      !["GET /config", "PUT /config", "POST /oauthNotion", "POST /runNow", "POST /notionAccess"].includes(
        route,
      )
    ) {
      return reply(404, { error: `no route ${route}` });
    }
    if (!this.allowed(email, id)) return reply(403, { error: "forbidden" });
    const role = this.tenants.has(id)
      ? (tenantRoles(this.tenants.get(id) as ValidTenant, email)[0] ?? "admin")
      : "admin";
    switch (route) {
      case "GET /config":
        return reply(200, {
          tenant: id,
          role,
          config: this.tenants.get(id),
          lastRun: this.lastRuns.get(id) ?? null,
        });
      case "PUT /config":
        return this.save(id, role, body);
      case "POST /runNow":
        return this.run(id);
      case "POST /notionAccess":
        return this.testNotion(String(body.id));
      default:
        return reply(200, {
          url: `https://api.notion.com/v1/oauth/authorize?owner=user&response_type=code&state=${encodeURIComponent(id)}`,
        });
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

  /** As the real endpoint: the whole body validated, its id the one asked for, then one new version. */
  private save(id: string, role: string, raw: unknown): FetchReply {
    const result = validateTenant(raw);
    if (!result.ok) return reply(400, { error: "invalid_config", issues: result.issues });
    if (result.tenant.id !== id) {
      const got = JSON.stringify(result.tenant.id);
      return reply(400, {
        error: "invalid_config",
        issues: [
          {
            path: "id",
            message: { en: `expected "${id}", got ${got}`, fr: `« ${id} » attendu, reçu ${got}` },
          },
        ],
      });
    }
    this.tenants.set(id, result.tenant);
    this.saves.push(raw as Json);
    return reply(200, { tenant: id, version: this.saves.length, savedAt: this.now().toISOString(), role });
  }

  private run(id: string): FetchReply {
    if (!this.tenants.has(id)) return reply(404, { error: "no configuration saved" });
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
