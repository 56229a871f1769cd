/**
 * The Notion part of a workspace folder: each page read with its blocks and turned into a note
 * at once, so a large workspace never holds every page's raw blocks (tens of MB of JSON) at
 * the same time. Warnings come out as reading the whole folder first would give them: files
 * that could not be read (pages, then blocks, in the folder's order), then what each page
 * says, then blocks without a page.
 */
import type { Note, Tenant } from "../../core/model.js";
import { attempt, baseName, type Loaded, load, mapBounded } from "../folder-files.js";
import { blockLines, noteFromNotionPage } from "./pages.js";

export type FileWarning = [file: string, message: string];

export interface NotionRead {
  notes: Note[];
  /** Files that could not be read, in the order pages then blocks. */
  unreadable: FileWarning[];
  /** What the pages and blocks say, in the pages' order, then blocks without a page. */
  warnings: FileWarning[];
}

interface PageRead {
  note: Note | null;
  unreadable: { page: FileWarning | null; blocks: FileWarning | null };
  warnings: FileWarning[];
}

export async function readNotionPages(
  dir: string,
  pages: readonly string[],
  blocks: readonly string[],
  tenant: Tenant,
  opts: { concurrency: number | undefined; progress: (rel: string) => void },
): Promise<NotionRead> {
  const blocksById = new Map(blocks.map((rel) => [baseName(rel), rel]));
  const pageIds = new Set(pages.map(baseName));
  const loaded = async (rel: string): Promise<Loaded> => {
    const l = await load(dir, rel);
    opts.progress(rel);
    return l;
  };
  const read = await mapBounded(pages, opts.concurrency, async (rel) => {
    const blocksRel = blocksById.get(baseName(rel));
    const [page, body] = await Promise.all([loaded(rel), blocksRel ? loaded(blocksRel) : undefined]);
    return pageNote(rel, page, blocksRel, body, tenant);
  });
  // Blocks without a page are still read: a corrupt one is named like any unreadable file.
  const orphans = blocks.filter((rel) => !pageIds.has(baseName(rel)));
  const orphanReads = await mapBounded(orphans, opts.concurrency, async (rel) =>
    unreadable(await loaded(rel)),
  );
  const byBlocks = new Map<string, FileWarning | null>(
    orphans.map((rel, i) => [rel, orphanReads[i] ?? null]),
  );
  for (const [i, rel] of pages.entries()) {
    const blocksRel = blocksById.get(baseName(rel));
    if (blocksRel) byBlocks.set(blocksRel, read[i]?.unreadable.blocks ?? null);
  }
  return {
    notes: read.flatMap((r) => r.note ?? []),
    unreadable: [
      ...read.flatMap((r) => (r.unreadable.page ? [r.unreadable.page] : [])),
      ...blocks.flatMap((rel) => {
        const w = byBlocks.get(rel);
        return w ? [w] : [];
      }),
    ],
    warnings: [
      ...read.flatMap((r) => r.warnings),
      ...orphans.map(
        (rel): FileWarning => [rel, `no notion/pages/${baseName(rel)}.json for these blocks; skipped`],
      ),
    ],
  };
}

function unreadable(l: Loaded): FileWarning | null {
  return "error" in l ? [l.rel, l.error] : null;
}

function pageNote(
  rel: string,
  page: Loaded,
  blocksRel: string | undefined,
  body: Loaded | undefined,
  tenant: Tenant,
): PageRead {
  const out: PageRead = {
    note: null,
    unreadable: { page: unreadable(page), blocks: body ? unreadable(body) : null },
    warnings: [],
  };
  if ("error" in page) return out;
  const warn = (file: string) => (message: string) => out.warnings.push([file, message]);
  if (!blocksRel) warn(rel)(`no notion/blocks/${baseName(rel)}.json: the note is read without its text`);
  // A corrupt blocks file is reported on its own; the page still counts, without text.
  const readable =
    blocksRel && body && "json" in body
      ? attempt(warn(blocksRel), () => blockLines(body.json, blocksRel))
        ? body.json
        : undefined
      : undefined;
  const opts = { zone: tenant.timezone, file: rel };
  out.note = attempt(warn(rel), () => noteFromNotionPage(page.json, readable, opts)) ?? null;
  return out;
}
