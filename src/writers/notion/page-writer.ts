/**
 * The weekly alignment-health page under the tenant's parent page: one page per (tenant, week),
 * found by its title, created once, and rewritten when its content changed.
 *
 * Whether it changed is told by a fingerprint of the rendered blocks kept at the end of the page
 * (see fingerprint.ts): the same report costs two listings and no write. Rewriting appends the new
 * content first, then its fingerprint, and deletes the old blocks after, so a run that fails
 * half-way leaves a readable page (possibly twice as long) that the next run cleans up.
 */
import type { Client } from "@notionhq/client";
import type { Tenant } from "../../core/model.js";
import type { Report } from "../../core/report.js";
import type { Upstream } from "../../upstream/upstream.js";
import { t } from "../labels.js";
import type { AppendContext } from "./append.js";
import { PAGE_ICON, renderReportBlocks } from "./blocks.js";
import { listChildren, replaceContent } from "./page-content.js";
import { text } from "./rich-text.js";

export interface WeeklyPageInput {
  parentPageId: string;
  tenant: Pick<Tenant, "id" | "name">;
  week: string;
  report: Report;
  /** The alerts database, linked from the page. */
  alertsUrl?: string | null;
}

export interface WeeklyPageResult {
  pageId: string;
  url: string;
  created: boolean;
  /** False when the page already held this very content and was left alone. */
  rewritten: boolean;
}

/** The page's title, its key among the parent's sub-pages: "Vigie — Atelier Dupont SAS — 2026-W47". */
export function weeklyPageTitle(tenantName: string, week: string): string {
  return `Vigie — ${tenantName} — ${week}`;
}

/** A stable link to a page: Notion resolves the bare id whatever the page's title becomes. */
export function notionPageUrl(pageId: string): string {
  return `https://www.notion.so/${pageId.replace(/-/g, "")}`;
}

export async function writeWeeklyPage(
  notion: Client,
  upstream: Upstream,
  input: WeeklyPageInput,
): Promise<WeeklyPageResult> {
  const ctx: AppendContext = { notion, upstream };
  const title = weeklyPageTitle(input.tenant.name, input.week);
  let pageId = await findChildPage(ctx, input.parentPageId, title);
  const created = pageId === null;
  if (pageId === null) pageId = await createPage(ctx, input.parentPageId, title);
  const blocks = renderReportBlocks(input.report, { alertsUrl: input.alertsUrl ?? null });
  const footer = `${t(input.report.locale, "generatedBy")} · ${input.report.generatedBy}`;
  const rewritten = await replaceContent(ctx, pageId, blocks, footer);
  return { pageId, url: notionPageUrl(pageId), created, rewritten };
}

/** The id of the parent's live sub-page with exactly this title, or null. */
export async function findChildPage(
  ctx: AppendContext,
  parentId: string,
  title: string,
): Promise<string | null> {
  const children = await listChildren(ctx, parentId);
  const found = children.find((b) => b.type === "child_page" && !b.in_trash && b.child_page.title === title);
  return found?.id ?? null;
}

async function createPage(ctx: AppendContext, parentId: string, title: string): Promise<string> {
  const create = async () =>
    (
      await ctx.notion.pages.create({
        parent: { page_id: parentId },
        icon: { type: "emoji", emoji: PAGE_ICON },
        properties: { title: { title: text(title) } },
      })
    ).id;
  // A create that timed out or failed with a 5xx may have been committed: look before retrying.
  return ctx.upstream.call("pages.create", create, {
    idempotent: false,
    reconcile: () => findChildPage(ctx, parentId, title),
  });
}
