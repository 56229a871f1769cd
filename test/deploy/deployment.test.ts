import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRIES, SERVICE_ENV } from "../../src/app/service/service-env.js";

const root = join(import.meta.dirname, "../..");
const tf = (file: string) => readFileSync(join(root, "deploy/terraform", file), "utf8");
const deployed = JSON.parse(tf("functions.json")) as Record<
  string,
  { entry_point: string; env: string[]; secrets: string[] }
>;
const functions = Object.fromEntries(Object.entries(deployed).filter(([k]) => k !== "//"));

/** The keys of one `name = { … }` map in main.tf's locals. */
function mapKeys(block: string): string[] {
  const start = tf("main.tf").indexOf(`${block} = {`);
  const end = tf("main.tf").indexOf("\n  }", start);
  return [
    ...tf("main.tf")
      .slice(start, end)
      .matchAll(/^\s{4}(VIGIE_[A-Z_]+)\s*=/gm),
  ].map((m) => m[1] ?? "");
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(join(root, dir, f), "utf8"));
}

describe("the deployment names what the code reads", () => {
  it("deploys exactly the entries functions/index.ts registers", () => {
    const index = readFileSync(join(root, "functions/index.ts"), "utf8");
    const registered = [...index.matchAll(/\b(?:http|cloudEvent)\(\s*"([A-Za-z]+)"/g)].map((m) => m[1]);
    expect(registered.sort()).toEqual([...ENTRIES].sort());
    expect(Object.keys(functions).sort()).toEqual([...ENTRIES].sort());
    for (const [name, f] of Object.entries(functions)) expect(f.entry_point).toBe(name);
  });

  it("gives each function exactly the variables its entry reads (secrets through Secret Manager)", () => {
    for (const entry of ENTRIES) {
      const reads = SERVICE_ENV.filter((v) => !v.fakesOnly && !v.perTenant && v.entries.includes(entry));
      const f = functions[entry];
      expect({ entry, env: [...(f?.env ?? [])].sort() }).toEqual({
        entry,
        env: reads
          .filter((v) => !v.secret)
          .map((v) => v.name)
          .sort(),
      });
      expect({ entry, secrets: [...(f?.secrets ?? [])].sort() }).toEqual({
        entry,
        secrets: reads
          .filter((v) => v.secret)
          .map((v) => v.name)
          .sort(),
      });
    }
  });

  it("lists every VIGIE_ variable the service code mentions", () => {
    const known = new Set(SERVICE_ENV.map((v) => v.name));
    const code = [
      ...sources("functions"),
      ...sources("src/app/service"),
      ...sources("src/upstream/secrets"),
      ...sources("src/upstream/pubsub"),
    ];
    const mentioned = new Set(
      code.flatMap((text) => [...text.matchAll(/\bVIGIE_[A-Z_]*[A-Z]\b/g)].map((m) => m[0])),
    );
    const unknown = [...mentioned].filter(
      (n) => !known.has(n) && !known.has(n.replace(/_SECRET$/, "")) && n !== "VIGIE_",
    );
    expect(unknown).toEqual([]);
  });

  it("defines a value for every plain variable and a secret for every secret one", () => {
    const plain = new Set(Object.values(functions).flatMap((f) => f.env));
    const secret = new Set(Object.values(functions).flatMap((f) => f.secrets));
    expect(mapKeys("env_values").sort()).toEqual([...plain].sort());
    expect(mapKeys("secret_ids").sort()).toEqual([...secret].sort());
  });

  it("runs on nodejs24, schedules dispatch with OIDC, retries runs and dead-letters the rest", () => {
    expect(tf("functions.tf")).toMatch(/runtime\s*=\s*"nodejs24"/);
    const scheduler = tf("messaging.tf").slice(tf("messaging.tf").indexOf('"google_cloud_scheduler_job"'));
    expect(scheduler).toMatch(/oidc_token\s*\{[^}]*audience/);
    expect(tf("messaging.tf")).toMatch(/retry_policy\s*\{/);
    expect(tf("messaging.tf")).toMatch(/dead_letter_policy\s*\{[^}]*dead_letter_topic/);
  });
});
