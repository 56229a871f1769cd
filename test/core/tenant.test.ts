import { describe, expect, it } from "vitest";
import { BadInputError } from "../../src/core/errors.js";
import { parseTenant, TENANT_DEFAULTS } from "../../src/core/tenant.js";

const FILE = "tenant.json";

function minimal(): Record<string, unknown> {
  return {
    id: "atelier-dupont",
    name: "Atelier Dupont SAS",
    timezone: "Europe/Paris",
    locale: "fr",
    ceo: "Marie.Dupont@Atelier-Dupont.fr",
    rituals: [
      { id: "codir", name: "CODIR", match: "codir|comit[ée] de direction", cadence: "weekly" },
      { id: "revue", name: "Revue mensuelle", match: "revue mensuelle", cadence: "monthly" },
      { id: "retro", name: "Rétrospective", match: "r[ée]tro", cadence: "biweekly" },
    ],
  };
}

function errorOf(raw: unknown): BadInputError {
  try {
    parseTenant(raw, FILE);
  } catch (e) {
    if (e instanceof BadInputError) return e;
    throw e;
  }
  throw new Error("expected parseTenant to throw");
}

describe("parseTenant", () => {
  it("fills every optional key with its documented default and lower-cases the CEO", () => {
    const t = parseTenant(minimal(), FILE);
    expect(t.ceo).toBe("marie.dupont@atelier-dupont.fr");
    expect(t.workweek).toEqual({ days: [1, 2, 3, 4, 5], hoursPerDay: 8 });
    expect(t.sensitivity).toBe("normal");
    expect(t.privacy).toEqual({ minGroupSize: 5 });
    expect(t.baselineWeeks).toBe(8);
    expect(t.thresholds).toEqual({});
    expect(t.sources).toEqual({});
    expect(t.output).toEqual({});
    expect(TENANT_DEFAULTS.privacy.minGroupSize).toBe(5);
    expect(t.rituals.map((r) => r.cadence)).toEqual(["weekly", "monthly", "biweekly"]);
  });

  it("keeps every optional key that is given", () => {
    const t = parseTenant(
      {
        ...minimal(),
        workweek: { days: [5, 1, 2, 3, 4, 6], hoursPerDay: 7.5 },
        sensitivity: "high",
        privacy: { minGroupSize: 3 },
        baselineWeeks: 12,
        thresholds: { meeting_inflation: { alertRatio: 0.4 } },
        sources: { calendars: ["a@x.fr"], driveFolderId: "F1", notionStrategyPageIds: ["p1"] },
        output: { notion: { parentPageId: "P", alertsDataSourceId: "D" }, googleDoc: { folderId: "G" } },
      },
      FILE,
    );
    expect(t.workweek).toEqual({ days: [1, 2, 3, 4, 5, 6], hoursPerDay: 7.5 });
    expect(t.sensitivity).toBe("high");
    expect(t.privacy.minGroupSize).toBe(3);
    expect(t.baselineWeeks).toBe(12);
    expect(t.thresholds).toEqual({ meeting_inflation: { alertRatio: 0.4 } });
    expect(t.sources).toEqual({ calendars: ["a@x.fr"], driveFolderId: "F1", notionStrategyPageIds: ["p1"] });
    expect(t.output.googleDoc?.folderId).toBe("G");
  });

  it("treats a null optional key as absent (as a form may save it)", () => {
    expect(parseTenant({ ...minimal(), sensitivity: null, output: null }, FILE).sensitivity).toBe("normal");
  });

  const cases: [string, (t: Record<string, unknown>) => unknown, RegExp][] = [
    [
      "an unknown top-level key",
      (t) => ({ ...t, timeZone: "Europe/Paris" }),
      /^tenant\.json: timeZone: unknown key "timeZone"; expected one of id, name, timezone/,
    ],
    [
      "an unknown key inside a ritual",
      (t) => ({
        ...t,
        rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly", every: 1 }],
      }),
      /^tenant\.json: rituals\[0\]\.every: unknown key "every"; expected one of id, name, match, cadence$/,
    ],
    [
      "an unknown key inside output.notion",
      (t) => ({ ...t, output: { notion: { pageId: "x" } } }),
      /^tenant\.json: output\.notion\.pageId: unknown key "pageId"/,
    ],
    ["a missing required key", ({ ceo: _, ...t }) => t, /^tenant\.json: ceo: required$/],
    [
      "a wrong type",
      (t) => ({ ...t, baselineWeeks: "8" }),
      /^tenant\.json: baselineWeeks: expected an integer from 3 to 26, got "8"$/,
    ],
    [
      "rituals not an array",
      (t) => ({ ...t, rituals: {} }),
      /^tenant\.json: rituals: expected an array, got \{\}$/,
    ],
    [
      "an invalid regular expression",
      (t) => ({ ...t, rituals: [{ id: "codir", name: "CODIR", match: "codir(", cadence: "weekly" }] }),
      /^tenant\.json: rituals\[0\]\.match: invalid regular expression \(.*\), got "codir\("$/,
    ],
    [
      "an unknown cadence",
      (t) => ({
        ...t,
        rituals: [
          ...(t.rituals as unknown[]).slice(0, 2),
          { id: "r", name: "R", match: "r", cadence: "fortnightly" },
        ],
      }),
      /^tenant\.json: rituals\[2\]\.cadence: expected one of daily, weekly, biweekly, monthly, quarterly, got "fortnightly"$/,
    ],
    [
      "minGroupSize below the privacy floor",
      (t) => ({ ...t, privacy: { minGroupSize: 2 } }),
      /^tenant\.json: privacy\.minGroupSize: expected an integer from 3 to 1000, got 2$/,
    ],
    [
      "an unknown time zone",
      (t) => ({ ...t, timezone: "Europe/Lyon" }),
      /^tenant\.json: timezone: expected an IANA time zone/,
    ],
    [
      "an unknown locale",
      (t) => ({ ...t, locale: "de" }),
      /^tenant\.json: locale: expected one of fr, en, got "de"$/,
    ],
    [
      "a CEO that is no email",
      (t) => ({ ...t, ceo: "marie" }),
      /^tenant\.json: ceo: expected an email address, got "marie"$/,
    ],
    [
      "a duplicate ritual id",
      (t) => ({
        ...t,
        rituals: [...(t.rituals as unknown[]), { id: "codir", name: "X", match: "x", cadence: "daily" }],
      }),
      /^tenant\.json: rituals\[3\]\.id: duplicate ritual id "codir"$/,
    ],
    [
      "a ritual id that is no slug",
      (t) => ({ ...t, rituals: [{ id: "Co Dir", name: "X", match: "x", cadence: "daily" }] }),
      /^tenant\.json: rituals\[0\]\.id: expected a slug/,
    ],
    [
      "a workweek day twice",
      (t) => ({ ...t, workweek: { days: [1, 2, 2] } }),
      /^tenant\.json: workweek\.days: expected each day once, got \[1,2,2\]$/,
    ],
    [
      "a workweek day out of range",
      (t) => ({ ...t, workweek: { days: [0] } }),
      /^tenant\.json: workweek\.days\[0\]: expected an integer from 1 to 7, got 0$/,
    ],
    [
      "hoursPerDay out of range",
      (t) => ({ ...t, workweek: { hoursPerDay: 25 } }),
      /^tenant\.json: workweek\.hoursPerDay: expected a number from 1 to 24, got 25$/,
    ],
    [
      "an unknown sensitivity",
      (t) => ({ ...t, sensitivity: "max" }),
      /^tenant\.json: sensitivity: expected one of low, normal, high, got "max"$/,
    ],
    [
      "a threshold for an unknown signal",
      (t) => ({ ...t, thresholds: { meetings: { alertRatio: 1 } } }),
      /^tenant\.json: thresholds\.meetings: unknown key "meetings"; expected one of meeting_inflation,/,
    ],
    [
      "a threshold that is no number",
      (t) => ({ ...t, thresholds: { silo: { minShare: "0.2" } } }),
      /^tenant\.json: thresholds\.silo\.minShare: expected a number, got "0\.2"$/,
    ],
    [
      "sources.calendars with a non-string",
      (t) => ({ ...t, sources: { calendars: ["a@x.fr", 3] } }),
      /^tenant\.json: sources\.calendars\[1\]: expected a non-empty string, got 3$/,
    ],
    ["not an object", () => [1], /^tenant\.json: expected an object, got \[1\]$/],
  ];

  it.each(cases)("rejects %s, naming file and field", (_name, mutate, message) => {
    const e = errorOf(mutate(minimal()));
    expect(e.message).toMatch(message);
    expect(e.file).toBe(FILE);
  });

  it("names every unknown key of an object at once", () => {
    expect(errorOf({ ...minimal(), foo: 1, bar: 2 }).message).toContain('unknown key "foo", "bar"');
  });
});

describe("output folders", () => {
  it("rejects a Google Doc output folder that is the meeting-notes folder, naming the field", () => {
    const raw = {
      id: "acme",
      name: "Acme",
      timezone: "Europe/Paris",
      locale: "fr",
      ceo: "ceo@acme.fr",
      rituals: [],
      sources: { driveFolderId: "notes" },
      output: { googleDoc: { folderId: "notes" } },
    };
    expect(() => parseTenant(raw, "tenant.json")).toThrow(
      /tenant\.json: output\.googleDoc\.folderId: .*sources\.driveFolderId/,
    );
  });
});
