/**
 * An alert's row found by the id the store kept for it. The week's rows are already listed by key, so
 * the id costs a request only when that listing missed it (a person edited or cleared the row's key):
 * then the page is read directly, and used when it is still a live row of this data source. Anything
 * else (gone, trashed, moved to another database) falls back to the key.
 */
import { APIErrorCode, APIResponseError, isFullPage, type PageObjectResponse } from "@notionhq/client";
import type { Ctx, Row } from "./alerts-writer.js";

export async function knownRow(
  ctx: Ctx,
  rowId: string,
  listed: ReadonlyMap<string, Row>,
  toRow: (page: PageObjectResponse) => Row,
): Promise<Row | null> {
  const hit = listed.get(rowId);
  if (hit) return hit;
  const retrieve = async () => {
    try {
      return await ctx.notion.pages.retrieve({ page_id: rowId });
    } catch (e) {
      if (APIResponseError.isAPIResponseError(e) && e.code === APIErrorCode.ObjectNotFound) return null;
      throw e;
    }
  };
  const page = await ctx.upstream.call("pages.retrieve (alert)", retrieve, { idempotent: true });
  if (page?.object !== "page" || !isFullPage(page) || page.in_trash) return null;
  const parent = page.parent.type === "data_source_id" ? page.parent.data_source_id : null;
  return parent !== null && sameId(parent, ctx.input.dataSourceId) ? toRow(page) : null;
}

/** Notion ids with or without dashes, any case. */
function sameId(a: string, b: string): boolean {
  return a.replaceAll("-", "").toLowerCase() === b.replaceAll("-", "").toLowerCase();
}
