/**
 * A tenant's registration (version 0 of tenant_configs) on both engines: written idempotently, never
 * taken for a configuration — not by `configs`, not by `dispatch`, not by the consultants' comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StorePortfolioSource } from "../../src/app/compare-store.js";
import { dispatchDue } from "../../src/app/service/dispatch-handler.js";
import { Registrations } from "../../src/store/registrations.js";
import type { Store } from "../../src/store/store.js";
import { dupont } from "../functions/tenants.js";
import { ENGINES, openTestStore } from "./engines.js";

describe.each(ENGINES)("registrations on %s", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(engine);
  }, 120_000);
  afterAll(() => store?.close());

  it("registers once, says unchanged the second time and updated when the admins change", async () => {
    const reg = new Registrations(store.sql, "atelier-dupont");
    expect(await reg.get()).toBeNull();
    expect(await reg.register({ domain: "atelier-dupont.fr", admins: ["p1"] })).toBe("registered");
    expect(await reg.register({ domain: "atelier-dupont.fr", admins: ["p1", "p1"] })).toBe("unchanged");
    expect(await reg.register({ domain: "atelier-dupont.fr", admins: ["p2", "p1"] })).toBe("updated");
    expect(await reg.get()).toEqual({ domain: "atelier-dupont.fr", admins: ["p1", "p2"] });
  });

  it("is not a configuration: nothing to read, dispatch or compare until the first save", async () => {
    const scoped = await store.tenant("atelier-dupont");
    expect(await scoped.configs.latest()).toBeNull();
    const published: unknown[] = [];
    const result = await dispatchDue({
      store,
      now: () => new Date("2026-11-23T10:00:00Z"),
      publisher: async () => ({
        publish: async (m) => {
          published.push(...m);
          return [];
        },
        close: async () => {},
      }),
    });
    expect(result.skipped.no_config).toBe(1);
    expect(published).toEqual([]);
    expect(await new StorePortfolioSource(store.sql).tenants()).toEqual([]);
  });

  it("leaves the first save version 1, and the registration readable beside it", async () => {
    const scoped = await store.tenant("atelier-dupont");
    expect((await scoped.configs.save(dupont())).version).toBe(1);
    expect((await scoped.configs.latest())?.version).toBe(1);
    expect((await new StorePortfolioSource(store.sql).tenants()).map((t) => t.id)).toEqual([
      "atelier-dupont",
    ]);
    expect(await new Registrations(store.sql, "atelier-dupont").get()).toMatchObject({
      domain: "atelier-dupont.fr",
    });
  });
});
