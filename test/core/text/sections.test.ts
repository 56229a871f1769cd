import { describe, expect, it } from "vitest";
import { contentStems } from "../../../src/core/text/stems.js";
import { kinds } from "./helpers.js";

const kindsOf = (lines: string[]) => kinds(lines.join("\n")).map(([, k]) => k);

describe("sections end at the next heading", () => {
  // Google Docs paragraphs and Notion blocks arrive as bare lines: no "#", no ":", no bullet.
  it.each([
    "Échanges",
    "echanges",
    "DISCUSSION",
    "Points abordés",
    "Tour de table",
    "Divers",
    "Questions diverses",
    "Notes",
    "Contexte",
    "Participants",
    "Excusés",
    "Risques",
    "Blocages",
    "Indicateurs",
    "Summary",
    "Updates",
    "Blockers",
    "KPIs",
    "Risks",
    "**Échanges**",
    "Échanges :",
    "### Discussion",
  ])("%s closes a priority list", (heading) => {
    expect(kindsOf(["Priorités", "Réduire les délais", heading, "Le salon a lieu en mars"])).toEqual([
      "none",
      "priority",
      "none",
      "none",
    ]);
  });

  it.each(["Nos 3 priorités", "Priorities", "Our priorities this quarter", "Key priorities", "Must-haves:"])(
    "%s opens a priority list",
    (heading) => {
      expect(kindsOf([heading, "Réduire les délais", "Fidéliser les clients"])).toEqual([
        "none",
        "priority",
        "priority",
      ]);
    },
  );

  it("keeps an inline labelled item an item, not a heading", () => {
    expect(kindsOf(["Prio 2 – réorganiser l'entrepôt", "Focus for Q2: onboarding"])).toEqual([
      "priority",
      "priority",
    ]);
    expect(kindsOf(["Question à poser au PDG"])).toEqual(["escalation"]);
  });

  it("reads a long sentence under a priority heading as commentary", () => {
    const long =
      "Marie rappelle que la liste a été discutée longuement au séminaire et qu'elle reste valable jusqu'à la fin de l'année";
    expect(kindsOf(["Priorités", "Réduire les délais", long])).toEqual(["none", "priority", "none"]);
  });

  it("does not take agenda items with a presenter for actions", () => {
    expect(
      kindsOf(["Ordre du jour", "Présenter le budget (Paul)", "Échanges", "Envoyer le devis (Paul)"]),
    ).toEqual(["none", "none", "none", "action"]);
  });
});

describe("topic stems skip the meeting's own words", () => {
  it.each([
    ["Réunion d'équipe du lundi 3 mars : point budget et suivi recrutement", "fr", ["budget", "recrut"]],
    ["Weekly team sync update on Tuesday: hiring and budget", "en", ["hire", "budget"]],
    ["Deuxième réunion de la semaine, synchro équipe", "fr", []],
  ] as const)("%s", (text, locale, stems) => {
    expect(contentStems(text, locale)).toEqual(stems);
  });
});
