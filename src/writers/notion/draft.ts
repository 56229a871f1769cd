/**
 * Blocks as Vigie builds them, before they are cut into requests: a type, its content and its
 * children at any depth. `append.ts` turns them into requests that respect Notion's limits.
 */
import type { BlockObjectRequest } from "@notionhq/client";
import { chunkRichText, type RichTextItemRequest } from "./rich-text.js";

export type DraftType =
  | "paragraph"
  | "heading_1"
  | "heading_2"
  | "heading_3"
  | "bulleted_list_item"
  | "callout"
  | "toggle"
  | "table"
  | "table_row"
  | "divider";

export interface DraftBlock {
  type: DraftType;
  /** The type's content without `children`. */
  content: Record<string, unknown>;
  children?: DraftBlock[];
}

type TextType = "paragraph" | "heading_1" | "heading_2" | "heading_3" | "bulleted_list_item";

/** A text block; a text longer than one block holds becomes several blocks of the same type. */
export function textBlocks(
  type: TextType,
  rich: RichTextItemRequest[],
  children?: DraftBlock[],
): DraftBlock[] {
  const chunks = chunkRichText(rich);
  return chunks.map((chunk, i) => ({
    type,
    content: { rich_text: chunk },
    ...(children && i === chunks.length - 1 ? { children } : {}),
  }));
}

export function callout(
  rich: RichTextItemRequest[],
  emoji: string,
  color = "blue_background",
  children: DraftBlock[] = [],
): DraftBlock[] {
  const [first = [], ...rest] = chunkRichText(rich);
  const overflow = rest.flatMap((chunk) => textBlocks("paragraph", chunk));
  return [
    {
      type: "callout",
      content: { rich_text: first, icon: { type: "emoji", emoji }, color },
      ...(overflow.length + children.length > 0 ? { children: [...overflow, ...children] } : {}),
    },
  ];
}

export const divider = (): DraftBlock => ({ type: "divider", content: {} });

/** A folded section: its title shows, its children open on a click. */
export function toggle(rich: RichTextItemRequest[], children: DraftBlock[]): DraftBlock {
  return { type: "toggle", content: { rich_text: rich.slice(0, 100) }, children };
}

/** A table: every row gets exactly `width` cells, the first row is the header. */
export function table(rows: RichTextItemRequest[][][], hasHeader = true): DraftBlock {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return {
    type: "table",
    content: { table_width: width, has_column_header: hasHeader, has_row_header: false },
    children: rows.map((cells) => ({
      type: "table_row",
      content: { cells: Array.from({ length: width }, (_, i) => (cells[i] ?? []).slice(0, 100)) },
    })),
  };
}

/** The request form of a block with the given (already limited) children. */
export function toRequest(block: DraftBlock, children: BlockObjectRequest[] | null): BlockObjectRequest {
  const content = children === null ? block.content : { ...block.content, children };
  return { object: "block", type: block.type, [block.type]: content } as unknown as BlockObjectRequest;
}
