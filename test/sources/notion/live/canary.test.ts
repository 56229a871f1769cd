/**
 * Logs never carry the integration token or note text: a canary token and a canary sentence go
 * through a faulty sync and faulty writes, and nothing printed or logged may contain either.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UpstreamError } from "../../../../src/core/errors.js";
import { parseTenant } from "../../../../src/core/tenant.js";
import { createNotionSyncer } from "../../../../src/sources/notion/live/notion-syncer.js";
import { upsertAlerts } from "../../../../src/writers/notion/alerts-writer.js";
import { writeWeeklyPage } from "../../../../src/writers/notion/page-writer.js";
import { type NotionFake, startNotionFake } from "../../../fakes/notion/index.js";
import {
  ALERTS_DS,
  createAlertsSource,
  PARENT,
  TENANT,
  WEEK,
  WORKSPACE,
} from "../../../writers/notion/setup.js";
import { sampleReport } from "../../../writers/sample-report.js";
import { logged, MemoryWriter, testClient, testUpstream } from "./harness.js";

const CANARY_TOKEN = "secret_CANARY_7f3a9c2e41d8";
const CANARY_TEXT = "Le canari chante que Paul quitte la société";
const NOTE = "a0000000-0000-4000-8000-000000000001";
const NOTES_DS = "d5000000-0000-4000-8000-0000000000d5";

let fake: NotionFake;
const printed: string[] = [];

beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: CANARY_TOKEN });
  createAlertsSource(fake);
  logged.length = 0;
  printed.length = 0;
  const keep = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(keep);
  vi.spyOn(process.stderr, "write").mockImplementation(keep);
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
    });
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fake.close();
});

describe("canaries", () => {
  it("never appear in what a faulty sync and faulty writes print or log", async () => {
    const notion = testClient(fake.url, CANARY_TOKEN);
    await notion.blocks.children.append({
      block_id: NOTE,
      children: [{ paragraph: { rich_text: [{ text: { content: CANARY_TEXT } }] } }],
    });
    const tenant = parseTenant(
      {
        id: TENANT.id,
        name: TENANT.name,
        timezone: "Europe/Paris",
        locale: "fr",
        ceo: "ceo@example.fr",
        rituals: [],
        sources: { notionNotesDataSourceId: NOTES_DS },
      },
      "tenant.json",
    );
    fake.setFaults({
      serverErrors: { every: 3 },
      badGateway: { every: 5 },
      failAfterCommit: { route: "POST /v1/pages" },
    });
    const upstream = testUpstream();
    const out = new MemoryWriter();
    const syncer = createNotionSyncer({ notion, upstream });
    const result = await syncer.sync({ tenant, out, state: {}, progress: () => {} });
    expect(JSON.stringify([...out.files.values()])).toContain(CANARY_TEXT);
    const report = sampleReport("fr");
    const page = await writeWeeklyPage(notion, upstream, {
      parentPageId: PARENT,
      tenant: TENANT,
      week: WEEK,
      report,
    });
    await upsertAlerts(notion, upstream, {
      dataSourceId: ALERTS_DS,
      tenant: TENANT,
      week: WEEK,
      report,
      pageUrl: page.url,
    });
    // A validation error whose Notion message quotes the value sent.
    fake.setFaults({});
    const refused = await upstream
      .call(
        "pages.create",
        () =>
          notion.pages.create({
            parent: { data_source_id: ALERTS_DS },
            properties: { Status: { status: { name: CANARY_TEXT } } },
          }),
        { idempotent: true },
      )
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UpstreamError);
    const everything = [...printed, ...logged, (refused as Error).message, ...result.warnings].join("\n");
    expect(upstream.retries).toBeGreaterThan(3);
    expect(logged.length).toBeGreaterThan(3);
    expect(everything).not.toContain(CANARY_TOKEN);
    expect(everything).not.toContain(CANARY_TEXT);
    expect(everything).not.toContain("canari");
  });
});
