import { describe, expect, it } from "vitest";
import { parseTenant, TENANT_DEFAULTS, tenantRoles, validateTenant } from "../../src/core/tenant.js";

function minimal(): Record<string, unknown> {
  return {
    id: "atelier-dupont",
    name: "Atelier Dupont SAS",
    timezone: "Europe/Paris",
    locale: "fr",
    ceo: "marie.dupont@atelier-dupont.fr",
    rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
  };
}

function issues(raw: unknown) {
  const r = validateTenant(raw);
  if (r.ok) throw new Error("expected the configuration to be refused");
  return r.issues;
}

describe("tenant id", () => {
  it.each(["../../x", "Atelier Dupont", "acme/", "", "a".repeat(64)])(
    "refuses %j, which would become a path",
    (id) => {
      expect(() => parseTenant({ ...minimal(), id }, "tenant.json")).toThrow(/^tenant\.json: id: /);
    },
  );

  it("accepts a slug", () => {
    expect(parseTenant({ ...minimal(), id: "atelier-dupont_2" }, "t.json").id).toBe("atelier-dupont_2");
  });
});

describe("access, schedule and service fields", () => {
  it("defaults to nobody besides the service's operators, Monday 06:00, no team figures for consultants", () => {
    const t = parseTenant(minimal(), "tenant.json");
    expect(t.admins).toEqual([]);
    expect(t.assistants).toEqual([]);
    expect(t.consultants).toEqual([]);
    expect(t.consultantTeamFigures).toBe(false);
    expect(t.schedule).toEqual({ day: 1, time: "06:00" });
    expect(t.schedule).toEqual(TENANT_DEFAULTS.schedule);
    expect(t.googleAdmin).toBeUndefined();
  });

  it("lower-cases and de-duplicates emails, and says who may do what", () => {
    const t = parseTenant(
      {
        ...minimal(),
        admins: ["IT@Atelier-Dupont.fr"],
        assistants: ["julie@atelier-dupont.fr", "Julie@atelier-dupont.fr"],
        consultants: ["conseil@cabinet.fr"],
        consultantTeamFigures: true,
        schedule: { day: 5, time: "18:30" },
        googleAdmin: "IT@atelier-dupont.fr",
      },
      "tenant.json",
    );
    expect(t.assistants).toEqual(["julie@atelier-dupont.fr"]);
    expect(t.googleAdmin).toBe("it@atelier-dupont.fr");
    expect(t.schedule).toEqual({ day: 5, time: "18:30" });
    expect(tenantRoles(t, "it@atelier-dupont.fr")).toEqual(["admin"]);
    expect(tenantRoles(t, "Conseil@Cabinet.fr")).toEqual(["consultant"]);
    expect(tenantRoles(t, "marie.dupont@atelier-dupont.fr")).toEqual([]);
  });

  it("revokes a consultant removed from the list", () => {
    const before = parseTenant({ ...minimal(), consultants: ["conseil@cabinet.fr"] }, "t.json");
    const after = parseTenant({ ...minimal(), consultants: [] }, "t.json");
    expect(tenantRoles(before, "conseil@cabinet.fr")).toEqual(["consultant"]);
    expect(tenantRoles(after, "conseil@cabinet.fr")).toEqual([]);
  });

  it.each([
    [
      { consultants: ["conseil"] },
      /^tenant\.json: consultants\[0\]: expected an email address, got "conseil"$/,
    ],
    [{ schedule: { day: 8 } }, /^tenant\.json: schedule\.day: expected an integer from 1 to 7, got 8$/],
    [{ schedule: { time: "6h" } }, /^tenant\.json: schedule\.time: expected a time of day HH:MM/],
    [{ schedule: { time: "24:00" } }, /^tenant\.json: schedule\.time: /],
    [
      { consultantTeamFigures: "yes" },
      /^tenant\.json: consultantTeamFigures: expected true or false, got "yes"$/,
    ],
    [{ googleAdmin: "admin" }, /^tenant\.json: googleAdmin: expected an email address/],
    [
      { schedule: { hour: 6 } },
      /^tenant\.json: schedule\.hour: unknown key "hour"; expected one of day, time$/,
    ],
  ])("refuses %j naming the field", (over, message) => {
    expect(() => parseTenant({ ...minimal(), ...over }, "tenant.json")).toThrow(message);
  });
});

describe("validateTenant (the config endpoint and the add-on's form)", () => {
  it("returns every problem with its field path, in French and English", () => {
    const found = issues({
      ...minimal(),
      ceo: "marie",
      rituals: [{ id: "codir", name: "", match: "codir(", cadence: "weekly" }],
      sensitivity: "max",
    });
    expect(found.map((i) => i.path).sort()).toEqual([
      "ceo",
      "rituals[0].match",
      "rituals[0].name",
      "sensitivity",
    ]);
    const ceo = found.find((i) => i.path === "ceo");
    expect(ceo?.message).toEqual({
      en: 'expected an email address, got "marie"',
      fr: 'adresse e-mail attendue, reçu "marie"',
    });
    const match = found.find((i) => i.path === "rituals[0].match");
    expect(match?.message.fr).toMatch(/^expression régulière invalide \(.+\), reçu "codir\("$/);
  });

  it("puts a misspelt key before the required key it leaves missing", () => {
    const { timezone: _, ...rest } = minimal();
    const found = issues({ ...rest, timeZone: "Europe/Paris" });
    expect(found.map((i) => i.path)).toEqual(["timeZone", "timezone"]);
    expect(found[1]?.message).toEqual({ en: "required", fr: "obligatoire" });
  });

  it("names an empty form's required fields, all at once", () => {
    expect(issues({}).map((i) => i.path)).toEqual(["id", "name", "timezone", "locale", "ceo", "rituals"]);
  });

  it("accepts what it returns: a saved tenant validates again unchanged", () => {
    const first = validateTenant({ ...minimal(), sources: { calendars: ["a@x.fr"] } });
    if (!first.ok) throw new Error("expected valid");
    const again = validateTenant(JSON.parse(JSON.stringify(first.tenant)));
    expect(again).toEqual(first);
  });
});
