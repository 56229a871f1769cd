/**
 * Rich text for Notion requests, cut to the API's size limits so no request is refused:
 * at most 2000 characters per text item (and per link URL), at most 100 items per array.
 */
import type { BlockObjectRequest } from "@notionhq/client";
import { safeHttpUrl } from "../escape.js";

/** The SDK's rich-text request item (not exported by name from the package root). */
export type RichTextItemRequest = Extract<
  BlockObjectRequest,
  { paragraph: unknown }
>["paragraph"]["rich_text"][number];

export const MAX_TEXT_CHARS = 2000;
export const MAX_RICH_TEXT_ITEMS = 100;

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  color?: "gray" | "red" | "orange" | "green" | "default";
}

/** One run of text, split into items of at most 2000 characters; a link only if http(s). */
export function text(content: string, style: TextStyle = {}, url?: string | null): RichTextItemRequest[] {
  const link = linkOf(url);
  const annotations = Object.keys(style).length > 0 ? { annotations: style } : {};
  return splitText(content).map((part) => ({
    type: "text" as const,
    text: { content: part, ...(link ? { link: { url: link } } : {}) },
    ...annotations,
  }));
}

/** Several runs as one rich-text array. */
export function runs(...parts: RichTextItemRequest[][]): RichTextItemRequest[] {
  return parts.flat();
}

/**
 * Pieces of at most `max` UTF-16 units (what Notion counts), cut at a space when one is near
 * and never inside a surrogate pair. An empty text stays one empty piece.
 */
export function splitText(content: string, max = MAX_TEXT_CHARS): string[] {
  const parts: string[] = [];
  let rest = content;
  while (rest.length > max) {
    let cut = max;
    const space = rest.lastIndexOf(" ", max);
    if (space > max * 0.8) cut = space + 1;
    else if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

/**
 * A rich-text array as several arrays (one block each) of at most 100 items and about 200 KB,
 * so that even one block of multi-byte text stays far below the 500 KB request limit.
 */
export function chunkRichText(items: RichTextItemRequest[], maxBytes = 200_000): RichTextItemRequest[][] {
  const out: RichTextItemRequest[][] = [];
  let current: RichTextItemRequest[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item));
    if (current.length > 0 && (current.length >= MAX_RICH_TEXT_ITEMS || bytes + size > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  out.push(current);
  return out;
}

function linkOf(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe !== null && safe.length <= MAX_TEXT_CHARS ? safe : null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
