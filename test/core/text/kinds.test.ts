import { describe, expect, it } from "vitest";
import { extractNote } from "../../../src/core/text/extract.js";
import { kinds, one } from "./helpers.js";

describe("decisions", () => {
  it.each([
    "Décision : on part sur le prestataire B",
    "Décidé : gel des embauches jusqu'en mars",
    "On valide le budget marketing",
    "Validé",
    "Arbitrage : on part sur l'offre premium",
    "Go pour le lancement de la V2",
    "Acté : passage en mensuel",
    "Il est convenu que le support passe à 7h",
    "Nouveau tarif approuvé.",
    "Agreed: we move to the new CRM",
    "Decision: freeze hiring until Q2",
    "We decided to drop the reseller channel",
    "Approved the hiring plan",
    "Sign-off on the Q1 roadmap",
  ])("%s", (text) => {
    expect(one(text)).toMatchObject({ kind: "decision", undecided: false });
  });

  it.each([
    "Décisions : aucune",
    "Aucune décision prise",
    "Pas de décision sur le budget",
    "Décision reportée",
    "Décision repoussée à la semaine prochaine",
    "Le choix du prestataire reste à trancher",
    "En attente de décision du comité",
    "On en reparlera",
    "Toujours pas tranché",
    "No decision on pricing",
    "Decisions: none",
    "Vendor decision deferred",
    "Launch postponed",
    "Pricing: TBD",
    "To be continued",
    "Still open",
  ])("%s is undecided, not a decision", (text) => {
    expect(one(text)).toMatchObject({ kind: "none", undecided: true });
  });

  it("does not take a question for a decision", () => {
    expect(one("Budget validé ?")).toMatchObject({ kind: "none" });
  });

  it("reads items under decision headings as decisions until the next heading", () => {
    const note = [
      "## Relevé de décisions",
      "- Passage au nouveau CRM",
      "- Recrutement d'un commercial senior",
      "- —",
      "- Pricing : reporté à la semaine prochaine",
      "## Points abordés",
      "- Passage au nouveau CRM",
    ].join("\n");
    expect(extractNote({ text: note, locale: "fr" }).map((l) => [l.kind, l.undecided])).toEqual([
      ["none", false],
      ["decision", false],
      ["decision", false],
      ["none", true],
      ["none", true],
      ["none", false],
      ["none", false],
    ]);
  });

  it.each([
    ["Décisions :", "Objectif CA maintenu"],
    ["Décisions prises", "Objectif CA maintenu"],
    ["**Décisions**", "Objectif CA maintenu"],
    ["Outcomes:", "Keep the revenue target"],
    ["Decisions", "Keep the revenue target"],
  ])("heading %s opens a decision section", (heading, item) => {
    expect(kinds(`${heading}\n${item}`)).toEqual([
      [heading, "none"],
      [item, "decision"],
    ]);
  });

  it("ends a bulleted decision list at a blank line followed by a paragraph", () => {
    expect(kinds("Décisions :\n- Objectif CA maintenu\n\nMarie présente les résultats du trimestre")).toEqual(
      [
        ["Décisions :", "none"],
        ["- Objectif CA maintenu", "decision"],
        ["Marie présente les résultats du trimestre", "none"],
      ],
    );
  });

  it("keeps a deeper markdown sub-heading inside its decision section", () => {
    expect(kinds("## Décisions\n### Produit\n- Lancement de la V2 en mars")).toEqual([
      ["## Décisions", "none"],
      ["### Produit", "none"],
      ["- Lancement de la V2 en mars", "decision"],
    ]);
  });

  it("marks items under an open-questions heading as undecided", () => {
    const lines = extractNote({ text: "Points en suspens :\n- Choix du prestataire", locale: "fr" });
    expect(lines[1]).toMatchObject({ kind: "none", undecided: true });
  });
});

describe("escalations", () => {
  it.each([
    "Choix du prestataire : à arbitrer",
    "Arbitrage du DG sur le pricing",
    "Arbitrage de la direction attendu",
    "Remonter au DG le retard fournisseur",
    "Sujet à remonter à la direction",
    "À remonter au CODIR",
    "Escalade sur le litige client",
    "Escalader le blocage au comex",
    "Besoin d'un arbitrage sur les ressources",
    "Validation de la direction nécessaire",
    "On attend le go du PDG",
    "Le DG doit trancher",
    "Escalate the pricing issue",
    "Escalation to leadership about the delay",
    "Needs CEO sign-off on the budget",
    "CEO to decide on the new hire",
    "Raise with leadership",
    "Take it to the CEO",
  ])("%s", (text) => {
    expect(one(text).kind).toBe("escalation");
  });

  it.each([
    "Marie présente les résultats",
    "Le DG présente la stratégie",
    "Point CEO : revue du pipe",
    "Remonter le moral des équipes",
    "Les ventes remontent",
    "The CEO joined the call",
  ])("%s is not an escalation", (text) => {
    expect(one(text, null, { ceoNames: ["Marie Dupont"] }).kind).not.toBe("escalation");
  });

  it("recognises arbitration by the CEO's own name when given", () => {
    expect(one("Arbitrage de Marie sur le pricing", "fr", { ceoNames: ["marie.dupont@acme.fr"] }).kind).toBe(
      "escalation",
    );
    expect(one("Marie tranchera", "fr", { ceoNames: ["Marie Dupont"] }).kind).toBe("escalation");
    expect(one("Arbitrage de Marie sur le pricing", "fr").kind).not.toBe("escalation");
  });

  it("wins over a decision on the same line", () => {
    expect(one("Décision : à arbitrer par le DG").kind).toBe("escalation");
  });
});

describe("actions", () => {
  it.each([
    "Action : relancer le fournisseur",
    "TODO mettre à jour le CRM",
    "[ ] Mettre à jour le CRM",
    "À faire : envoyer le compte-rendu",
    "Paul doit envoyer le devis",
    "→ Paul : envoyer le devis",
    "@Marie relancer le fournisseur",
    "AI: Bob to book the room",
    "Action item: update the deck",
    "Jane will send the deck",
    "Owner: Jane, update pricing page",
    "Devis à envoyer au client",
    "Il faut relancer le fournisseur avant le 30/11",
  ])("%s", (text) => {
    expect(one(text).kind).toBe("action");
  });

  it.each(["Actions :", "Prochaines étapes", "Next steps:", "To do", "## Actions à mener"])(
    "heading %s opens an action section",
    (heading) => {
      expect(kinds(`${heading}\nMise à jour du site`)).toEqual([
        [heading, "none"],
        ["Mise à jour du site", "action"],
      ]);
    },
  );

  it("lets an explicit action label beat a decision heading", () => {
    expect(kinds("Décisions :\n- Go pour le salon\n- Action : réserver le stand (Paul)")).toEqual([
      ["Décisions :", "none"],
      ["- Go pour le salon", "decision"],
      ["- Action : réserver le stand (Paul)", "action"],
    ]);
  });

  it.each([
    ["[x] Envoyer le compte-rendu", true],
    ["✅ Devis envoyé", true],
    ["Action : relancer le client — fait", true],
    ["Action : migration terminée", true],
    ["Action : relance client (clos)", true],
    ["Action: send the deck — done", true],
    ["Action: contract closed", true],
    ["Action: migration completed", true],
    ["Action : relancer le client, pas encore fait", false],
    ["Action : il fait le point avec le client", false],
    ["Fait à Paris, le 24 novembre", false],
    ["Fait : devis envoyé", true],
    ["Action: not done yet", false],
    ["Action: well done everyone, now ship it", false],
  ])("%s → done %s", (text, done) => {
    expect(one(text).done).toBe(done);
  });
});

describe("priorities", () => {
  it("reads items of a priority list", () => {
    const note =
      "Nos priorités :\n1. Recruter 2 commerciaux d'ici fin mars (Paul)\n2. Lancer la V2\n3. Réduire le churn";
    expect(kinds(note).map(([, k]) => k)).toEqual(["none", "priority", "priority", "priority"]);
  });

  it.each(["Top 3", "Priorités du trimestre", "Priorities:", "Focus", "OKR Q1 :", "Objectifs 2027"])(
    "heading %s opens a priority section",
    (heading) => {
      expect(kinds(`${heading}\nRéduire le churn`)[1]).toEqual(["Réduire le churn", "priority"]);
    },
  );

  it.each([
    ["Priorité : fidélisation des clients", ["fidelis", "client"]],
    ["P1 : fidélisation des clients", ["fidelis", "client"]],
    ["Priorité n°2 – fidélisation des clients", ["fidelis", "client"]],
    ["Priority #1: customer retention", ["custom", "retent"]],
  ])("%s is a priority about its item", (text, stems) => {
    expect(one(text)).toMatchObject({ kind: "priority", stems });
  });
});

describe("headings", () => {
  it("are kind none and reset the section", () => {
    expect(kinds("Actions :\nRelancer le client\nDivers :\nLe salon a lieu en mars")).toEqual([
      ["Actions :", "none"],
      ["Relancer le client", "action"],
      ["Divers :", "none"],
      ["Le salon a lieu en mars", "none"],
    ]);
  });

  it("treats a plain line with no marker as none", () => {
    expect(one("Marie présente les résultats du trimestre")).toMatchObject({
      kind: "none",
      owner: null,
      due: null,
      undecided: false,
      done: false,
    });
  });
});
