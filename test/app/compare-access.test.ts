import { describe, expect, it } from "vitest";
import { comparePortfolio } from "../../src/app/compare.js";
import { BadInputError } from "../../src/core/errors.js";
import { calm, history, MemorySource, WEEK } from "./compare-histories.js";

const ANA = "ana.conseil@example.org";
const now = new Date("2026-11-25T10:00:00Z");

function portfolio() {
  return new MemorySource([
    history({ id: "alpha", name: "Alpha SAS", consultants: [ANA], weeks: calm(90) }),
    history({ id: "beta", name: "Beta SARL", consultants: ["Ana.Conseil@Example.org"], weeks: calm(60) }),
    history({
      id: "secret",
      name: "Secret Industries",
      consultants: ["other@example.org"],
      weeks: calm(20, [{ flags: { silo: "alert" } }]),
    }),
  ]);
}

const compare = (source: MemorySource, scope: Parameters<typeof comparePortfolio>[1]["scope"]) =>
  comparePortfolio(source, { scope, now, generatedBy: "test" });

describe("a consultant's portfolio", () => {
  it("holds exactly the tenants that granted the consultant's account, and reads no other", async () => {
    const source = portfolio();
    const p = await compare(source, { consultant: ` ${ANA.toUpperCase()} ` });
    expect(p.week).toBe(WEEK);
    expect(p.clients.map((c) => c.tenant).sort()).toEqual(["alpha", "beta"]);
    expect(source.calls).toEqual([["alpha", "beta"]]);
    expect(JSON.stringify(p)).not.toMatch(/secret/i);
  });

  it("is not shaped by tenants the consultant cannot see: percentiles and totals ignore them", async () => {
    const p = await compare(portfolio(), { consultant: ANA });
    const alone = await compare(new MemorySource(portfolio().all.slice(0, 2)), { consultant: ANA });
    expect(p).toEqual(alone);
    expect(p.clients.find((c) => c.tenant === "beta")?.signals.silo.percentile).toBe(0);
  });

  it("loses a tenant as soon as its administrator removes the grant", async () => {
    const source = portfolio();
    expect((await compare(source, { consultant: ANA })).clients).toHaveLength(2);
    const beta = source.all.find((h) => h.tenant.id === "beta");
    if (beta) beta.tenant.consultants = [];
    const after = await compare(source, { consultant: ANA });
    expect(after.clients.map((c) => c.tenant)).toEqual(["alpha"]);
  });

  it("is empty, not an error, for an account no tenant granted", async () => {
    const source = portfolio();
    const p = await compare(source, { consultant: "nobody@example.org" });
    expect(p.clients).toEqual([]);
    expect(source.calls).toEqual([]);
  });

  it("refuses a tenant not granted exactly as one that does not exist", async () => {
    const source = portfolio();
    const denied = await compare(source, { consultant: ANA, tenants: ["alpha", "secret"] }).catch((e) => e);
    const unknown = await compare(source, { consultant: ANA, tenants: ["alpha", "nope"] }).catch((e) => e);
    expect(denied).toBeInstanceOf(BadInputError);
    expect(denied.message).toBe("--tenants: no access to tenant secret");
    expect(unknown.message).toBe("--tenants: no access to tenant nope");
    expect(source.calls).toEqual([]);
  });

  it("narrows to the named tenants for an operator without a consultant", async () => {
    const p = await compare(portfolio(), { tenants: ["secret", "alpha"] });
    expect(p.clients.map((c) => c.tenant)).toEqual(["secret", "alpha"]);
    await expect(compare(portfolio(), { tenants: ["ghost"] })).rejects.toThrow(
      "--tenants: unknown tenant ghost",
    );
  });
});
