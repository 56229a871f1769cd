import { describe, expect, it } from "vitest";
import { detectLocale, extractNote } from "../../../src/core/text/extract.js";
import { contentStems } from "../../../src/core/text/stems.js";
import { one } from "./helpers.js";

describe("negative and positive language", () => {
  it.each([
    "On tourne en rond sur ce sujet",
    "Encore une réunion pour rien",
    "La réunionite nous tue",
    "Équipes épuisées",
    "Beaucoup de démotivation",
    "Une vraie lassitude",
    "Ras-le-bol général",
    "À quoi bon préparer ?",
    "Personne n'écoute",
    "Ça ne sert à rien",
    "Toujours les mêmes sujets",
    "Surcharge de l'équipe support",
    "Tensions entre les sites",
    "Frustration des commerciaux",
    "Les chefs de projet sont découragés",
    "Going in circles again",
    "Pointless meeting",
    "Total waste of time",
    "Team is exhausted",
    "Two people burned out",
    "Nobody listens",
    "Same old topics",
    "Sales is frustrated",
    "Morale is low",
    "Support is overloaded",
  ])("%s is negative", (text) => {
    expect(one(text)).toMatchObject({ negative: true, positive: false });
  });

  it.each([
    "Bravo à l'équipe",
    "Bonne dynamique sur le projet",
    "Merci à Paul pour la démo",
    "Client très satisfait",
    "Great progress on onboarding",
    "Well done everyone",
    "We are on track",
    "The team is motivated",
  ])("%s is positive", (text) => {
    expect(one(text)).toMatchObject({ negative: false, positive: true });
  });

  it.each([
    "Pas de frustration sur ce point",
    "Aucune tension entre les équipes",
    "No frustration so far",
    "Not exhausted at all",
    "The team isn't overloaded",
  ])("%s is negated, so not negative", (text) => {
    expect(one(text).negative).toBe(false);
  });

  it("reads a negated positive as negative", () => {
    expect(one("Client pas satisfait du délai")).toMatchObject({ negative: true, positive: false });
    expect(one("The project is not on track")).toMatchObject({ negative: true, positive: false });
  });

  it("keeps negation inside its clause", () => {
    expect(one("Pas de décision, équipe épuisée").negative).toBe(true);
  });

  it("is neutral on plain lines", () => {
    expect(one("Revue du pipe commercial")).toMatchObject({ negative: false, positive: false });
  });
});

describe("stems", () => {
  it("collapses French inflections", () => {
    const a = contentStems("Recrutement de deux commerciaux", "fr");
    const b = contentStems("Recruter un commercial", "fr");
    const c = contentStems("Les recrutements sont lancés", "fr");
    expect(a).toEqual(["recrut", "commercial"]);
    expect(b).toEqual(["recrut", "commercial"]);
    expect(c).toContain("recrut");
  });

  it("collapses English inflections", () => {
    expect(contentStems("Hiring plan", "en")).toEqual(["hire", "plan"]);
    expect(contentStems("Hire two engineers", "en")).toEqual(["hire", "engin"]);
  });

  it("folds accents first, so writers who skip them still match", () => {
    expect(contentStems("Clientèle motivée", "fr")).toEqual(contentStems("clientele motivee", "fr"));
    expect(contentStems("Clientèle motivée", "fr")).toEqual(["clientel", "motiv"]);
  });

  it("drops stop words, numbers, dates, labels and duplicates", () => {
    expect(
      contentStems("Décision : le budget 2027 du marketing, budget validé vendredi 30 novembre", "fr"),
    ).toEqual(["budget", "marketing"]);
    // "update", like "sync" or "team", names the meeting's routine, not a topic.
    expect(contentStems("Action: update the roadmap by next Friday, December 4", "en")).toEqual(["roadmap"]);
  });

  it("drops the owner's name and mentions", () => {
    expect(one("Action : Paul doit relancer le fournisseur", "fr").stems).toEqual(["relanc", "fournisseur"]);
    expect(one("@Marie relancer le fournisseur", "fr").stems).toEqual(["relanc", "fournisseur"]);
  });

  it("uses the note's locale to stem", () => {
    expect(one("Hiring plan", "en").stems).toEqual(["hire", "plan"]);
    expect(one("Recrutements", "fr").stems).toEqual(["recrut"]);
  });
});

describe("locale", () => {
  it.each([
    ["Décisions : on part sur le prestataire B pour la refonte du site", "fr"],
    ["Paul doit envoyer le devis avant vendredi", "fr"],
    ["We decided to move the launch to March and the team will follow up", "en"],
    ["Next steps: Jane will send the deck to the board", "en"],
    ["Point budget : on valide le go pour la roadmap, next steps à caler", "fr"],
    ["", "fr"],
  ])("%s → %s", (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });

  it("falls back to the given locale on ties", () => {
    expect(detectLocale("Roadmap", "en")).toBe("en");
  });

  it("reads English markers in a French note", () => {
    const lines = extractNote({
      text: "Point sur la refonte du site avec l'agence\nNext steps:\nJane : envoyer la maquette\nAgreed: on garde le prestataire actuel",
      date: "2026-11-24",
    });
    expect(lines.map((l) => l.kind)).toEqual(["none", "none", "action", "decision"]);
    expect(lines[2]?.owner).toBe("Jane");
  });

  it("uses input.locale over detection for stemming", () => {
    expect(extractNote({ text: "Recrutements", locale: "en" })[0]?.stems).toEqual(["recrut"]);
    expect(extractNote({ text: "Recrutements", locale: "fr" })[0]?.stems).toEqual(["recrut"]);
    expect(extractNote({ text: "hiring", locale: "en" })[0]?.stems).toEqual(["hire"]);
    expect(extractNote({ text: "hiring", locale: "fr" })[0]?.stems).not.toEqual(["hire"]);
  });
});
