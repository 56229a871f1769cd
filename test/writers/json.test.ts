import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/writers/json.js";
import { sampleReport } from "./sample-report.js";

describe("renderJson", () => {
  it("parses back to the same report, pretty-printed with a final newline", () => {
    const report = sampleReport("fr");
    const text = renderJson(report);
    expect(JSON.parse(text)).toEqual(report);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "tenant": "atelier-dupont",');
  });

  it("keeps the contract key order whatever order the object was built in, extra keys last", () => {
    const { tenant, week, ...rest } = sampleReport("en");
    const shuffled = { extra: 1, ...rest, week, tenant };
    const keys = Object.keys(JSON.parse(renderJson(shuffled)));
    expect(keys.slice(0, 3)).toEqual(["tenant", "tenantName", "week"]);
    expect(keys.at(-1)).toBe("extra");
    expect(keys.at(-2)).toBe("generatedBy");
  });
});
