import { describe, expect, it } from "vitest";
import { PHRASINGS_EN } from "./phrasings-en.js";
import { PHRASINGS_FR } from "./phrasings-fr.js";
import { type Category, score } from "./phrasings-score.js";

const RECALLED: Category[] = ["negative", "decision", "undecided", "action", "escalation", "priority"];
const MIN_RECALL = 0.9;
const MAX_FALSE_POSITIVES = 0.05;

const all = (category: Category) => [...PHRASINGS_FR[category], ...PHRASINGS_EN[category]];

describe("held-out phrasings", () => {
  it.each(RECALLED)("recalls %s lines", (category) => {
    const { rate, missed } = score(category, all(category));
    expect(rate, `missed: ${missed.join(" | ")}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it.each(RECALLED)("recalls %s lines in each language", (category) => {
    // A language far below the other would hide behind the pooled figure.
    for (const lines of [PHRASINGS_FR[category], PHRASINGS_EN[category]]) {
      const { rate, missed } = score(category, lines);
      expect(rate, `missed: ${missed.join(" | ")}`).toBeGreaterThanOrEqual(MIN_RECALL - 0.05);
    }
  });

  it("leaves neutral-but-tricky lines unlabelled", () => {
    const { rate, missed } = score("neutral", all("neutral"));
    expect(1 - rate, `labelled: ${missed.join(" | ")}`).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
  });

  it("has enough lines per category to mean something", () => {
    const sizes = Object.fromEntries(RECALLED.map((c) => [c, all(c).length]));
    expect(sizes.negative).toBeGreaterThanOrEqual(60);
    expect(all("neutral").length).toBeGreaterThanOrEqual(40);
    expect(sizes.decision).toBeGreaterThanOrEqual(40);
    expect(sizes.undecided).toBeGreaterThanOrEqual(30);
    expect(sizes.action).toBeGreaterThanOrEqual(40);
    expect(sizes.escalation).toBeGreaterThanOrEqual(25);
    expect(sizes.priority).toBeGreaterThanOrEqual(25);
  });
});
