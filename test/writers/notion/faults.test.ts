/**
 * The weekly page and the alert rows under the fake's faults: whatever fails on the way, the
 * final state is the one a clean run leaves — one page with the same content, one row per alert.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Upstream } from "../../../src/upstream/upstream.js";
import { upsertAlerts } from "../../../src/writers/notion/alerts-writer.js";
import { writeWeeklyPage } from "../../../src/writers/notion/page-writer.js";
import { type FaultConfig, type NotionFake, startNotionFake } from "../../fakes/notion/index.js";
import { testClient, testUpstream } from "../../sources/notion/live/harness.js";
import { sampleReport } from "../sample-report.js";
import {
  ALERTS_DS,
  bigReport,
  createAlertsSource,
  PARENT,
  pageDump,
  TENANT,
  TOKEN,
  WEEK,
  WORKSPACE,
} from "./setup.js";

let fake: NotionFake;
let reference: string[];
const report = bigReport();

async function runAll(
  upstream: Upstream = testUpstream(),
  timeoutMs = 5_000,
  alerts = true,
  content = report,
) {
  const notion = testClient(fake.url, TOKEN, timeoutMs);
  const page = await writeWeeklyPage(notion, upstream, {
    parentPageId: PARENT,
    tenant: TENANT,
    week: WEEK,
    report: content,
  });
  if (!alerts) return { page, alerts: null };
  const input = { dataSourceId: ALERTS_DS, tenant: TENANT, week: WEEK, report, pageUrl: page.url };
  return { page, alerts: await upsertAlerts(notion, upstream, input) };
}

function expectConverged() {
  const pages = fake.store.pagesUnder(PARENT).filter((p) => !p.in_trash);
  expect(pages).toHaveLength(1);
  expect(pageDump(fake.store.blockTree(pages[0]?.id ?? ""))).toEqual(reference);
  const rows = fake.store.pagesIn(ALERTS_DS).filter((p) => !p.in_trash);
  expect(rows).toHaveLength(report.alerts.length);
}

beforeAll(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
  createAlertsSource(fake);
  const { page } = await runAll();
  reference = pageDump(fake.store.blockTree(page.pageId));
  await fake.close();
});

beforeEach(async () => {
  fake = await startNotionFake({ workspace: WORKSPACE, token: TOKEN });
  createAlertsSource(fake);
});
afterEach(async () => {
  vi.useRealTimers();
  await fake.close();
});

describe("faults", () => {
  it.each([7, 120])("waits out a 429 storm with Retry-After %i s", async (seconds) => {
    // Only Date is faked: the fake's rate window moves when Upstream "sleeps", sockets stay real.
    vi.useFakeTimers({ toFake: ["Date"] });
    const delays: number[] = [];
    const upstream = testUpstream(delays, {
      concurrency: 1,
      sleep: async (ms) => {
        delays.push(ms);
        vi.setSystemTime(Date.now() + ms);
      },
    });
    fake.setFaults({ rateLimit: { perSecond: 2, retryAfterSeconds: seconds } });
    await runAll(upstream);
    expect(fake.faults.injected.rate_limited).toBeGreaterThan(5);
    expect(delays).toHaveLength(fake.faults.injected.rate_limited ?? 0);
    expect(new Set(delays)).toEqual(new Set([seconds * 1000]));
    fake.setFaults({});
    expectConverged();
  });

  const cases: [string, FaultConfig, number?][] = [
    ["a 409 on every other write", { conflicts: { every: 2 } }],
    ["a timeout on the page create", { hangOnce: "POST /v1/pages" }, 300],
    ["a 502 HTML page every 7th request", { badGateway: { every: 7 } }],
    ["500s every 5th request", { serverErrors: { every: 5 } }],
    ["creates committed then reported failed", { failAfterCommit: { route: "POST /v1/pages", times: 3 } }],
    [
      "an append committed then dropped",
      { failAfterCommit: { route: "PATCH /v1/blocks/{id}/children", mode: "drop" } },
    ],
  ];
  it.each(cases)("converges through %s", async (_name, faults, timeoutMs) => {
    fake.setFaults(faults);
    await runAll(testUpstream(), timeoutMs);
    expect(Object.values(fake.faults.injected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    fake.setFaults({});
    expectConverged();
  });

  it("a crash between the page and the alerts: the re-run converges", async () => {
    await runAll(testUpstream(), 5_000, false);
    fake.setFaults({ failAfterCommit: { route: "POST /v1/pages", times: 2 } });
    const again = await runAll();
    expect(again.page.created).toBe(false);
    expect(again.alerts?.created).toBe(report.alerts.length);
    fake.setFaults({});
    expectConverged();
    const third = await runAll();
    expect(third.alerts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: report.alerts.length,
      resolved: 0,
    });
    expect(third.page.rewritten).toBe(false);
    expectConverged();
  });

  it("rewrites a page whose report changed through 500s, 502s and a dropped append, and converges", async () => {
    const earlier = sampleReport("fr");
    await runAll(testUpstream(), 5_000, false, earlier);
    fake.setFaults({
      serverErrors: { every: 5 },
      badGateway: { every: 7 },
      failAfterCommit: { route: "PATCH /v1/blocks/{id}/children", mode: "drop" },
    });
    const before = { ...fake.requests.byRoute };
    const again = await runAll();
    expect(again.page.rewritten).toBe(true);
    expect(
      (fake.requests.byRoute["DELETE /v1/blocks/{id}"] ?? 0) - (before["DELETE /v1/blocks/{id}"] ?? 0),
    ).toBeGreaterThan(0);
    expect(fake.faults.injected.fail_after_commit).toBe(1);
    fake.setFaults({});
    expectConverged();
  });

  it("gives up on a permanent error without retrying", async () => {
    const upstream = testUpstream();
    fake.unshare(PARENT);
    await expect(runAll(upstream)).rejects.toMatchObject({ status: 404, retryable: false });
    expect(upstream.retries).toBe(0);
    expect(sampleReport("fr").alerts.length).toBe(report.alerts.length);
  });
});
