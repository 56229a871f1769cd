import { describe, expect, it } from "vitest";
import { readRow } from "../../../src/core/text/cells.js";
import { extractNote } from "../../../src/core/text/extract.js";
import { one } from "./helpers.js";

const CEO = { ceoNames: ["Sarah Collins", "Marie Dupont"] };
const read = (text: string) => one(text, null, CEO);

describe("escalations handed upward without the word escalate", () => {
  it.each([
    "Désaccord Ventes / Prod sur les délais : il faut que Marie tranche",
    "Faute d'accord, on laisse le DG décider",
    "Nous demandons à Marie de trancher sur le choix du site.",
    "Sujet à porter en CODIR faute de consensus",
    "Misalignment produit/sales, besoin d'un call de Marie",
    "Sales and Ops disagree on the SLA, Sarah has to arbitrate",
    "We are asking Sarah to decide on the site.",
    "Lacking agreement, we are leaving it to the CEO to decide.",
    "The bonus question will go to the CEO next week.",
    "mktg budget: to CEO",
  ])("%s", (text) => {
    expect(read(text).kind).toBe("escalation");
  });

  it("needs the top of the company as the destination", () => {
    expect(read("The question goes to the supplier next week").kind).not.toBe("escalation");
    expect(read("Sarah presented the strategy").kind).toBe("none");
  });
});

describe("decisions without a decision verb", () => {
  it.each([
    "Accord unanime pour geler les embauches",
    "Tout le monde valide la nouvelle charte graphique",
    "Marie : très bien, on est tous alignés, on signe avec Durand.",
    "Everyone signed off on the new brand guidelines",
    "We're all on the same page, v2 goes out in February",
    "Nouvelle règle : pas de réunion le mercredi après-midi",
    "Désormais les congés sont validés par le manager",
    "À partir de janvier, toute dépense supérieure à 2 000 € sera validée par le DAF.",
    "Going forward, every quote is reviewed by a second sales rep",
    "New rule: any discount above 15% needs sign-off from Finance",
    "offsite Lisbon - confirmed",
  ])("%s", (text) => {
    expect(read(text).kind).toBe("decision");
  });
});

describe("priorities as a list on one line or a focus for the period", () => {
  it.each([
    "Priorités du trimestre : trésorerie, recrutement, qualité",
    "Focus pour le trimestre : la fidélisation",
    "Top 3 : export, ERP, marque employeur",
    "Notre priorité pour le trimestre est de réduire les délais de livraison.",
    "Priorities for the quarter: cash, hiring, quality",
    "Focus for Q1: customer retention",
    "Q2 focus: NPS, retention",
    "This year's three priorities are export, quality and hiring.",
  ])("%s", (text) => {
    expect(read(text).kind).toBe("priority");
  });

  it("leaves a sentence about the meeting's purpose alone", () => {
    expect(read("The goal of this meeting is to review the budget").kind).toBe("none");
  });
});

describe("table rows (cells joined by ' | ')", () => {
  it("reads the owner column and the due cell of an action row", () => {
    expect(read("Relancer fournisseur | Paul | 05/12")).toMatchObject({
      kind: "action",
      owner: "Paul",
      due: "2026-12-05",
    });
    expect(read("Migrate files | Zoe | end of December | to do")).toMatchObject({
      kind: "action",
      owner: "Zoe",
      due: "2026-12-31",
    });
  });

  it("takes a leading kind cell as the row's label", () => {
    expect(read("Décision | Fermeture annuelle du 24/12 au 2/01 | actée").kind).toBe("decision");
    expect(read("Priority 1 | Hire 3 account executives | Q1").kind).toBe("priority");
    expect(read("Choice of logistics provider | to escalate | CEO").kind).toBe("escalation");
  });

  it("says nothing of a header row or a row of figures", () => {
    expect(read("Action | Owner | Due | Status")).toMatchObject({ kind: "none", owner: null });
    expect(read("Ventes novembre | 412 k€ | +4 %").kind).toBe("none");
    expect(readRow("Topic | Owner | Due")?.header).toBe(true);
    expect(readRow("Pas de tableau ici")).toBeNull();
  });
});

describe("owners in transcripts and terse minutes", () => {
  it("gives the task to the speaker who takes it", () => {
    expect(read("Paul (00:31:02) : je m'en occupe, j'envoie le devis demain.")).toMatchObject({
      kind: "action",
      owner: "Paul",
      due: "2026-11-25",
    });
    expect(read("Lucy: I'll own the follow-up with the supplier.")).toMatchObject({
      kind: "action",
      owner: "Lucy",
    });
    expect(read("Inès (00:02:01) : je partage mon écran.").kind).toBe("none");
  });

  it("reads a lower-case first name leading a task", () => {
    expect(read("jo - chase invoice tmrw")).toMatchObject({ kind: "action", owner: "jo", due: "2026-11-25" });
    expect(read("kim: investor update, EOW")).toMatchObject({
      kind: "action",
      owner: "kim",
      due: "2026-11-27",
    });
    expect(read("churn: 2.1% (flat)").kind).toBe("none");
  });

  it("names no one for 'someone' or 'quelqu'un'", () => {
    expect(read("Someone needs to collect the badges by next Friday.")).toMatchObject({
      kind: "action",
      owner: null,
      due: "2026-12-04",
    });
    expect(read("Quelqu'un doit récupérer les badges d'ici vendredi prochain.").owner).toBeNull();
  });
});

describe("due dates people write", () => {
  it.each([
    ["Anna: book the venue by 5 Dec", "2026-12-05"],
    ["Karim envoie la proposition d'ici le 3 décembre", "2026-12-03"],
    ["Mettre à jour la grille tarifaire avant le 12/01 (Sophie)", "2027-01-12"],
    ["Préparer le support pour le salon, fin de semaine", "2026-11-27"],
    ["fix staging env by fri", "2026-11-27"],
    ["Relancer le client sous 48 h (Paul)", "2026-11-26"],
    ["Hugo : finaliser le business plan jeudi", "2026-11-26"],
  ])("%s → %s", (text, due) => {
    expect(read(text)).toMatchObject({ kind: "action", due });
  });

  it("reads no weekday in a bare abbreviation", () => {
    const [line] = extractNote({ text: "Envoyer mon rapport (Paul)", date: "2026-11-24" });
    expect(line?.due).toBeNull();
  });
});
