/**
 * The catalogues the detectors and writers speak from: every message parses as ICU in both
 * locales, and a count of one reads in the singular (the wording "1 invitations" or
 * "1 nouvelles" is what the catalogue's plurals exist to prevent).
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { msg } from "../../src/core/i18n.js";
import { EN } from "../../src/core/messages/en.js";
import { FR, type MessageKey } from "../../src/core/messages/fr.js";

describe("message catalogues", () => {
  it("holds the same keys in French and English, each a valid ICU message", () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(FR).sort());
    for (const [locale, cat] of [
      ["fr-FR", FR],
      ["en-GB", EN],
    ] as const) {
      for (const [key, text] of Object.entries(cat)) {
        expect(() => new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }), key).not.toThrow();
      }
    }
  });

  const ONE: [MessageKey, Record<string, string | number>, string, string][] = [
    [
      "finding.participation_decline.summaryNoHistory",
      { h: "H", n: 1, who: "W", d: "0 %", q: "0 %" },
      "1 invitation aux",
      "1 ritual invitation for",
    ],
    ["finding.participation_decline.whyInvitations", { d: 1, q: 0, n: 1 }, "sur 1 invité ", "of 1 invitee "],
    [
      "finding.priority_churn.summary",
      { capWho: "W", v: 1, fresh: 1, b: 2 },
      "1 priorité en cours, dont 1 nouvelle ",
      "1 live priority,",
    ],
    [
      "finding.negative_sentiment.summary",
      { k: 1, n: 1, who: "W", v: "100 %", b: "0 %" },
      "sur 1 compte rendu",
      "1 of 1 meeting note of W (100 %) voices",
    ],
    [
      "action.ritual_drift",
      { ritual: "R", held: 1, expected: 1, who: "W" },
      "1 fois sur 1 attendue :",
      "held 1 time out of 1",
    ],
    [
      "action.strategy_execution_gap",
      { v: "0 %", topics: 4, who: "W", themes: 1, b: "50 %", ritual: "R" },
      "la seule ligne",
      "the one line",
    ],
  ];
  it.each(ONE)("%s reads in the singular for one", (key, vars, fr, en) => {
    // A trailing space or the end of the sentence: "1 invité" must not be the start of "1 invités".
    expect(`${msg("fr", key, vars)} `).toContain(fr);
    expect(`${msg("en", key, vars)} `).toContain(en);
  });

  it("formats the figures of a sentence for the locale", () => {
    const vars = { h: "H", who: "W", v: 12.5 };
    expect(msg("fr", "finding.meeting_inflation.summaryNoHistory", vars)).toContain("12,5 h");
    expect(msg("en", "finding.meeting_inflation.summaryNoHistory", vars)).toContain("12.5 meeting hours");
  });
});
