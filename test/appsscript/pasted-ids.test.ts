import { describe, expect, it } from "vitest";
import { driveFolderIdOf, notionIdOf } from "../../appsscript/src/client/notion-url.js";

const ID = "0123456789abcdef0123456789abcdef";
const DASHED = "01234567-89ab-cdef-0123-456789abcdef";

describe("ids out of what an assistant pastes", () => {
  it.each([
    [`https://www.notion.so/acme/Notes-CODIR-${ID}`, DASHED],
    [`https://www.notion.so/acme/${ID}?v=fedcba9876543210fedcba9876543210`, DASHED],
    [`https://www.notion.so/Vigie-${ID}?pvs=4`, DASHED],
    [`https://acme.notion.site/${ID.toUpperCase()}`, DASHED],
    [DASHED, DASHED],
    [` ${ID} `, DASHED],
  ])("finds the Notion id in %s", (text, id) => {
    expect(notionIdOf(text)).toBe(id);
  });

  it.each(["https://www.example.com/pas-notion", "Notes CODIR", "0123456789abcdef", ""])(
    "finds no Notion id in %j",
    (text) => {
      expect(notionIdOf(text)).toBeNull();
    },
  );

  it.each([
    ["https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv?usp=sharing", "1AbCdEfGhIjKlMnOpQrStUv"],
    ["https://drive.google.com/drive/u/0/folders/1AbCdEfGhIjKlMnOpQrStUv", "1AbCdEfGhIjKlMnOpQrStUv"],
    ["https://drive.google.com/open?id=1AbCdEfGhIjKlMnOpQrStUv", "1AbCdEfGhIjKlMnOpQrStUv"],
    ["1AbCdEfGhIjKlMnOpQrStUv", "1AbCdEfGhIjKlMnOpQrStUv"],
  ])("finds the Drive folder id in %s", (text, id) => {
    expect(driveFolderIdOf(text)).toBe(id);
  });

  it("finds no Drive folder id in a document link or a sentence", () => {
    expect(driveFolderIdOf("https://docs.google.com/document/d/1AbC/edit")).toBeNull();
    expect(driveFolderIdOf("le dossier des notes")).toBeNull();
  });
});
