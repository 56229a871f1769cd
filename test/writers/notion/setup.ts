/** Shared by the Notion writer tests: the fake seeded with a parent page, reports, and readers of the result. */
import { join } from "node:path";
import type { Report } from "../../../src/core/report.js";
import {
  alertsDatabaseProperties,
  propertyNames,
  statusNames,
} from "../../../src/writers/notion/alerts-schema.js";
import type { BlockTree, NotionFake } from "../../fakes/notion/index.js";
import { sampleReport } from "../sample-report.js";

export const TOKEN = "secret_writer_test";
export const WORKSPACE = join(import.meta.dirname, "../../fakes/fixtures/notion-mini");
/** A page of the mini workspace: the weekly pages and the alerts database go under it. */
export const PARENT = "5a1e0000-0000-4000-8000-000000000001";
export const ALERTS_DS = "a1e70000-0000-4000-8000-0000000000d5";
export const TENANT = { id: "atelier-dupont", name: "Atelier Dupont SAS" };
export const WEEK = "2026-W47";

/** An alerts data source with Vigie's French schema; the state as a `status` property unless told otherwise. */
export function createAlertsSource(fake: NotionFake, statusType: "status" | "select" = "status") {
  const properties = alertsDatabaseProperties("fr") as Record<string, Record<string, unknown>>;
  const options = Object.values(statusNames("fr")).map((name) => ({ name }));
  properties[propertyNames("fr").status] = { [statusType]: { options } };
  return fake.createDataSource({
    id: ALERTS_DS,
    parentPageId: PARENT,
    title: "Alertes Vigie",
    properties: properties as never,
  });
}

/** The sample report with a 5000-character summary on its first alert and 350 more signal rows. */
export function bigReport(): Report {
  const report = sampleReport("fr");
  const alert = report.alerts.find((a) => a.signal === "ceo_escalation");
  if (alert) alert.summary = longSummary();
  const extra = Array.from({ length: 350 }, (_, i) => ({
    ...(report.signals[0] as Report["signals"][number]),
    scope: `team:Équipe ${String(i).padStart(3, "0")}`,
  }));
  report.signals.push(...extra);
  return report;
}

export function longSummary(): string {
  return Array.from({ length: 100 }, (_, i) => `Phrase ${i} de la synthèse, assez longue pour compter.`)
    .join(" ")
    .padEnd(5000, "·")
    .slice(0, 5000);
}

export function countBlocks(trees: BlockTree[]): number {
  return trees.reduce((n, t) => n + 1 + countBlocks(t.children), 0);
}

export function plainText(block: Record<string, unknown>): string {
  const body = block[block.type as string] as { rich_text?: { plain_text: string }[] } | undefined;
  return (body?.rich_text ?? []).map((r) => r.plain_text).join("");
}

/** Everything on a page as text, in order, to compare two writes. */
export function pageDump(trees: BlockTree[]): string[] {
  return trees.flatMap((t) => {
    const b = t.block as Record<string, unknown>;
    const own =
      b.type === "table_row" ? JSON.stringify((b.table_row as { cells: unknown }).cells) : plainText(b);
    return [`${b.type}:${own}`, ...pageDump(t.children).map((l) => `  ${l}`)];
  });
}
