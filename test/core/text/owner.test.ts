import { describe, expect, it } from "vitest";
import { extractNote } from "../../../src/core/text/extract.js";
import { findOwner } from "../../../src/core/text/owner.js";
import { one } from "./helpers.js";

describe("action owners", () => {
  it.each([
    ["@Paul relancer le fournisseur", "Paul"],
    ["Action : relancer le fournisseur @Marie Dupont", "Marie Dupont"],
    ["→ Paul : envoyer le devis", "Paul"],
    ["Action : envoyer le devis (Paul)", "Paul"],
    ["Action : envoyer le devis (Paul, vendredi)", "Paul"],
    ["Action : relancer le client — Responsable : Paul Martin", "Paul Martin"],
    ["Action: update the pricing page. Owner: Jane", "Jane"],
    ["Action : mettre à jour le CRM. Qui : JD", "JD"],
    ["Paul doit envoyer le devis", "Paul"],
    ["Jean-Pierre se charge de la démo", "Jean-Pierre"],
    ["Paul et Marie doivent préparer le salon", "Paul et Marie"],
    ["Marie enverra le planning", "Marie"],
    ["Jane will send the deck", "Jane"],
    ["AI: Bob to book the room", "Bob"],
    ["[JD] mettre à jour la roadmap", "JD"],
    ["TODO relire le contrat [Sophie]", "Sophie"],
    ["Action : relire le contrat, assigné à Léa", "Léa"],
    ["Action: review the contract, assigned to paul.martin@acme.fr", "paul.martin@acme.fr"],
    ["Action : préparer le budget (par Hélène)", "Hélène"],
  ])("%s → %s", (text, owner) => {
    expect(one(text)).toMatchObject({ kind: "action", owner });
  });

  it.each([
    "Action : relancer le fournisseur",
    "Action : il doit relancer le fournisseur",
    "On doit relancer le fournisseur",
    "TODO envoyer le rapport (KPI)",
    "Action: send the report by Friday",
    "Action : point budget (Q4)",
    "Action : Relancer le fournisseur",
  ])("%s has no owner", (text) => {
    expect(one(text)).toMatchObject({ kind: "action", owner: null });
  });

  it("gives owners to actions only", () => {
    expect(one("Décision : Paul pilote le projet")).toMatchObject({ kind: "decision", owner: null });
  });

  it("takes an owner from a name label under an action heading", () => {
    const lines = extractNote({ text: "Prochaines étapes :\nPaul : envoyer le devis", locale: "fr" });
    expect(lines[1]).toMatchObject({ kind: "action", owner: "Paul" });
  });

  it("says whether the naming form alone makes an action", () => {
    expect(findOwner("Paul doit envoyer le devis")).toEqual({ name: "Paul", cue: true });
    expect(findOwner("Point budget (Marie)")).toEqual({ name: "Marie", cue: false });
    expect(findOwner("Relancer le client")).toBeNull();
  });
});
