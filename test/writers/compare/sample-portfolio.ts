/** Twenty clients of every kind (alerting, watched, stale, never run, sharing teams), for the writers' tests. */
import { buildPortfolio } from "../../../src/app/compare-build.js";
import type { Portfolio } from "../../../src/app/compare-model.js";
import type { Locale } from "../../../src/core/model.js";
import { SIGNAL_IDS } from "../../../src/core/signals/types.js";
import { calm, type HistorySpec, history, WEEK } from "../../app/compare-histories.js";

const NAMES = [
  "Atelier Dupont SAS",
  "Menuiseries Rhône-Alpes",
  "Brightwater Analytics Ltd",
  "Lumen Conseil",
  "Fonderie Bertin",
  "Northfield Robotics Inc.",
  "Groupe Vernier Industries & Associés — Division Équipements Industriels",
  "Harrow & Finch Software",
  "Transports Lemoine",
  "Cobalt Health Systems",
  "Éditions Marelle",
  "Verrerie du Lac",
  "Kestrel Logistics",
  "Boulangeries Morel",
  "Quayside Studio",
  "Clinique Saint-Roch",
  "Pinewood Legal LLP",
  "Coopérative Agricole du Val",
  '=HYPERLINK("http://evil.example")',
  'Ocean <b>Freight</b> "Partners"',
];

function spec(i: number, name: string): HistorySpec {
  const id = `client-${String(i + 1).padStart(2, "0")}`;
  const base = 55 + ((i * 17) % 40);
  const kind = i % 5;
  const weeks =
    kind === 0
      ? calm(base, [
          { flags: { silo: "watch" } },
          { flags: { silo: "alert" } },
          { flags: { silo: "alert", ceo_escalation: "watch" } },
        ])
      : kind === 1
        ? calm(base, [{ flags: { meeting_inflation: "watch" } }])
        : kind === 2
          ? calm(base).filter((w) => w.ago >= 3)
          : kind === 3
            ? calm(base, [{ flags: { priority_churn: "alert", "silo@team:Ventes": "watch" } }, {}])
            : i === 4
              ? // Perfect scores yet watched on every signal (a ritual's): the widest heatmap cells.
                calm(100, [
                  {
                    flags: Object.fromEntries(
                      SIGNAL_IDS.map((id) => [`${id}@ritual:codir`, "watch" as const]),
                    ),
                  },
                ])
              : calm(base);
  return {
    id,
    name,
    locale: i % 3 === 0 ? "en" : "fr",
    weeks: i === 13 ? [] : weeks,
    share: i % 4 === 0,
    teams: { Ventes: 8, Production: 14, Achats: 3 },
    ...(i === 13 ? { failed: [0] } : {}),
  };
}

export function samplePortfolio(locale: Locale = "fr", n = NAMES.length): Portfolio {
  const hs = NAMES.slice(0, n).map((name, i) => history(spec(i, name)));
  return buildPortfolio(hs, { week: WEEK, weeks: 12, locale, generatedBy: "vigie test" });
}
