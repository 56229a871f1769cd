import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docLines, noteFromDoc } from "../../../src/sources/google/docs.js";
import { type DriveFile, normaliseDriveFiles } from "../../../src/sources/google/drive.js";
import { dateFromTitle, kindFromText } from "../../../src/sources/note-meta.js";

const ZONE = "Europe/Paris";
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/google/${name}`, import.meta.url), "utf8"));

function driveFiles() {
  const warnings: string[] = [];
  const files = normaliseDriveFiles(fixture("files.json"), "files.json", (m) => warnings.push(m));
  return { files, warnings };
}

function file(id: string): DriveFile {
  const f = driveFiles().files.find((x) => x.id === id);
  if (!f) throw new Error(`no file ${id}`);
  return f;
}

describe("normaliseDriveFiles", () => {
  it("keeps Google Docs, warns about other types and leaves trashed files out", () => {
    const { files, warnings } = driveFiles();
    expect(files.map((f) => f.id)).toEqual(["doc-codir-1116", "doc-legacy"]);
    expect(files[0]).toEqual({
      id: "doc-codir-1116",
      name: "Compte rendu CODIR 16/11/2026",
      mimeType: "application/vnd.google-apps.document",
      createdTime: "2026-11-16T17:40:00.000Z",
      modifiedTime: "2026-11-17T08:00:00.000Z",
      webViewLink: "https://docs.google.com/document/d/doc-codir-1116/edit?usp=drivesdk",
    });
    expect(warnings).toEqual(['files[2]: "Scan CODIR.pdf" is application/pdf, not a Google Doc; skipped']);
  });
});

describe("noteFromDoc", () => {
  it("reads every tab, child tabs, list items and a table row as one line", () => {
    const note = noteFromDoc(file("doc-codir-1116"), fixture("doc-tabs.json"), {
      zone: ZONE,
      file: "d.json",
    });
    expect(note.lines).toEqual([
      "Décisions",
      "Décision : on lance la gamme Atelier 2027",
      "Action : Paul Martin chiffre le budget avant le 20 nov. 2026",
      "Sujet à arbitrer | Prix janvier",
      "Annexe : chiffres",
    ]);
    expect(note).toMatchObject({
      id: "doc-codir-1116",
      source: "doc",
      kind: "meeting",
      title: "Compte rendu CODIR 16/11/2026",
      date: "2026-11-16",
      url: "https://docs.google.com/document/d/doc-codir-1116/edit?usp=drivesdk",
      meetingKey: null,
      lastEdited: "2026-11-17T08:00:00.000Z",
    });
  });

  it("reads the legacy body, skipping the table of contents, and dates by creation day in the tenant zone", () => {
    const note = noteFromDoc(file("doc-legacy"), fixture("doc-legacy.json"), { zone: ZONE, file: "d.json" });
    expect(note.lines).toEqual(["Intro", "Pipeline is up."]);
    // 23:30 UTC on the 15th is already the 16th in Paris.
    expect(note.date).toBe("2026-11-16");
  });

  it("labels table cells by a header row, separates person chips, reads checklists and skips suggestions", () => {
    expect(docLines(fixture("doc-table-chips.json") as object)).toEqual([
      "Relevé de décisions",
      "Sujet: Tarifs 2027 | Décision: On garde la grille | Responsables: Paul Martin, Léa Dubois",
      "Sujet: Salon de Lyon | Décision: Reporté",
      "Actions",
      "[x] Paul envoie le planning",
      "[ ] Léa relance le client",
      "Point budget à revoir",
      // "ne" is a pending deletion (still the text), "pas encore" a pending insertion (not yet).
      "On ne valide le recrutement",
    ]);
  });

  it("reads nothing from a document without body", () => {
    expect(docLines({ documentId: "x" })).toEqual([]);
  });
});

describe("note titles", () => {
  it.each([
    ["CODIR 2026-11-16", "2026-11-16"],
    ["Compte rendu CODIR 16/11/2026", "2026-11-16"],
    ["CR comité de direction du 16 novembre 2026", "2026-11-16"],
    ["Revue du 1er février 2026", "2026-02-01"],
    ["Weekly sync – Nov 16, 2026", "2026-11-16"],
    ["Retro 3 items 2026 then 5 Dec 2026", "2026-12-05"],
    ["Budget 31/02/2026", null],
    ["CODIR", null],
  ])("dates %s as %s", (title, date) => {
    expect(dateFromTitle(title)).toBe(date);
  });

  it.each([
    ["OKR T1 2027", "strategy"],
    ["Stratégie produit", "strategy"],
    ["Feuille de route 2027", "strategy"],
    ["Product roadmap", "strategy"],
    ["Cap 2030", "strategy"],
    ["Compte rendu CODIR", "meeting"],
  ])("reads %s as a %s note", (title, kind) => {
    expect(kindFromText(title)).toBe(kind);
  });
});
