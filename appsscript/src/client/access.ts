/**
 * "Test access" beside each Notion link: what the service said, in the user's words, kept while the
 * link is unchanged so that a redraw of the form (after a save, a run) does not wipe it.
 */
import type { NotionAccess, NotionObjectKind } from "../../../src/app/service/contract";
import { type Lang, label } from "./labels";

/** The form path of each kind's link. */
const PATHS: Record<NotionObjectKind, string> = {
  page: "output.notion.parentPageId",
  dataSource: "sources.notionNotesDataSourceId",
};

export function accessLine(lang: Lang, r: NotionAccess, id: string): string {
  if (r.ok) return label(lang, "accessOk", { title: r.title || id });
  return label(lang, "accessNo", { reason: label(lang, `access_${r.reason ?? "unavailable"}`) });
}

export class AccessNotes {
  private readonly said = new Map<NotionObjectKind, string>();

  show(kind: NotionObjectKind, text: string): void {
    this.said.set(kind, text);
    this.write(kind, text);
  }

  /** After a redraw: puts back what was said. */
  restore(): void {
    for (const [kind, text] of this.said) this.write(kind, text);
  }

  /** The link at `path` changed: what was said of the old one no longer holds. */
  forget(path: string): void {
    const kind = (Object.keys(PATHS) as NotionObjectKind[]).find((k) => PATHS[k] === path);
    if (!kind) return;
    this.said.delete(kind);
    this.write(kind, "");
  }

  private write(kind: NotionObjectKind, text: string): void {
    const out = document.getElementById(`access-${kind}`);
    if (out) out.textContent = text;
  }
}
