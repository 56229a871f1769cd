import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blockLines, eventIdFrom, noteFromNotionPage } from "../../../src/sources/notion/pages.js";

const ZONE = "Europe/Paris";
const OPTS = { zone: ZONE, file: "notion/pages/p.json" };
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/notion/${name}`, import.meta.url), "utf8"));

function withProps(properties: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    object: "page",
    id: "p1",
    created_time: "2026-11-10T09:00:00.000Z",
    url: "https://notion.so/p1",
    properties,
    ...extra,
  };
}

const text = (content: string) => [{ type: "text", text: { content }, plain_text: content }];

describe("noteFromNotionPage", () => {
  it("reads title, date, event link and every text block of every page of blocks", () => {
    const note = noteFromNotionPage(fixture("page-codir.json"), fixture("blocks-codir.json"), OPTS);
    expect(note).toMatchObject({
      id: "2a1f5c3e-8b7d-4e6f-9a0b-1c2d3e4f5a6b",
      source: "page",
      kind: "meeting",
      title: "CODIR hebdo",
      // 23:30 UTC is the next day in Paris.
      date: "2026-11-17",
      url: "https://www.notion.so/CODIR-hebdo-2a1f5c3e8b7d4e6f9a0b1c2d3e4f5a6b",
      eventId: "codir_20261116T080000Z",
      meetingKey: null,
      lastEdited: "2026-11-17T07:12:00.000Z",
    });
    expect(note?.lines).toEqual([
      "Décisions",
      "On valide le budget 2027.",
      "Prix : à arbitrer par le DG",
      "Recrutement ouvert",
      "[x] Paul envoie le planning",
      "[ ] Léa relance le client",
      "Le client attend une date",
      "Risque : retard fournisseur",
      "Détails",
      "Suite à voir",
    ]);
  });

  it("reads a strategy page by its title or by a select, multi-select or status value", () => {
    expect(noteFromNotionPage(fixture("page-strategy.json"), undefined, OPTS)?.kind).toBe("strategy");
    const tagged = (type: string, value: unknown) =>
      noteFromNotionPage(
        withProps({ N: { type: "title", title: text("Point") }, T: { type, [type]: value } }),
        undefined,
        OPTS,
      )?.kind;
    expect(tagged("select", { name: "OKR" })).toBe("strategy");
    expect(tagged("multi_select", [{ name: "Ops" }, { name: "Stratégie" }])).toBe("strategy");
    expect(tagged("status", { name: "Roadmap" })).toBe("strategy");
    expect(tagged("select", { name: "Réunion" })).toBe("meeting");
  });

  it("dates the meeting by a property named like its date, skipping empty and unrelated ones", () => {
    const date = (start: string | null) => ({ type: "date", date: start ? { start, end: null } : null });
    const page = withProps({
      Échéance: date("2026-12-01"),
      "Date de réunion": date(null),
      "Meeting date": date("2026-11-18T09:00:00.000+01:00"),
    });
    expect(noteFromNotionPage(page, undefined, OPTS)).toMatchObject({ date: "2026-11-18" });
    const french = withProps({ Rappel: date("2026-11-30"), "Date de la réunion": date("2026-11-12") });
    expect(noteFromNotionPage(french, undefined, OPTS)?.date).toBe("2026-11-12");
    // Only a due date: the note is dated by its creation, and says so for linking.
    const due = noteFromNotionPage(withProps({ Deadline: date("2026-12-24") }), undefined, OPTS);
    expect(due).toMatchObject({ date: "2026-11-10", dateFromCreation: true });
  });

  it("takes a date-only property as is, and falls back to the creation day in the tenant zone", () => {
    const dated = withProps({ Quand: { type: "date", date: { start: "2026-11-16", end: null } } });
    expect(noteFromNotionPage(dated, undefined, OPTS)?.date).toBe("2026-11-16");
    const undated = withProps(
      { Quand: { type: "date", date: null } },
      { created_time: "2026-11-15T23:10:00.000Z" },
    );
    expect(noteFromNotionPage(undated, undefined, OPTS)?.date).toBe("2026-11-16");
  });

  it("reads an event id from a rich-text property named like an event id", () => {
    const page = withProps({ "Calendar event ID": { type: "rich_text", rich_text: text(" abc123 ") } });
    expect(noteFromNotionPage(page, undefined, OPTS)?.eventId).toBe("abc123");
    const other = withProps({ Agenda: { type: "rich_text", rich_text: text("budget, prix") } });
    expect(noteFromNotionPage(other, undefined, OPTS)?.eventId).toBeNull();
  });

  it("leaves a trashed page out", () => {
    expect(noteFromNotionPage(withProps({}, { in_trash: true }), undefined, OPTS)).toBeNull();
  });

  it("names the file of a page that is not a page", () => {
    expect(() => noteFromNotionPage([], undefined, OPTS)).toThrow(
      "notion/pages/p.json: expected a Notion page object, got []",
    );
  });
});

describe("eventIdFrom", () => {
  it("decodes the eid of a Google Calendar link, and keeps anything else as written", () => {
    const eid = Buffer.from("ev42 alice@acme.fr").toString("base64url");
    expect(eventIdFrom(`https://calendar.google.com/calendar/event?eid=${eid}`)).toBe("ev42");
    expect(eventIdFrom("https://example.com/x?eid=%%%")).toBe("https://example.com/x?eid=%%%");
    expect(eventIdFrom("ev42")).toBe("ev42");
  });
});

describe("blockLines", () => {
  it("reads nested content depth first, where it sits on the page", () => {
    // A real-shaped page: children attached by the sync under each parent block.
    expect(blockLines(fixture("blocks-nested.json"), "b")).toEqual([
      "CODIR du 16 novembre",
      "Décisions",
      "Décision : on gèle les embauches jusqu'en janvier.",
      "On valide le budget marketing",
      "Montant : 40 k€",
      "Points à arbitrer",
      "Prix du contrat Lemaire : à arbitrer par le DG",
      "Risque",
      "Retard fournisseur de trois semaines",
      "Ventes : pipeline en hausse",
      "[ ] Paul envoie le planning avant vendredi",
      "[x] Léa relance le client",
      "Rappel : les OKR T1 sont figés",
      "Sujet: Tarifs 2027 | Décision: On garde la grille | Responsable: Marie",
      "Sujet: Salon",
      "Divers",
      "Notes de réunion IA",
      "Résumé",
      "L'équipe décide de lancer la bêta le 5 décembre.",
      "Notes : Marc prépare la démo",
      "Ancien bloc : le comité approuve le recrutement",
      "Motclé caché et sens inversé",
    ]);
  });

  it("reads a table without a header row as its cells joined, and a row met at top level", () => {
    const row = (cells: string[]) => ({ type: "table_row", table_row: { cells: cells.map(text) } });
    const table = {
      type: "table",
      table: { table_width: 2, has_column_header: false, has_row_header: false },
      children: [{ object: "list", results: [row(["Prix", "à arbitrer"]), row(["Salon", "validé"])] }],
    };
    expect(blockLines({ object: "list", results: [table, row(["Seul", "rang"])] }, "b")).toEqual([
      "Prix | à arbitrer",
      "Salon | validé",
      "Seul | rang",
    ]);
  });

  it("reads a single response", () => {
    expect(
      blockLines({ object: "list", results: [{ type: "quote", quote: { rich_text: text("Hi") } }] }, "b"),
    ).toEqual(["Hi"]);
  });
});
