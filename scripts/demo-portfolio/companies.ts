/**
 * The demo portfolio: twenty synthetic client companies of one consultant — the bundled demo and
 * the labelled scenarios, re-dated onto the same weeks, plus six more of other trades — with
 * signals planted at different times so the comparison shows every case: long-standing alerts,
 * new ones, ones that cleared, healthy clients.
 */
import { DEMO, SCENARIOS } from "../fixtures/companies.js";
import type { CompanyConfig, Plant, TeamConfig } from "../fixtures/config.js";

/** The analysed weeks end here; data starts 8 weeks before the 12 compared ones. */
export const PORTFOLIO_WEEK = "2026-W47";
export const COMPARED_WEEKS = 12;
const WEEKS = { dataFrom: "2026-W28", from: "2026-W36", to: PORTFOLIO_WEEK };

const HOLIDAYS: Record<string, Pick<CompanyConfig, "holidayWeeks" | "bankHolidays">> = {
  "Europe/Paris": { holidayWeeks: ["2026-W33"], bankHolidays: ["2026-08-15", "2026-11-11"] },
  "Europe/London": { holidayWeeks: ["2026-W34"], bankHolidays: ["2026-08-31"] },
  "America/New_York": { holidayWeeks: ["2026-W35"], bankHolidays: ["2026-09-07", "2026-10-12"] },
};

type Window = [from: string, to: string];
/** Planted windows: running for weeks, new this week, cleared a while ago, clearing now. */
const LONG: Window = ["2026-W40", PORTFOLIO_WEEK];
const RECENT: Window = ["2026-W45", PORTFOLIO_WEEK];
const CLEARED: Window = ["2026-W37", "2026-W43"];
const ENDING: Window = ["2026-W41", "2026-W46"];

function onWindow(plant: Pick<Plant, "signal" | "scope">, [from, to]: Window): Plant {
  return { ...plant, from, to };
}

function redate(
  base: CompanyConfig,
  id: string,
  plants: Plant[],
  over: Partial<CompanyConfig> = {},
): CompanyConfig {
  const zone = over.timezone ?? base.timezone;
  return { ...base, ...HOLIDAYS[zone], id, weeks: WEEKS, plants, ...over };
}

const team = (name: string, ritual: TeamConfig["ritual"], retro = false, weight = 1): TeamConfig => ({
  name,
  ritual,
  retro,
  weight,
});

/** Each scenario's own plant, moved to the window given here, keyed by scenario id. */
const SCENARIO_WINDOWS: Record<string, { id: string; window: Window | null }> = {
  "healthy-fr": { id: "menuiseries-rhone-alpes", window: null },
  "healthy-en": { id: "brightwater-analytics", window: null },
  "healthy-small-fr": { id: "lumen-conseil", window: null },
  "meeting-inflation-team-fr": { id: "fonderie-bertin", window: LONG },
  "missing-decisions-org-en": { id: "northfield-robotics", window: RECENT },
  "ceo-escalation-org-fr": { id: "groupe-vernier", window: LONG },
  "ritual-drift-team-en": { id: "harrow-finch", window: CLEARED },
  "participation-decline-team-fr": { id: "transports-lemoine", window: ENDING },
  "silo-team-en": { id: "cobalt-health", window: LONG },
  "priority-churn-org-fr": { id: "editions-marelle", window: RECENT },
  "action-followthrough-team-en": { id: "pennine-facilities", window: ENDING },
  "negative-sentiment-team-fr": { id: "chaudronnerie-moreau", window: LONG },
  "strategy-execution-gap-org-en": { id: "redwood-supply", window: CLEARED },
};

function fromScenarios(): CompanyConfig[] {
  return SCENARIOS.map((s) => {
    const w = SCENARIO_WINDOWS[s.id];
    if (!w) throw new Error(`Expected a portfolio window for scenario ${s.id}`);
    const plants = w.window ? s.plants.map((p) => onWindow(p, w.window as Window)) : [];
    return redate(s, w.id, plants);
  });
}

/** Six more trades, built on a scenario's shape (sites, time zone) with their own teams and seed. */
function others(): CompanyConfig[] {
  const fr = SCENARIOS.find((s) => s.id === "healthy-fr") as CompanyConfig;
  const uk = SCENARIOS.find((s) => s.id === "healthy-en") as CompanyConfig;
  const us = SCENARIOS.find((s) => s.id === "silo-team-en") as CompanyConfig;
  return [
    redate(fr, "verrerie-du-lac", [onWindow({ signal: "ritual_drift", scope: "org" }, LONG)], {
      name: "Verrerie du Lac",
      domain: "verrerie-du-lac.fr",
      size: 28,
      sites: ["Annecy", "Rumilly"],
      teams: [
        team("Four", "daily", false, 1.5),
        team("Commercial", "weekly"),
        team("Maintenance", "weekly", true),
      ],
      seed: 7101,
    }),
    redate(
      uk,
      "kestrel-logistics",
      [onWindow({ signal: "participation_decline", scope: "team:Warehouse" }, RECENT)],
      {
        name: "Kestrel Logistics Ltd",
        domain: "kestrel-logistics.co.uk",
        size: 46,
        sites: ["Birmingham", "Coventry"],
        teams: [
          team("Warehouse", "daily", false, 1.8),
          team("Transport", "weekly", true),
          team("Sales", "weekly"),
          team("Finance", "weekly", false, 0.6),
        ],
        seed: 7102,
      },
    ),
    redate(fr, "boulangeries-morel", [], {
      name: "Boulangeries Morel",
      domain: "boulangeries-morel.fr",
      size: 18,
      sites: ["Tours", "Blois"],
      teams: [team("Fournil", "daily", false, 1.4), team("Boutiques", "weekly", true)],
      seed: 7103,
    }),
    redate(uk, "quayside-studio", [onWindow({ signal: "negative_sentiment", scope: "org" }, ENDING)], {
      name: "Quayside Studio",
      domain: "quayside.studio",
      size: 16,
      sites: ["Bristol", "Bath"],
      teams: [team("Design", "daily", true, 1.3), team("Accounts", "weekly")],
      seed: 7104,
    }),
    redate(
      fr,
      "clinique-saint-roch",
      [
        onWindow({ signal: "meeting_inflation", scope: "org" }, LONG),
        onWindow({ signal: "action_followthrough", scope: "team:Soins" }, RECENT),
      ],
      {
        name: "Clinique Saint-Roch",
        domain: "clinique-saint-roch.fr",
        size: 72,
        sites: ["Montpellier", "Sète"],
        teams: [
          team("Soins", "daily", true, 2),
          team("Bloc", "daily", false, 1.2),
          team("Administration", "weekly"),
          team("Logistique", "weekly", false, 0.8),
        ],
        seed: 7105,
      },
    ),
    redate(us, "pinewood-legal", [onWindow({ signal: "ceo_escalation", scope: "org" }, RECENT)], {
      name: "Pinewood Legal LLP",
      domain: "pinewoodlegal.com",
      size: 22,
      sites: ["Chicago", "Milwaukee"],
      teams: [
        team("Litigation", "weekly", true, 1.3),
        team("Corporate", "weekly"),
        team("Operations", "weekly", false, 0.7),
      ],
      seed: 7106,
    }),
  ];
}

export function portfolioCompanies(): CompanyConfig[] {
  const demo = redate(DEMO, DEMO.id, [
    onWindow({ signal: "missing_decisions", scope: "org" }, ["2026-W43", PORTFOLIO_WEEK]),
    onWindow({ signal: "ceo_escalation", scope: "org" }, ["2026-W44", PORTFOLIO_WEEK]),
    onWindow({ signal: "meeting_inflation", scope: "team:Bureau d'études" }, RECENT),
  ]);
  return [demo, ...fromScenarios(), ...others()];
}
