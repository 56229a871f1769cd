import { describe, expect, it } from "vitest";
import { affirmed, clauseStart, isNegated } from "../../../src/core/text/negation.js";
import { foldLower } from "../../../src/core/text/normalize.js";
import { one } from "./helpers.js";

const CEO = { ceoNames: ["Marie Dupont"] };

describe("negation scope", () => {
  it.each([
    "No need to escalate",
    "Aucun arbitrage nécessaire",
    "Pas besoin de remonter au DG",
    "Pas la peine d'escalader, Marc a réglé le problème",
    "Il n'est pas nécessaire d'escalader ce sujet",
    "Nothing to escalate this week",
    "It is not worth escalating the incident, it is closed.",
    "Escalade non nécessaire",
    "Escalation: not needed",
    "Paul : pas besoin de remonter à Marie, on peut décider entre nous.",
  ])("%s is no escalation", (text) => {
    expect(one(text, null, CEO).kind).not.toBe("escalation");
  });

  it.each([
    "On ne peut pas trancher, à remonter au DG",
    "We can't agree on the SLA; escalate to the CEO",
    "Pas d'accord entre la prod et le commerce, Marie tranchera lundi",
    "Aucun consensus : arbitrage du DG nécessaire",
  ])("%s stays an escalation: the negation belongs to another clause", (text) => {
    expect(one(text, null, CEO).kind).toBe("escalation");
  });

  it("denies a unanimous agreement in its clause, not a decision stated after it", () => {
    expect(one("Tout le monde n'est pas d'accord sur le prix").kind).not.toBe("decision");
    expect(one("Not everyone is aligned on the price").kind).not.toBe("decision");
    expect(one("Everyone is aligned on the price").kind).toBe("decision");
  });

  it("does not turn a negated need into a task", () => {
    expect(one("No need to involve Sarah").kind).toBe("none");
    expect(one("We need to involve Sarah").kind).toBe("action");
  });

  it("bounds clauses at punctuation and at clause-starting conjunctions", () => {
    const text = foldLower("on ne peut pas trancher, donc à remonter");
    expect(clauseStart(text, text.indexOf("remonter"))).toBe(text.indexOf("a remonter"));
    const so = "we cannot decide so escalate";
    expect(isNegated(so, so.indexOf("escalate"), so.length)).toBe(false);
    expect(affirmed("no escalation needed", [/escalat\w*/])).toBe(false);
    expect(affirmed("no escalation needed, but escalate the pricing", [/escalat\w*/])).toBe(true);
  });
});
