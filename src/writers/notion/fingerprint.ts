/**
 * The weekly page's content fingerprint: a SHA-256 of the canonical JSON of the rendered blocks,
 * kept on the page itself so a re-run with the same report can leave the page alone.
 *
 * Where it is kept, and why there: a page whose parent is a page has a single property, its title,
 * and the title is the page's key among its parent's sub-pages (and what leaders read), so neither
 * can hold it. It is kept in a block instead — the page's footer ("Généré par Vigie · vigie 0.1.0"),
 * the very last paragraph, appended by its own request once every block before it (nested
 * follow-ups included) was written. The fingerprint is not shown: it is the URL of the footer's
 * link (https://vigie.invalid/page#sha256=…, a reserved domain that resolves nowhere).
 * Its presence as the page's last block, with exactly as many blocks before it as the report
 * renders, therefore proves that a rewrite ran to completion: a rewrite that failed half-way leaves
 * either no new fingerprint (the append failed) or old blocks before it (the deletes failed), and
 * the next run rewrites the page whatever its report. Reading it costs nothing more: the writer
 * lists the page's blocks anyway.
 */
import { createHash } from "node:crypto";
import type { DraftBlock } from "./draft.js";
import { text } from "./rich-text.js";

/** Bumped when the way the page is written changes without the rendered blocks changing. */
const SCHEME = "vigie-page-v2";
const LINK = "https://vigie.invalid/page#sha256=";
const PATTERN = /^https:\/\/vigie\.invalid\/page#sha256=([0-9a-f]{64})$/;

export function contentFingerprint(blocks: DraftBlock[]): string {
  return createHash("sha256")
    .update(`${SCHEME}\n${canonicalJson(blocks)}`)
    .digest("hex");
}

/** The footer block that carries the fingerprint, in its link: nothing technical is visible. */
export function fingerprintBlock(fingerprint: string, footer: string): DraftBlock {
  return {
    type: "paragraph",
    content: { rich_text: text(footer, { italic: true, color: "gray" }, `${LINK}${fingerprint}`) },
  };
}

/** The fingerprint a listed block carries, or null if it is not a fingerprint block. */
export function fingerprintOf(block: { type: string }): string | null {
  if (block.type !== "paragraph") return null;
  const body = (block as { paragraph?: unknown }).paragraph as
    | { rich_text?: { href?: string | null; text?: { link?: { url?: string } | null } }[] }
    | undefined;
  for (const item of body?.rich_text ?? []) {
    const url = item.href ?? item.text?.link?.url ?? "";
    const found = PATTERN.exec(url)?.[1];
    if (found) return found;
  }
  return null;
}

/** JSON with object keys sorted at every level: equal values, equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
