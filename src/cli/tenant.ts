/**
 * `vigie tenant add ID --domain D --admin EMAIL[,EMAIL…]`: the operator's first step for a new company.
 * It writes the tenant row with its registered Workspace domain and first admins (as pseudonyms: no
 * address is stored), so that one of them can make the first save from the add-on; from then on roles
 * come from the saved configuration. Idempotent: the same command again changes nothing, and a tenant
 * that already has a configuration is left alone.
 */
import { BadInputError } from "../core/errors.js";
import { ENV_PSEUDONYM_KEY } from "../store/pseudonyms.js";
import { Registrations } from "../store/registrations.js";
import { ENV_DATABASE_URL, openStore } from "../store/store.js";
import { withSecrets } from "../upstream/secrets/secrets.js";
import { parseOptions, UsageError } from "./args.js";
import type { CliIo } from "./io.js";

const OPTIONS = {
  domain: { type: "string" },
  admin: { type: "string" },
  json: { type: "boolean" },
} as const;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export async function tenantCommand(argv: string[], io: CliIo): Promise<number> {
  const [verb, id, ...rest] = argv;
  if (verb !== "add") throw new UsageError(`expected "add", got ${verb ? `"${verb}"` : "nothing"}`);
  if (!id || id.startsWith("-"))
    throw new UsageError("expected the tenant id after add (vigie tenant add ID …)");
  const o = parseOptions(rest, OPTIONS);
  const domain = checkDomain(o.domain);
  const admins = checkAdmins(o.admin, domain);
  // In a deployment the operator may name the store's secrets as NAME_SECRET, like the functions do.
  const env = await withSecrets(io.env, [ENV_DATABASE_URL, ENV_PSEUDONYM_KEY]);
  const store = await openStore({ env: { ...env }, cwd: io.cwd, onWait: (m) => io.stderr(`vigie: ${m}\n`) });
  try {
    const scoped = await store.tenant(id);
    const current = await scoped.configs.latest();
    const outcome = current
      ? "configured"
      : await new Registrations(store.sql, id).register({ domain, admins: admins.map(scoped.pseudonym) });
    if (o.json) io.stdout(`${JSON.stringify({ tenant: id, outcome, version: current?.version ?? null })}\n`);
    else io.stdout(`${line(id, outcome, domain, admins.length, current?.version)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function checkDomain(value: string | undefined): string {
  const domain = value?.trim().toLowerCase() ?? "";
  if (!domain) throw new UsageError("expected --domain, the company's Google Workspace domain");
  if (!DOMAIN.test(domain))
    throw new BadInputError("--domain", null, `expected a domain like example.com, got "${value}"`);
  return domain;
}

function checkAdmins(value: string | undefined, domain: string): string[] {
  const admins = (value ?? "")
    .split(",")
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  if (admins.length === 0) throw new UsageError("expected --admin, the first admin's Workspace address");
  admins.forEach((a, i) => {
    const field = `admin[${i}]`;
    if (!EMAIL.test(a)) throw new BadInputError("--admin", field, `expected an email address, got "${a}"`);
    // The add-on's ID token proves the domain (hd): an address elsewhere could never sign in as it.
    if (a.split("@")[1] !== domain)
      throw new BadInputError(
        "--admin",
        field,
        `expected an address of ${domain}, got one of ${a.split("@")[1]}`,
      );
  });
  return admins;
}

function line(id: string, outcome: string, domain: string, n: number, version: number | undefined): string {
  if (outcome === "configured")
    return `Tenant ${id} is already configured (version ${version}): its admins and assistants come from its configuration. Nothing changed.`;
  const what = {
    registered: "registered",
    updated: "registration updated",
    unchanged: "already registered, nothing changed",
  }[outcome];
  return `Tenant ${id} ${what}: Workspace domain ${domain}, ${n} first admin(s), kept as pseudonyms. The first save from the add-on by one of them creates the configuration.`;
}
