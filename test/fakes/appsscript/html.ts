/**
 * HtmlService and the container UI (DocumentApp / SpreadsheetApp .getUi()): HTML files are
 * read from the pushed project folder by name without extension; add-on menus and sidebars
 * are recorded. In a spreadsheet, DocumentApp.getUi() throws, and the other way round.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export class FakeHtmlOutput {
  private title = "";
  constructor(private readonly content: string) {}
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(): FakeHtmlOutput {
    return this;
  }
}

export class FakeHtmlService {
  constructor(private readonly projectDir: string) {}
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const file = join(this.projectDir, `${name.replace(/\.html$/, "")}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(readFileSync(file, "utf8"));
  }
  createHtmlOutput(html = ""): FakeHtmlOutput {
    return new FakeHtmlOutput(html);
  }
}

export interface MenuRecord {
  items: { caption: string; functionName: string }[];
}

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  createAddonMenu() {
    const menu: MenuRecord = { items: [] };
    const builder = {
      addItem: (caption: string, functionName: string) => {
        menu.items.push({ caption, functionName });
        return builder;
      },
      addSeparator: () => builder,
      addToUi: () => {
        this.menus.push(menu);
      },
    };
    return builder;
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.sidebars.push(html);
  }
}

export type Container = "docs" | "sheets";

export function containerApps(container: Container, ui: FakeUi) {
  const refuse = (app: string) => () => {
    throw new Error(`Cannot call ${app}.getUi() from this context.`);
  };
  return {
    DocumentApp: { getUi: container === "docs" ? () => ui : refuse("DocumentApp") },
    SpreadsheetApp: { getUi: container === "sheets" ? () => ui : refuse("SpreadsheetApp") },
  };
}
