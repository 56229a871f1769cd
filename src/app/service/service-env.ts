/**
 * Every environment variable the service's functions read, in one list: the deployment (deploy/) must
 * set exactly these, and a test holds the two together. A `secret` may instead be given as
 * `<NAME>_SECRET`, a Secret Manager version (see src/upstream/secrets/secrets.ts). `fakesOnly` ones
 * point the clients at local fakes and are never deployed.
 */
export type Entry = "dispatch" | "runTenant" | "config" | "health" | "oauthNotion" | "compare";

export const ENTRIES: readonly Entry[] = [
  "dispatch",
  "runTenant",
  "config",
  "health",
  "oauthNotion",
  "compare",
];

export interface EnvVar {
  name: string;
  entries: readonly Entry[];
  secret?: boolean;
  fakesOnly?: boolean;
  /** Set by the service for each tenant's run (from its configuration or connection), never deployed. */
  perTenant?: boolean;
  doc: string;
}

const ALL = ENTRIES;
const STORE_USERS: readonly Entry[] = ALL;
const RUN: readonly Entry[] = ["runTenant"];
const PEOPLE: readonly Entry[] = ["config", "health", "oauthNotion", "compare"];

export const SERVICE_ENV: readonly EnvVar[] = [
  {
    name: "VIGIE_DATABASE_URL",
    entries: STORE_USERS,
    secret: true,
    doc: "PostgreSQL connection string (Cloud SQL)",
  },
  {
    name: "VIGIE_PSEUDONYM_KEY",
    entries: STORE_USERS,
    secret: true,
    doc: "secret the per-tenant pseudonym keys derive from",
  },
  {
    name: "VIGIE_ENVELOPE_KEY",
    entries: STORE_USERS,
    secret: true,
    doc: "32-byte key wrapping each tenant's data keys (Notion tokens, configurations' addresses)",
  },
  {
    name: "VIGIE_GOOGLE_SA_KEY",
    entries: ["runTenant", "health"],
    secret: true,
    doc: "the service account's key JSON (domain-wide delegation)",
  },
  {
    name: "VIGIE_GOOGLE_ADMIN",
    entries: ["runTenant", "health"],
    doc: "default admin to impersonate when a tenant names none",
  },
  {
    name: "VIGIE_NOTION_CLIENT_ID",
    entries: ["oauthNotion"],
    doc: "the public integration's OAuth client id",
  },
  {
    name: "VIGIE_NOTION_CLIENT_SECRET",
    entries: ["oauthNotion"],
    secret: true,
    doc: "its OAuth client secret",
  },
  {
    name: "VIGIE_NOTION_REDIRECT_URI",
    entries: ["oauthNotion"],
    doc: "the oauthNotion function's URL, as registered with Notion",
  },
  {
    name: "VIGIE_ID_TOKEN_AUDIENCES",
    entries: PEOPLE,
    doc: "accepted ID-token audiences: the add-on's OAuth client id(s), comma-separated",
  },
  {
    name: "VIGIE_ALLOWED_DOMAINS",
    entries: PEOPLE,
    doc: "Workspace domains served, comma-separated (empty: any Workspace domain)",
  },
  {
    name: "VIGIE_DISPATCH_AUDIENCE",
    entries: ["dispatch"],
    doc: "the dispatch function's URL: the Scheduler OIDC token's audience",
  },
  {
    name: "VIGIE_SCHEDULER_SA",
    entries: ["dispatch"],
    doc: "the service account Cloud Scheduler signs its OIDC token as",
  },
  {
    name: "VIGIE_RUNS_TOPIC",
    entries: ["dispatch", "config"],
    doc: 'Pub/Sub topic of run messages (config publishes for "run now")',
  },
  {
    name: "VIGIE_NOTION_TOKEN",
    entries: RUN,
    perTenant: true,
    doc: "the tenant's own Notion token, opened from its sealed connection",
  },
  {
    name: "VIGIE_WORK_DIR",
    entries: RUN,
    doc: "scratch folder for each run's workspace mirror (default the OS temp dir)",
  },
  {
    name: "VIGIE_JWKS_URL",
    entries: ["dispatch", ...PEOPLE],
    fakesOnly: true,
    doc: "Google's ID-token keys (fakes)",
  },
  {
    name: "VIGIE_PUBSUB_ENDPOINT",
    entries: ["dispatch", "config"],
    fakesOnly: true,
    doc: "Pub/Sub REST fake",
  },
  { name: "VIGIE_SECRET_MANAGER_ENDPOINT", entries: ALL, fakesOnly: true, doc: "Secret Manager REST fake" },
  {
    name: "VIGIE_GOOGLE_ROOT_URL",
    entries: ["runTenant", "health"],
    fakesOnly: true,
    doc: "Google APIs fake",
  },
  {
    name: "VIGIE_GOOGLE_TOKEN_URL",
    entries: ["runTenant", "health"],
    fakesOnly: true,
    doc: "Google token fake",
  },
  {
    name: "VIGIE_NOTION_BASE_URL",
    entries: ["runTenant", "config", "health", "oauthNotion"],
    fakesOnly: true,
    doc: "Notion fake",
  },
  { name: "VIGIE_UPSTREAM_PACE", entries: RUN, fakesOnly: true, doc: "fast pace against loopback fakes" },
  {
    name: "VIGIE_NOW",
    entries: ["dispatch", "runTenant", "config"],
    fakesOnly: true,
    doc: "the service's clock (fakes seeded with dated data)",
  },
];

/** The secrets an entry resolves through `withSecrets`. */
export function secretsOf(entry: Entry): string[] {
  return SERVICE_ENV.filter((v) => v.secret && v.entries.includes(entry)).map((v) => v.name);
}
