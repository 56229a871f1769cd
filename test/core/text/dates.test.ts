import { describe, expect, it } from "vitest";
import { findDue } from "../../../src/core/text/dates.js";
import { extractNote } from "../../../src/core/text/extract.js";
import { foldLower } from "../../../src/core/text/normalize.js";

const due = (text: string, date: string | null) => findDue(foldLower(text), date).due;

// 2026-11-24 is a Tuesday.
const TUESDAY = "2026-11-24";

describe("explicit dates", () => {
  it.each([
    ["envoyer le devis le 30/11", "2026-11-30"],
    ["envoyer le devis avant le 30/11/2026", "2026-11-30"],
    ["livraison 2026-11-30", "2026-11-30"],
    ["relancer le client le 30 novembre", "2026-11-30"],
    ["relancer le 1er décembre", "2026-12-01"],
    ["send the deck by Nov 30", "2026-11-30"],
    ["send the deck by 30 Nov", "2026-11-30"],
    ["send the deck by November 30th", "2026-11-30"],
    ["vendredi 4 décembre", "2026-12-04"],
    ["clôture 04.12.2026", "2026-12-04"],
    ["rendu 30/11/26", "2026-11-30"],
  ])("%s → %s", (text, expected) => {
    expect(due(text, TUESDAY)).toBe(expected);
  });

  it("puts a yearless date more than two months back into the next year", () => {
    expect(due("le 10/10", "2026-12-28")).toBe("2027-10-10");
    expect(due("le 5 janvier", "2026-12-28")).toBe("2027-01-05");
    // Recently past: kept in the note's year (an overdue date, not next year's).
    expect(due("le 15/12", "2026-12-28")).toBe("2026-12-15");
  });

  it("rejects impossible dates and the 24/7 idiom", () => {
    expect(due("le 31/02", TUESDAY)).toBeNull();
    expect(due("support 24/7", TUESDAY)).toBeNull();
  });
});

describe("relative dates from the note's date", () => {
  it.each([
    ["demain", "2026-11-25"],
    ["après-demain", "2026-11-26"],
    ["vendredi", "2026-11-27"],
    ["d'ici vendredi", "2026-11-27"],
    ["avant vendredi prochain", "2026-12-04"],
    ["lundi prochain", "2026-11-30"],
    ["semaine prochaine", "2026-12-04"],
    ["fin de semaine", "2026-11-27"],
    ["fin du mois", "2026-11-30"],
    ["fin novembre", "2026-11-30"],
    ["fin décembre", "2026-12-31"],
    ["sous 15 jours", "2026-12-09"],
    ["dans 2 semaines", "2026-12-08"],
    ["sous huitaine", "2026-12-02"],
    ["J+7", "2026-12-01"],
    ["tomorrow", "2026-11-25"],
    ["by Friday", "2026-11-27"],
    ["next Monday", "2026-11-30"],
    ["next week", "2026-12-04"],
    ["end of week", "2026-11-27"],
    ["EOW", "2026-11-27"],
    ["end of month", "2026-11-30"],
    ["EOM", "2026-11-30"],
    ["in 2 weeks", "2026-12-08"],
    ["within 10 days", "2026-12-04"],
    ["in a week", "2026-12-01"],
    ["by end of November", "2026-11-30"],
    ["fin du trimestre", "2026-12-31"],
  ])("%s → %s", (text, expected) => {
    expect(due(`Action : relancer le client ${text}`, TUESDAY)).toBe(expected);
  });

  it("crosses a month boundary", () => {
    expect(due("demain", "2026-11-30")).toBe("2026-12-01");
    expect(due("J+3", "2026-01-30")).toBe("2026-02-02");
    expect(due("fin du mois prochain", "2026-01-30")).toBe("2026-02-28");
  });

  it("crosses a year boundary", () => {
    expect(due("d'ici vendredi", "2026-12-28")).toBe("2027-01-01");
    expect(due("next week", "2026-12-28")).toBe("2027-01-08");
    expect(due("fin du mois", "2026-12-28")).toBe("2026-12-31");
  });

  it("takes the Friday of next week for a note written at the weekend saying 'fin de semaine'", () => {
    expect(due("fin de semaine", "2026-11-28")).toBe("2026-12-04");
  });

  it("keeps relative dates unknown without a note date, but explicit full dates", () => {
    expect(due("demain", null)).toBeNull();
    expect(due("d'ici vendredi", null)).toBeNull();
    expect(due("le 30/11", null)).toBeNull();
    expect(due("le 30/11/2026", null)).toBe("2026-11-30");
    expect(due("by 2026-11-30", null)).toBe("2026-11-30");
  });

  it("prefers the date after a deadline word over a date cited in passing", () => {
    expect(due("suite au CODIR du 17/11, envoyer le devis avant le 4/12", TUESDAY)).toBe("2026-12-04");
    expect(findDue(foldLower("d'ici vendredi"), TUESDAY).cued).toBe(true);
    expect(findDue(foldLower("réunion vendredi"), TUESDAY).cued).toBe(false);
  });
});

describe("due dates on extracted lines", () => {
  it("are set on actions only", () => {
    const lines = extractNote({
      text: "Action : Paul envoie le devis d'ici vendredi\nLe salon a lieu vendredi",
      date: TUESDAY,
      locale: "fr",
    });
    expect(lines.map((l) => [l.kind, l.due])).toEqual([
      ["action", "2026-11-27"],
      ["none", null],
    ]);
  });
});
