/**
 * The service sandbox's 20 synthetic client companies: sizes from 12 to 60 people, French and English,
 * eleven time zones from Auckland to Los Angeles, some with a planted signal. Twelve weeks of data
 * (2026-W36 to W47): a first run backfills them all.
 */
import type { CompanyConfig, TeamConfig } from "../fixtures/config.js";

const team = (name: string, ritual: "daily" | "weekly", retro = false): TeamConfig => ({
  name,
  ritual,
  retro,
});

const FR_TEAMS = [
  team("Production", "daily"),
  team("Ventes", "weekly"),
  team("Achats", "weekly", true),
  team("Qualité", "weekly"),
];
const EN_TEAMS = [
  team("Engineering", "daily", true),
  team("Sales", "weekly"),
  team("Operations", "weekly"),
  team("Support", "weekly", true),
];

const PLACES: { zone: string; locale: "fr" | "en"; sites: [string, string] }[] = [
  { zone: "Europe/Paris", locale: "fr", sites: ["Lyon", "Mâcon"] },
  { zone: "Europe/London", locale: "en", sites: ["Leeds", "York"] },
  { zone: "America/New_York", locale: "en", sites: ["Boston", "Albany"] },
  { zone: "America/Montreal", locale: "fr", sites: ["Montréal", "Laval"] },
  { zone: "Europe/Brussels", locale: "fr", sites: ["Liège", "Namur"] },
  { zone: "Asia/Tokyo", locale: "en", sites: ["Tokyo", "Osaka"] },
  { zone: "Australia/Sydney", locale: "en", sites: ["Sydney", "Newcastle"] },
  { zone: "America/Los_Angeles", locale: "en", sites: ["Oakland", "Fresno"] },
  { zone: "Indian/Reunion", locale: "fr", sites: ["Saint-Denis", "Saint-Pierre"] },
  { zone: "Pacific/Auckland", locale: "en", sites: ["Auckland", "Hamilton"] },
  { zone: "Africa/Casablanca", locale: "fr", sites: ["Casablanca", "Rabat"] },
];
const SIZES = [12, 15, 18, 20, 24, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 52, 55, 58, 60, 16];
const PLANTS = ["ceo_escalation", "meeting_inflation", "missing_decisions", "ritual_drift"] as const;

export function serviceTenants(count = 20): CompanyConfig[] {
  return Array.from({ length: count }, (_, i) => {
    const place = PLACES[i % PLACES.length] ?? PLACES[0];
    if (!place) throw new Error("no place");
    const fr = place.locale === "fr";
    const n = String(i + 1).padStart(2, "0");
    const plant = i % 3 === 0 ? PLANTS[(i / 3) % PLANTS.length] : undefined;
    return {
      id: `client-${n}`,
      name: fr ? `Société ${n} SAS` : `Company ${n} Ltd`,
      domain: `client-${n}.example`,
      locale: place.locale,
      timezone: place.zone,
      size: SIZES[i % SIZES.length] ?? 20,
      sites: place.sites,
      direction: fr ? "Direction générale" : "Executive",
      teams: (fr ? FR_TEAMS : EN_TEAMS).slice(0, 2 + (i % 3)),
      weeks: { dataFrom: "2026-W36", from: "2026-W44", to: "2026-W47" },
      holidayWeeks: [],
      bankHolidays: fr ? ["2026-11-11"] : [],
      leadershipNotesIn: i % 2 === 0 ? "doc" : "notion",
      seed: 7_000 + i,
      plants: plant ? [{ signal: plant, scope: "org", from: "2026-W45", to: "2026-W47" }] : [],
    };
  });
}
