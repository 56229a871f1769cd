import { describe, expect, it } from "vitest";
import { dueWeek } from "../../../src/app/service/schedule.js";
import type { ServiceTenant } from "../../../src/app/service/service-tenant.js";
import { parseTenant } from "../../../src/core/tenant.js";

function tenant(timezone: string, schedule?: { day: number; time: string }): ServiceTenant {
  return parseTenant(
    {
      id: "t",
      name: "T",
      timezone,
      locale: "fr",
      ceo: "ceo@t.fr",
      rituals: [],
      ...(schedule ? { schedule } : {}),
    },
    "tenant.json",
  ) as ServiceTenant;
}

describe("when a tenant is due", () => {
  it("from Monday 06:00 in its own zone, the week before is due (default schedule)", () => {
    const paris = tenant("Europe/Paris");
    expect(dueWeek(paris, new Date("2026-11-23T04:59:00Z"))).toBeNull(); // 05:59 in Paris
    expect(dueWeek(paris, new Date("2026-11-23T05:00:00Z"))?.id).toBe("2026-W47"); // 06:00
    expect(dueWeek(paris, new Date("2026-11-26T12:00:00Z"))?.id).toBe("2026-W47"); // still due on Thursday
  });

  it("the same instant is Monday in Tokyo and still Sunday in Los Angeles", () => {
    const at = new Date("2026-11-22T22:00:00Z");
    expect(dueWeek(tenant("Asia/Tokyo"), at)?.id).toBe("2026-W47"); // Monday 07:00
    expect(dueWeek(tenant("America/Los_Angeles"), at)?.id).toBe("2026-W46"); // Sunday 14:00: last week's W46
  });

  it("a Tuesday 07:30 schedule waits for Tuesday 07:30", () => {
    const t = tenant("Europe/London", { day: 2, time: "07:30" });
    expect(dueWeek(t, new Date("2026-11-23T10:00:00Z"))).toBeNull();
    expect(dueWeek(t, new Date("2026-11-24T07:30:00Z"))?.id).toBe("2026-W47");
  });

  it("keeps 06:00 local across the autumn clock change", () => {
    // Europe/Paris leaves summer time on Sunday 25 October 2026: Monday 06:00 is then 05:00 UTC.
    const paris = tenant("Europe/Paris");
    expect(dueWeek(paris, new Date("2026-10-26T04:30:00Z"))).toBeNull();
    expect(dueWeek(paris, new Date("2026-10-26T05:00:00Z"))?.id).toBe("2026-W43");
  });
});
