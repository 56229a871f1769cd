import { describe, expect, it } from "vitest";
import { parseExtractInput, runExtract } from "../../src/cli/extract.js";
import { BadInputError } from "../../src/core/errors.js";

const parse = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

function badInput(input: string): BadInputError {
  try {
    runExtract(input);
  } catch (e) {
    if (e instanceof BadInputError) return e;
    throw e;
  }
  throw new Error("expected a BadInputError");
}

describe("parseExtractInput", () => {
  it("reads JSON Lines, one note per line, skipping blank lines", () => {
    const input = [
      '{"text": "Décision : go", "date": "2026-11-24", "locale": "fr"}',
      "",
      '{"text": "Agreed: go", "id": "ignored"}',
    ].join("\n");
    expect(parseExtractInput(input)).toEqual([
      { text: "Décision : go", date: "2026-11-24", locale: "fr" },
      { text: "Agreed: go", date: null, locale: null },
    ]);
  });

  it("reads plain text as one note, without the final newline", () => {
    expect(parseExtractInput("\nDécisions :\n- go\n")).toEqual([{ text: "\nDécisions :\n- go" }]);
  });

  it("reads a first line that is not a JSON object as plain text", () => {
    expect(parseExtractInput('[1, 2]\n{"text": "a"}')).toEqual([{ text: '[1, 2]\n{"text": "a"}' }]);
  });

  it("reads blank input as no note", () => {
    expect(parseExtractInput("  \n\n")).toEqual([]);
  });
});

describe("runExtract", () => {
  it("prints one object per note line with exactly the documented keys, in order", () => {
    const input = [
      JSON.stringify({
        text: "Décisions :\n- Go pour le salon\nPaul doit réserver le stand d'ici vendredi",
        date: "2026-12-28",
      }),
      JSON.stringify({ text: "Jane will send the deck by Friday", date: "2026-11-24", locale: "en" }),
    ].join("\n");
    const out = runExtract(input);
    expect(out.map((l) => Object.keys(JSON.parse(l) as object))).toEqual(
      Array(4).fill(["note", "line", "text", "kind", "owner", "due"]),
    );
    expect(parse(out)).toEqual([
      { note: 0, line: 0, text: "Décisions :", kind: "none", owner: null, due: null },
      { note: 0, line: 1, text: "- Go pour le salon", kind: "decision", owner: null, due: null },
      // Under the decisions heading: a decision, so no owner or due date is reported.
      {
        note: 0,
        line: 2,
        text: "Paul doit réserver le stand d'ici vendredi",
        kind: "decision",
        owner: null,
        due: null,
      },
      {
        note: 1,
        line: 0,
        text: "Jane will send the deck by Friday",
        kind: "action",
        owner: "Jane",
        due: "2026-11-27",
      },
    ]);
  });

  it("resolves relative dates across a year boundary", () => {
    const out = runExtract(
      JSON.stringify({ text: "Paul doit réserver le stand d'ici vendredi", date: "2026-12-28" }),
    );
    expect(parse(out)).toEqual([
      {
        note: 0,
        line: 0,
        text: "Paul doit réserver le stand d'ici vendredi",
        kind: "action",
        owner: "Paul",
        due: "2027-01-01",
      },
    ]);
  });

  it("extracts plain text as note 0, keeping blank lines as lines", () => {
    const out = parse(runExtract("Actions :\n\n@Marie relancer le fournisseur le 30/11/2026\n"));
    expect(out.map((o) => [o.note, o.line, o.kind, o.owner, o.due])).toEqual([
      [0, 0, "none", null, null],
      [0, 1, "none", null, null],
      [0, 2, "action", "Marie", "2026-11-30"],
    ]);
  });

  it("keeps relative dates null without a note date", () => {
    expect(parse(runExtract("Action : relancer le client demain"))[0]).toMatchObject({
      kind: "action",
      due: null,
    });
  });

  it("prints nothing for blank input", () => {
    expect(runExtract("")).toEqual([]);
  });
});

describe("bad input", () => {
  it("names the line of malformed JSON", () => {
    const e = badInput('{"text": "ok"}\n\n{"text": "broken"');
    expect(e.file).toBe("stdin");
    expect(e.field).toBe("line 3");
    expect(e.message).toMatch(/^stdin: line 3: expected a JSON object with a string "text"/);
  });

  it.each([
    ['{"text": 3}', "line 1"],
    ['{"note": "no text"}', "line 1"],
    ['{"text": "a"}\n[1, 2]', "line 2"],
    ['{"text": "a"}\n{"text": "b"} trailing', "line 2"],
    ['{"text": "a"}\nplain text after JSON', "line 2"],
  ])("rejects %s at %s", (input, field) => {
    expect(badInput(input)).toMatchObject({ file: "stdin", field });
  });

  it.each([
    ['{"text": "a", "date": "30/11/2026"}', "line 1: date", /"30\/11\/2026"/],
    ['{"text": "a", "date": "2026-02-30"}', "line 1: date", /YYYY-MM-DD/],
    ['{"text": "a", "date": 20261130}', "line 1: date", /20261130/],
    ['{"text": "a"}\n{"text": "b", "locale": "de"}', "line 2: locale", /"fr" or "en", got "de"/],
  ])("rejects %s naming %s", (input, field, message) => {
    const e = badInput(input);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it("accepts null date and locale", () => {
    expect(parseExtractInput('{"text": "a", "date": null, "locale": null}')).toEqual([
      { text: "a", date: null, locale: null },
    ]);
  });
});
