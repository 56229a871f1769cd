/**
 * The comparison as a Notion page under a page of the consultant's own workspace. One page, found
 * by its title among the parent's sub-pages (either language's, so switching the locale keeps the
 * page): a re-run rewrites it in place, and leaves it alone when the content is the same (the
 * fingerprint kept at its end, as on the weekly page). Rewriting appends the new content first and
 * deletes the old blocks after, so a run that fails half-way leaves a readable page.
 */
import type { Client } from "@notionhq/client";
import type { Portfolio } from "../../app/compare-model.js";
import type { Upstream } from "../../upstream/upstream.js";
import { t } from "../labels.js";
import type { AppendContext } from "../notion/append.js";
import { listChildren, replaceContent } from "../notion/page-content.js";
import { notionPageUrl } from "../notion/page-writer.js";
import { text } from "../notion/rich-text.js";
import { COMPARE_PAGE_ICON, renderCompareBlocks } from "./notion-blocks.js";

export interface ComparePageResult {
  pageId: string;
  url: string;
  created: boolean;
  /** False when the page already held this very content. */
  rewritten: boolean;
  /** Top-level blocks of the content. */
  blocks: number;
}

export async function writeComparePage(
  notion: Client,
  upstream: Upstream,
  input: { parentPageId: string; portfolio: Portfolio },
): Promise<ComparePageResult> {
  const ctx: AppendContext = { notion, upstream };
  const l = input.portfolio.locale;
  const title = t(l, "compare.notionTitle");
  const titles = new Set([t("fr", "compare.notionTitle"), t("en", "compare.notionTitle")]);
  const children = await listChildren(ctx, input.parentPageId);
  const found = children.find(
    (b) => b.type === "child_page" && !b.in_trash && titles.has(b.child_page.title),
  );
  const pageId = found?.id ?? (await createPage(ctx, input.parentPageId, title, titles));
  if (found && found.type === "child_page" && found.child_page.title !== title)
    await rename(ctx, pageId, title);
  const blocks = renderCompareBlocks(input.portfolio);
  const footer = `${t(l, "compare.generatedBy")} · ${input.portfolio.generatedBy}`;
  const rewritten = await replaceContent(ctx, pageId, blocks, footer);
  return { pageId, url: notionPageUrl(pageId), created: !found, rewritten, blocks: blocks.length };
}

async function createPage(
  ctx: AppendContext,
  parentId: string,
  title: string,
  titles: Set<string>,
): Promise<string> {
  const create = async () =>
    (
      await ctx.notion.pages.create({
        parent: { page_id: parentId },
        icon: { type: "emoji", emoji: COMPARE_PAGE_ICON },
        properties: { title: { title: text(title) } },
      })
    ).id;
  // A create that timed out may have been committed: look for the page before trying again.
  const reconcile = async () =>
    (await listChildren(ctx, parentId)).find(
      (b) => b.type === "child_page" && !b.in_trash && titles.has(b.child_page.title),
    )?.id ?? null;
  return ctx.upstream.call("pages.create", create, { idempotent: false, reconcile });
}

async function rename(ctx: AppendContext, pageId: string, title: string): Promise<void> {
  const update = () =>
    ctx.notion.pages.update({ page_id: pageId, properties: { title: { title: text(title) } } });
  await ctx.upstream.call("pages.update", update, { idempotent: true });
}
