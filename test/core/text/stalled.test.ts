import { describe, expect, it } from "vitest";
import { extractNote } from "../../../src/core/text/extract.js";

const one = (text: string, locale: "fr" | "en" = "fr") =>
  extractNote({ text, date: "2026-11-16", locale })[0];

describe("follow-through failures said in words", () => {
  it.each([
    ["Devis fournisseur : toujours pas envoyé", "fr"],
    ["Planning atelier relancé à nouveau, sans réponse", "fr"],
    ["Migration ERP : rien n'a bougé depuis trois semaines", "fr"],
    ["Contrat cadre : reste bloqué chez les achats", "fr"],
    ["Write the one-pager: chased again, nothing yet", "en"],
    ["Still blocked on the spare-parts portal", "en"],
    ["Pricing review is 2 weeks overdue", "en"],
    ["Onboarding deck postponed again", "en"],
  ] as const)("flags %s", (text, locale) => {
    expect(one(text, locale)?.stalled).toBe(true);
  });

  it.each([
    ["Retard de livraison client : analyse des causes présentée", "fr"],
    ["Envoyer le devis : fait", "fr"],
    ["Late deliveries fell by half this month", "en"],
    ["Still on track for the launch", "en"],
  ] as const)("does not flag %s", (text, locale) => {
    expect(one(text, locale)?.stalled).toBe(false);
  });
});

describe("owners written after a task label or in brackets", () => {
  it.each([
    ["ACTION Charlotte Wilson: chase the supplier – 21 Apr.", "Charlotte Wilson"],
    ["Next step → Paul Martin: relancer le fournisseur d'ici vendredi", "Paul Martin"],
    ["[Samuel Phillips] prepare the estimate (Friday)", "Samuel Phillips"],
    ["AI: Adam White – set up a call with the customer – due May 7", "Adam White"],
  ])("reads the owner of %s", (text, owner) => {
    const line = one(text, "en");
    expect(line?.kind).toBe("action");
    expect(line?.owner).toBe(owner);
  });

  it("does not take a reminder label for a person", () => {
    expect(one("Reminder: chase the supplier (due Apr 18)", "en")?.owner).toBeNull();
  });
});
