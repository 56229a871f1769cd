/**
 * The Notion fake, driven through the official SDK exactly as Vigie's adapters will drive it.
 * Clients are built with `retry: false`: @notionhq/client 5.x retries 429 on every method and
 * 500/503 on GET/DELETE by itself (2 retries by default), which would hide the faults under test.
 */
import { join } from "node:path";
import {
  APIErrorCode,
  APIResponseError,
  Client,
  ClientErrorCode,
  collectPaginatedAPI,
  isHTTPResponseError,
  isNotionClientError,
  LogLevel,
  type RetryOptions,
} from "@notionhq/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type NotionFake, startNotionFake } from "./notion/index.js";

const TOKEN = "secret_vigie_test";
const WORKSPACE = join(import.meta.dirname, "fixtures", "notion-mini");
const STRATEGY = "5a1e0000-0000-4000-8000-000000000001";
const TOGGLE = "b0000000-0000-4000-8000-0000000000f0";
const NOTES_DS = "d5000000-0000-4000-8000-0000000000d5";
const NOTES_DB = "db000000-0000-4000-8000-0000000000db";
const ALERTS_DS = "a1e70000-0000-4000-8000-0000000000d5";

let fake: NotionFake;

function client(
  options: { auth?: string; retry?: RetryOptions | false; timeoutMs?: number; fetch?: typeof fetch } = {},
) {
  return new Client({
    auth: options.auth ?? TOKEN,
    baseUrl: fake.url,
    notionVersion: "2025-09-03",
    retry: options.retry ?? false,
    timeoutMs: options.timeoutMs ?? 5_000,
    // Failures are the point of most tests here; the SDK's "request fail" warnings are noise.
    logLevel: LogLevel.ERROR,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** Awaits a rejection and returns the SDK error, failing the test if the call succeeded. */
async function failure(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the call to fail, it succeeded");
}

async function apiFailure(call: Promise<unknown>, code: APIErrorCode): Promise<APIResponseError> {
  const error = await failure(call);
  expect(isNotionClientError(error)).toBe(true);
  if (!APIResponseError.isAPIResponseError(error)) throw error;
  expect(error.code).toBe(code);
  return error;
}

function text(content: string) {
  return [{ type: "text" as const, text: { content } }];
}

function paragraphs(count: number) {
  return Array.from({ length: count }, (_, i) => ({ paragraph: { rich_text: text(`Ligne ${i + 1}`) } }));
}

function alertsSource() {
  return fake.createDataSource({
    id: ALERTS_DS,
    parentPageId: STRATEGY,
    title: "Alertes Vigie",
    properties: {
      Name: { title: {} },
      Signal: { rich_text: {} },
      Severity: { select: { options: [{ name: "watch" }, { name: "alert" }] } },
      Week: { date: {} },
    },
  });
}

beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
});

afterEach(async () => {
  await fake.close();
});

describe("seeding and reads", () => {
  it("serves seeded pages, the database and its data source with an inferred schema", async () => {
    const notion = client();
    const database = await notion.databases.retrieve({ database_id: NOTES_DB });
    expect(database).toMatchObject({
      object: "database",
      data_sources: [{ id: NOTES_DS, name: "Untitled" }],
    });
    const source = await notion.dataSources.retrieve({ data_source_id: NOTES_DS.replace(/-/g, "") });
    expect(
      Object.keys(source.object === "data_source" && "properties" in source ? source.properties : {}),
    ).toEqual(["Name", "Date", "Ritual", "Summary"]);
    const ritual = fake.store.dataSources.get(NOTES_DS)?.properties.Ritual?.select as { options: unknown[] };
    expect(ritual.options).toHaveLength(3);
    const page = await notion.pages.retrieve({ page_id: STRATEGY });
    expect(page).toMatchObject({ id: STRATEGY, object: "page", in_trash: false });
  });

  it("paginates a data-source query filtered on last_edited_time", async () => {
    const notion = client();
    const args = {
      data_source_id: NOTES_DS,
      filter: {
        timestamp: "last_edited_time" as const,
        last_edited_time: { on_or_after: "2026-11-05T16:00:00.000Z" },
      },
      sorts: [{ property: "Date", direction: "ascending" as const }],
      page_size: 2,
    };
    const first = await notion.dataSources.query(args);
    expect(first).toMatchObject({ object: "list", type: "page_or_data_source", has_more: true });
    expect(first.results.map((r) => r.id)).toEqual([
      "a0000000-0000-4000-8000-000000000002",
      "a0000000-0000-4000-8000-000000000003",
    ]);
    const second = await notion.dataSources.query({ ...args, start_cursor: first.next_cursor ?? undefined });
    expect(second).toMatchObject({ has_more: false, next_cursor: null });
    expect(second.results.map((r) => r.id)).toEqual([
      "a0000000-0000-4000-8000-000000000004",
      "a0000000-0000-4000-8000-000000000005",
    ]);
    const strictlyAfter = await collectPaginatedAPI(notion.dataSources.query, {
      data_source_id: NOTES_DS,
      filter: { timestamp: "last_edited_time", last_edited_time: { after: "2026-11-05T16:00:00.000Z" } },
    });
    expect(strictlyAfter).toHaveLength(3);
    expect(fake.requests.byRoute["POST /v1/data_sources/{id}/query"]).toBe(3);
  });

  it("filters on title, rich_text, select and date properties", async () => {
    const notion = client();
    const ids = async (filter: Parameters<typeof notion.dataSources.query>[0]["filter"]) =>
      (await notion.dataSources.query({ data_source_id: NOTES_DS, filter })).results
        .map((r) => r.id.slice(-1))
        .sort();
    expect(await ids({ property: "Name", title: { equals: "CODIR hebdo" } })).toEqual(["1", "3", "5"]);
    expect(await ids({ property: "Summary", rich_text: { equals: "Équipe fatiguée." } })).toEqual(["4"]);
    const codirSince = {
      and: [
        { property: "Ritual", select: { equals: "codir" } },
        { property: "Date", date: { on_or_after: "2026-11-09" } },
      ],
    };
    expect(await ids(codirSince)).toEqual(["3", "5"]);
    const unknown = await apiFailure(
      notion.dataSources.query({
        data_source_id: NOTES_DS,
        filter: { property: "Owner", rich_text: { equals: "x" } },
      }),
      APIErrorCode.ValidationError,
    );
    expect(unknown.message).toContain("Could not find property with name or id: Owner");
    await apiFailure(
      notion.dataSources.query({
        data_source_id: NOTES_DS,
        filter: { property: "Ritual", date: { after: "2026-01-01" } },
      }),
      APIErrorCode.ValidationError,
    );
  });

  it("rejects page_size above 100 and an unknown cursor", async () => {
    const notion = client();
    const big = await apiFailure(
      notion.dataSources.query({ data_source_id: NOTES_DS, page_size: 101 }),
      APIErrorCode.ValidationError,
    );
    expect(big.message).toBe("body failed validation: body.page_size should be ≤ `100`, instead was `101`.");
    await apiFailure(
      notion.blocks.children.list({
        block_id: STRATEGY,
        start_cursor: "c0ffee00-0000-4000-8000-000000000000",
      }),
      APIErrorCode.ValidationError,
    );
  });

  it("paginates block children seeded from an array of list responses, nested children included", async () => {
    const notion = client();
    const first = await notion.blocks.children.list({ block_id: STRATEGY, page_size: 2 });
    expect(first).toMatchObject({ object: "list", type: "block", has_more: true });
    const all = await collectPaginatedAPI(notion.blocks.children.list, { block_id: STRATEGY, page_size: 2 });
    expect(all.map((b) => ("type" in b ? b.type : ""))).toEqual([
      "heading_1",
      "numbered_list_item",
      "numbered_list_item",
      "toggle",
      "paragraph",
    ]);
    expect(all.find((b) => b.id === TOGGLE)).toMatchObject({ has_children: true });
    const nested = await notion.blocks.children.list({ block_id: TOGGLE });
    expect(nested.results).toHaveLength(1);
    expect(fake.requests.byRoute["GET /v1/blocks/{id}/children"]).toBe(5);
  });
});

describe("timestamps", () => {
  it("rounds edit times to the minute and bumps a page when its content changes", async () => {
    let now = new Date("2026-11-20T10:15:42.123Z");
    const timed = await startNotionFake({ workspace: WORKSPACE, token: TOKEN, now: () => new Date(now) });
    try {
      const notion = new Client({ auth: TOKEN, baseUrl: timed.url, retry: false, logLevel: LogLevel.ERROR });
      const note = "a0000000-0000-4000-8000-000000000001";
      await notion.blocks.children.append({ block_id: note, children: paragraphs(1) });
      now = new Date("2026-11-20T10:20:00.000Z");
      const edited = await notion.dataSources.query({
        data_source_id: NOTES_DS,
        filter: { timestamp: "last_edited_time", last_edited_time: { after: "2026-11-20T10:00:00.000Z" } },
      });
      expect(edited.results).toEqual([
        expect.objectContaining({ id: note, last_edited_time: "2026-11-20T10:15:00.000Z" }),
      ]);
    } finally {
      await timed.close();
    }
  });
});

describe("writes and Notion's request limits", () => {
  it("creates a page with 100 children and refuses 101", async () => {
    const notion = client();
    const created = await notion.pages.create({
      parent: { page_id: STRATEGY },
      properties: { title: { title: text("Vigie — semaine 2026-W47") } },
      children: paragraphs(100),
    });
    expect(fake.store.blockTree(created.id)).toHaveLength(100);
    expect(fake.store.pagesUnder(STRATEGY).map((p) => p.id)).toEqual([created.id]);
    const listed = await collectPaginatedAPI(notion.blocks.children.list, { block_id: STRATEGY });
    expect(listed.at(-1)).toMatchObject({ id: created.id, type: "child_page" });

    const before = fake.store.pages.size;
    const refused = await apiFailure(
      notion.pages.create({ parent: { page_id: STRATEGY }, children: paragraphs(101) }),
      APIErrorCode.ValidationError,
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toBe(
      "body failed validation: body.children.length should be ≤ `100`, instead was `101`.",
    );
    expect(fake.store.pages.size).toBe(before);
    await apiFailure(
      notion.blocks.children.append({ block_id: created.id, children: paragraphs(101) }),
      APIErrorCode.ValidationError,
    );
  });

  it("refuses a text content of 2001 characters, in blocks and in properties", async () => {
    const notion = client();
    await notion.blocks.children.append({
      block_id: STRATEGY,
      children: [{ paragraph: { rich_text: text("x".repeat(2000)) } }],
    });
    const refused = await apiFailure(
      notion.blocks.children.append({
        block_id: STRATEGY,
        children: [...paragraphs(1), { paragraph: { rich_text: text("x".repeat(2001)) } }],
      }),
      APIErrorCode.ValidationError,
    );
    expect(refused.message).toBe(
      "body failed validation: body.children[1].paragraph.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`.",
    );
    alertsSource();
    await apiFailure(
      notion.pages.create({
        parent: { data_source_id: ALERTS_DS },
        properties: { Name: { title: text("y".repeat(2001)) } },
      }),
      APIErrorCode.ValidationError,
    );
  });

  it("allows two levels of nesting in one request and refuses a third", async () => {
    const notion = client();
    const leaf = { bulleted_list_item: { rich_text: text("niveau 3") } };
    const twoLevels = {
      toggle: {
        rich_text: text("niveau 1"),
        children: [{ toggle: { rich_text: text("niveau 2"), children: [leaf] } }],
      },
    };
    const appended = await notion.blocks.children.append({ block_id: STRATEGY, children: [twoLevels] });
    const root = appended.results[0]?.id ?? "";
    expect(fake.store.blockTree(root)[0]?.children).toHaveLength(1);

    // The SDK's types stop at two levels too; the cast sends what a careless writer would.
    const threeLevels = {
      toggle: {
        rich_text: text("niveau 1"),
        children: [
          {
            toggle: {
              rich_text: text("niveau 2"),
              children: [{ toggle: { rich_text: text("niveau 3"), children: [leaf] } }],
            },
          },
        ],
      },
    };
    const refused = await apiFailure(
      notion.blocks.children.append({ block_id: STRATEGY, children: [threeLevels] as never }),
      APIErrorCode.ValidationError,
    );
    expect(refused.message).toMatch(
      /^body failed validation: body\.children\[0\]\.toggle\.children\[0\]\.toggle\.children\[0\]\.toggle\.children should be not present/,
    );
  });

  it("refuses more than 1000 blocks, a body over 500KB and unknown block types", async () => {
    const notion = client();
    const toggles = Array.from({ length: 11 }, () => ({
      toggle: { rich_text: text("t"), children: paragraphs(99) },
    }));
    const tooMany = await apiFailure(
      notion.blocks.children.append({ block_id: STRATEGY, children: toggles }),
      APIErrorCode.ValidationError,
    );
    expect(tooMany.message).toContain("1100 block elements");
    const heavy = Array.from({ length: 100 }, () => ({
      paragraph: {
        rich_text: [...text("a".repeat(2000)), ...text("b".repeat(2000)), ...text("c".repeat(2000))],
      },
    }));
    const tooBig = await apiFailure(
      notion.blocks.children.append({ block_id: STRATEGY, children: heavy }),
      APIErrorCode.ValidationError,
    );
    expect(tooBig.message).toContain("500KB");
    await apiFailure(
      notion.blocks.children.append({
        block_id: STRATEGY,
        children: [{ type: "kanban", kanban: {} }] as never,
      }),
      APIErrorCode.ValidationError,
    );
    expect(fake.store.childrenOf(STRATEGY)).toHaveLength(5);
  });

  it("validates rows against the data source's schema and stores them", async () => {
    const notion = client();
    alertsSource();
    const unknown = await apiFailure(
      notion.pages.create({
        parent: { data_source_id: ALERTS_DS },
        properties: { Owner: { rich_text: text("x") } },
      }),
      APIErrorCode.ValidationError,
    );
    expect(unknown.message).toBe("Owner is not a property that exists.");
    const wrongType = await apiFailure(
      notion.pages.create({
        parent: { data_source_id: ALERTS_DS },
        properties: { Severity: { rich_text: text("x") } },
      }),
      APIErrorCode.ValidationError,
    );
    expect(wrongType.message).toBe("Severity is expected to be select.");
    const row = await notion.pages.create({
      parent: { data_source_id: ALERTS_DS },
      properties: {
        Name: { title: text("Inflation des réunions") },
        Signal: { rich_text: text("meeting_inflation") },
        Severity: { select: { name: "alert" } },
        Week: { date: { start: "2026-11-16" } },
      },
    });
    expect(row).toMatchObject({ parent: { type: "data_source_id", data_source_id: ALERTS_DS } });
    expect(fake.store.pagesIn(ALERTS_DS)).toHaveLength(1);
    const found = await notion.dataSources.query({
      data_source_id: ALERTS_DS,
      filter: { property: "Signal", rich_text: { equals: "meeting_inflation" } },
    });
    expect(found.results.map((r) => r.id)).toEqual([row.id]);
    await notion.pages.update({ page_id: row.id, in_trash: true });
    const live = await notion.dataSources.query({ data_source_id: ALERTS_DS });
    expect(live.results).toHaveLength(0);
    await apiFailure(
      notion.pages.update({ page_id: row.id, properties: { Severity: { select: { name: "watch" } } } }),
      APIErrorCode.ValidationError,
    );
  });

  it("appends after a given block and deletes blocks", async () => {
    const notion = client();
    const [heading] = fake.store.childrenOf(STRATEGY);
    const appended = await notion.blocks.children.append({
      block_id: STRATEGY,
      after: heading?.id ?? "",
      children: paragraphs(2),
    });
    const order = fake.store.childrenOf(STRATEGY).map((b) => b.id);
    expect(order.slice(1, 3)).toEqual(appended.results.map((b) => b.id));
    const deleted = await notion.blocks.delete({ block_id: order[1] ?? "" });
    expect(deleted).toMatchObject({ in_trash: true });
    expect(fake.store.childrenOf(STRATEGY)).toHaveLength(6);
  });
});

describe("access and authentication", () => {
  it("answers object_not_found for a page the integration was not shared", async () => {
    const notion = client();
    fake.unshare(STRATEGY);
    const error = await apiFailure(notion.pages.retrieve({ page_id: STRATEGY }), APIErrorCode.ObjectNotFound);
    expect(error.status).toBe(404);
    expect(error.message).toBe(
      `Could not find page with ID: ${STRATEGY}. Make sure the relevant pages and databases are shared with your integration.`,
    );
    expect(error.request_id).toBeTypeOf("string");
    // Sharing is inherited: the page's blocks are hidden with it.
    await apiFailure(notion.blocks.children.list({ block_id: TOGGLE }), APIErrorCode.ObjectNotFound);
    fake.share(STRATEGY);
    await expect(notion.pages.retrieve({ page_id: STRATEGY })).resolves.toMatchObject({ id: STRATEGY });
  });

  it("answers 401 unauthorized to a wrong token", async () => {
    const error = await apiFailure(
      client({ auth: "secret_wrong" }).pages.retrieve({ page_id: STRATEGY }),
      APIErrorCode.Unauthorized,
    );
    expect(error.status).toBe(401);
    expect(JSON.parse(error.body)).toMatchObject({ object: "error", status: 401, code: "unauthorized" });
  });

  it("answers 400 missing_version without the Notion-Version header, and sets x-request-id everywhere", async () => {
    const seen: string[] = [];
    const withoutVersion: typeof fetch = async (url, init) => {
      const headers = new Headers(init?.headers);
      headers.delete("notion-version");
      const response = await fetch(url, { ...init, headers });
      seen.push(response.headers.get("x-request-id") ?? "");
      return response;
    };
    const error = await failure(client({ fetch: withoutVersion }).pages.retrieve({ page_id: STRATEGY }));
    // missing_version is not in the SDK's APIErrorCode list, so it surfaces as an unknown HTTP error.
    if (!isHTTPResponseError(error)) throw error;
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toMatchObject({ code: "missing_version" });
    expect(seen[0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("fault injection", () => {
  it("answers 429 with Retry-After beyond the rate", async () => {
    fake.setFaults({ rateLimit: { perSecond: 2, retryAfterSeconds: 7 } });
    const notion = client();
    await notion.pages.retrieve({ page_id: STRATEGY });
    await notion.pages.retrieve({ page_id: STRATEGY });
    const error = await apiFailure(notion.pages.retrieve({ page_id: STRATEGY }), APIErrorCode.RateLimited);
    expect(error.status).toBe(429);
    expect((error.headers as Headers).get("retry-after")).toBe("7");
    expect(fake.faults.injected.rate_limited).toBe(1);
  });

  it("serves a 502 HTML page that the SDK reports as a non-JSON error", async () => {
    fake.setFaults({ badGateway: { every: 1 } });
    const error = await failure(client().pages.retrieve({ page_id: STRATEGY }));
    expect(isNotionClientError(error)).toBe(true);
    expect(APIResponseError.isAPIResponseError(error)).toBe(false);
    if (!isHTTPResponseError(error)) throw error;
    expect(error.code).toBe(ClientErrorCode.ResponseError);
    expect(error.status).toBe(502);
    expect(error.body).toMatch(/^<html>/);
    expect(fake.faults.injected.bad_gateway).toBe(1);
  });

  it("commits a page then answers 500, so the client believes the write failed", async () => {
    fake.setFaults({ failAfterCommit: { route: "POST /v1/pages" } });
    const notion = client();
    const create = () =>
      notion.pages.create({
        parent: { page_id: STRATEGY },
        properties: { title: { title: text("Vigie — 2026-W47") } },
      });
    const error = await apiFailure(create(), APIErrorCode.InternalServerError);
    expect(error.status).toBe(500);
    const written = fake.store.pagesUnder(STRATEGY);
    expect(written).toHaveLength(1);
    // A blind retry duplicates the page: the writer must look before it writes again.
    await create();
    expect(fake.store.pagesUnder(STRATEGY)).toHaveLength(2);
    expect(fake.faults.injected.fail_after_commit).toBe(1);
  });

  it("can drop the connection after committing instead", async () => {
    fake.setFaults({ failAfterCommit: { route: "PATCH /v1/blocks/{id}/children", mode: "drop" } });
    const error = await failure(
      client().blocks.children.append({ block_id: STRATEGY, children: paragraphs(1) }),
    );
    expect(isNotionClientError(error)).toBe(false);
    expect(fake.store.childrenOf(STRATEGY)).toHaveLength(6);
  });

  it("answers 409 conflict_error to writes only", async () => {
    fake.setFaults({ conflicts: { every: 1 } });
    const notion = client();
    await expect(notion.pages.retrieve({ page_id: STRATEGY })).resolves.toBeDefined();
    const error = await apiFailure(
      notion.pages.update({ page_id: STRATEGY, properties: { title: { title: text("Stratégie 2027") } } }),
      APIErrorCode.ConflictError,
    );
    expect(error.status).toBe(409);
    expect(fake.faults.injected.conflict_error).toBe(1);
  });

  it("injects 503 every Nth request, which the SDK retries by itself on GET when allowed to", async () => {
    fake.setFaults({ serverErrors: { every: 2, status: 503 } });
    const notion = client();
    await notion.pages.retrieve({ page_id: STRATEGY });
    await apiFailure(notion.pages.retrieve({ page_id: STRATEGY }), APIErrorCode.ServiceUnavailable);
    const retrying = client({ retry: { maxRetries: 1, initialRetryDelayMs: 1, maxRetryDelayMs: 5 } });
    await retrying.pages.retrieve({ page_id: STRATEGY });
    await expect(retrying.pages.retrieve({ page_id: STRATEGY })).resolves.toMatchObject({ id: STRATEGY });
    expect(fake.requests.count).toBe(5);
    expect(fake.faults.injected.service_unavailable).toBe(2);
  });

  it("never answers a hung route once, so the client's timeout fires", async () => {
    fake.setFaults({ hangOnce: "GET /v1/pages/{id}" });
    const notion = client({ timeoutMs: 200 });
    const error = await failure(notion.pages.retrieve({ page_id: STRATEGY }));
    expect(isNotionClientError(error) && error.code).toBe(ClientErrorCode.RequestTimeout);
    await expect(notion.pages.retrieve({ page_id: STRATEGY })).resolves.toMatchObject({ id: STRATEGY });
    expect(fake.faults.injected.hang).toBe(1);
  });

  it("adds latency to every answer", async () => {
    fake.setFaults({ latencyMs: 60 });
    const started = performance.now();
    await client().pages.retrieve({ page_id: STRATEGY });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});
