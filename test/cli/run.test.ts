/**
 * `vigie run` through main(), against the Google and Notion fakes (the real SDKs over HTTP): one
 * end-to-end run of the demo company (sync + analyse + the weekly page and alert rows, twice);
 * the rest (Google Doc, dry run, default week, bad input) on a small company, so that the suite's
 * time does not grow with the demo's size.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, type Sandbox, startSandbox } from "../../scripts/sandbox/environment.js";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { chooseWeek, runCommand } from "../../src/cli/run.js";
import { prepareSnapshot } from "../../src/core/context.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";

/** 15 people, 17 weeks: a labelled healthy company, its CEO the Workspace administrator. */
const SMALL = join(import.meta.dirname, "../../fixtures/scenarios/healthy-small-fr");
const SMALL_ADMIN = "chloe.brun@lumen-conseil.fr";
const SMALL_WEEK = "2026-W18";

let sandbox: Sandbox;
let env: Record<string, string | undefined>;
/** A sandbox per test; `clock`: the run's `VIGIE_NOW`, so the sync window holds the company's weeks. */
const useSandbox = (options: Parameters<typeof startSandbox>[0], clock?: string) => {
  beforeEach(async () => {
    sandbox = await startSandbox(options);
    env = { ...sandbox.env, ...(clock ? { VIGIE_NOW: clock } : {}) };
  });
  afterEach(async () => {
    await sandbox.close();
  });
};

const io = (vars: Record<string, string | undefined> = env) => memoryIo({ cwd: sandbox.dir, env: vars });

const RUN = ["run", "--tenant", "tenant.json", "--workspace", "ws", "--out", "out", "--json"];
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
/** Requests that change something in Notion (a data source query is a POST but reads). */
const notionWrites = () =>
  sandbox.notion.requests.log.filter((r) => r.method !== "GET" && !r.route.endsWith("/query")).length;

describe("vigie run on the demo company", () => {
  useSandbox({});

  it("writes the page and the alerts once; a done week is not written again; --rerun updates it with far fewer requests", async () => {
    const first = io();
    expect(await main([...RUN, "--week", "2026-W47"], first)).toBe(0);
    expect(first.out.trim().split("\n")).toHaveLength(1);
    const one = JSON.parse(first.out);
    const report = JSON.parse(await readFile(join(sandbox.dir, "out/report.json"), "utf8"));
    expect(report.week).toBe("2026-W47");
    expect(one.page).toMatch(/^https:\/\/www\.notion\.so\/[0-9a-f]{32}$/);
    expect(one.alerts).toEqual({ created: report.alerts.length, updated: 0, unchanged: 0, resolved: 0 });
    expect(one.requests.google).toBe(82);
    expect(one.requests.notion).toBe(sandbox.notion.requests.count);
    expect(one.warnings).toEqual([]);
    expect(sandbox.state()).toEqual({ pages: 1, alertRows: report.alerts.length });

    const again = io();
    expect(await main([...RUN, "--week", "2026-W47"], again)).toBe(0);
    const noop = JSON.parse(again.out);
    expect(noop).toMatchObject({ page: one.page, requests: { notion: 0, google: 0 } });
    expect(noop.alreadyDone.week).toBe("2026-W47");

    const second = io();
    expect(await main([...RUN, "--week", "2026-W47", "--rerun"], second)).toBe(0);
    const two = JSON.parse(second.out);
    expect(two.page).toBe(one.page);
    expect(two.alerts).toEqual({ created: 0, updated: 0, unchanged: report.alerts.length, resolved: 0 });
    expect(two.requests.google).toBe(62);
    expect(two.requests.notion + two.requests.google).toBeLessThan(one.requests.notion + one.requests.google);
    expect(sandbox.state()).toEqual({ pages: 1, alertRows: report.alerts.length });
    const printed = first.out + first.err + second.out + second.err;
    for (const secret of sandbox.secrets) expect(printed).not.toContain(secret);
    // Two full runs of the demo: generous, the verdict is about what is written, not how fast.
  }, 300_000);
});

// Each test syncs the small company through the fakes: generous, so a busy machine is not a failure.
describe("vigie run on a small company", { timeout: 90_000 }, () => {
  useSandbox({ workspace: SMALL, admin: SMALL_ADMIN }, "2026-05-04T08:00:00Z");

  it("writes the weekly Google Doc when the tenant names a folder, once, then leaves it alone", async () => {
    const file = join(sandbox.dir, "tenant.json");
    const tenant = JSON.parse(await readFile(file, "utf8"));
    tenant.output = { ...tenant.output, googleDoc: { folderId: "vigie-reports" } };
    await writeFile(file, JSON.stringify(tenant));
    const uploads = () =>
      Object.entries(sandbox.google.requests.byRoute)
        .filter(([route]) => route.includes("/upload/drive/v3/files"))
        .reduce((a, [, n]) => a + n, 0);
    const first = io();
    expect(await main([...RUN, "--week", SMALL_WEEK], first)).toBe(0);
    const one = JSON.parse(first.out);
    expect(one.doc).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/.+\/edit$/);
    expect(uploads()).toBe(1);
    const second = io();
    expect(await main([...RUN, "--week", SMALL_WEEK, "--rerun"], second)).toBe(0);
    expect(JSON.parse(second.out).doc).toBe(one.doc);
    expect(uploads()).toBe(1);
  });

  it("--dry-run writes the local report and nothing to Notion", async () => {
    const run = io();
    const code = await main([...RUN, "--week", SMALL_WEEK, "--dry-run"], run);
    expect(code, run.err).toBe(0);
    const summary = JSON.parse(run.out);
    expect(summary.page).toBeNull();
    expect(summary.alerts).toEqual({ created: 0, updated: 0, unchanged: 0, resolved: 0 });
    expect(summary.dryRun.page).toBe("Vigie — Lumen Conseil — 2026-W18");
    expect(summary.dryRun.alerts).toBeGreaterThan(0);
    expect(notionWrites()).toBe(0);
    expect(sandbox.state()).toEqual({ pages: 0, alertRows: 0 });
    expect(await exists(join(sandbox.dir, "out/report.html"))).toBe(true);

    const text = io();
    expect(
      await main(
        ["run", "--tenant", "tenant.json", "--workspace", "ws", "--week", SMALL_WEEK, "--dry-run"],
        text,
      ),
    ).toBe(0);
    // A French company: the summary speaks French.
    expect(text.out).toContain(
      "Simulation : rien n'est écrit dans Notion. La page « Vigie — Lumen Conseil — 2026-W18 » serait écrite",
    );
    expect(notionWrites()).toBe(0);
  });

  it("defaults to the last complete week before the clock, in the tenant's zone", async () => {
    // The clock given to the command, not VIGIE_NOW, which would override it.
    const run = io({ ...env, VIGIE_NOW: undefined });
    // Sunday 23:30 in Paris is still week 18: the last complete week is 17.
    const clock = () => new Date("2026-05-03T21:30:00Z");
    expect(
      await runCommand(["--tenant", "tenant.json", "--workspace", "ws", "--dry-run", "--json"], run, clock),
    ).toBe(0);
    const report = JSON.parse(
      await readFile(join(sandbox.dir, "out/healthy-small-fr/2026-W17/report.json"), "utf8"),
    );
    expect(report.week).toBe("2026-W17");
  });

  it("defaults to the last week with data when the data stops earlier", async () => {
    const prepared = prepareSnapshot(await readWorkspace(DEMO));
    const later = chooseWeek(prepared, undefined, new Date("2027-06-01T12:00:00Z"), DEMO);
    const lastData = chooseWeek(prepared, undefined, new Date("2026-12-01T12:00:00Z"), DEMO);
    expect(later.id).toBe(lastData.id);
    expect(chooseWeek(prepared, undefined, new Date("2026-11-25T12:00:00Z"), DEMO).id).toBe("2026-W47");
  });

  it.each([
    ["VIGIE_GOOGLE_SA_KEY or VIGIE_GOOGLE_SA_KEY_FILE", { VIGIE_GOOGLE_SA_KEY: undefined }],
    ["VIGIE_GOOGLE_ADMIN", { VIGIE_GOOGLE_ADMIN: " " }],
    ["VIGIE_NOTION_TOKEN", { VIGIE_NOTION_TOKEN: undefined }],
  ])("exits 2 naming %s when a credential is missing", async (name, patch) => {
    const run = io({ ...env, ...patch });
    expect(await main(RUN, run)).toBe(2);
    expect(run.err).toContain(name);
    expect(sandbox.google.requests.count + sandbox.notion.requests.count).toBe(0);
  });

  it("exits 2 naming tenant.json and output.notion.parentPageId", async () => {
    const tenant = JSON.parse(await readFile(sandbox.tenantFile, "utf8"));
    await writeFile(
      sandbox.tenantFile,
      JSON.stringify({ ...tenant, output: { notion: { alertsDataSourceId: "x" } } }),
    );
    const run = io();
    expect(await main(RUN, run)).toBe(2);
    expect(run.err).toContain(`${sandbox.tenantFile}: output.notion.parentPageId`);
  });

  it("exits 2 naming --week: malformed before any request, outside the data after the sync", async () => {
    const malformed = io();
    expect(await main([...RUN, "--week", "2026-47"], malformed)).toBe(2);
    expect(malformed.err).toContain('--week: expected an ISO week like 2026-W47, got "2026-47"');
    expect(sandbox.google.requests.count + sandbox.notion.requests.count).toBe(0);
    const outside = io();
    expect(await main([...RUN, "--week", "2020-W01", "--dry-run"], outside)).toBe(2);
    expect(outside.err).toContain("--week: 2020-W01 is outside the calendar data");
  });
});
