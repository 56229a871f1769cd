import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseWeek, previousWeeks, weekOf, weeksBetween } from "../../src/core/week.js";

describe("ISO weeks in the tenant's zone", () => {
  it("starts a Paris week on Monday midnight Paris time", () => {
    const w = parseWeek("2026-W47", "Europe/Paris");
    expect(w?.start.toISO()).toBe("2026-11-16T00:00:00.000+01:00");
    expect(w?.end.toISO()).toBe("2026-11-23T00:00:00.000+01:00");
  });

  it("gives the DST week its true length (one hour more when clocks go back)", () => {
    const w = parseWeek("2026-W43", "Europe/Paris");
    expect(w?.end.diff(w.start, "hours").hours).toBe(169);
  });

  it("rejects malformed and impossible weeks", () => {
    expect(parseWeek("2026-47", "UTC")).toBeNull();
    expect(parseWeek("2026-W54", "UTC")).toBeNull();
    expect(parseWeek("2026-W53", "UTC")?.id).toBe("2026-W53");
    expect(parseWeek("2025-W53", "UTC")).toBeNull();
  });

  it("puts a Sunday-night UTC instant in the Monday week when Paris is already Monday", () => {
    const instant = DateTime.fromISO("2026-11-22T23:30:00Z");
    expect(weekOf(instant, "Europe/Paris").id).toBe("2026-W48");
    expect(weekOf(instant, "UTC").id).toBe("2026-W47");
  });

  it("counts weeks across a year boundary", () => {
    expect(weeksBetween("2026-W52", "2027-W02")).toBe(3);
    const w1 = parseWeek("2027-W01", "Europe/Paris");
    expect(w1 && previousWeeks(w1, 2).map((w) => w.id)).toEqual(["2026-W53", "2026-W52"]);
  });
});
