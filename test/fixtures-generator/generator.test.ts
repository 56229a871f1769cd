import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO, SCENARIOS } from "../../scripts/fixtures/companies.js";
import type { CompanyConfig } from "../../scripts/fixtures/config.js";
import { generateWorkspace, writeWorkspace } from "../../scripts/fixtures/workspace.js";
import { SIGNAL_IDS } from "../../src/core/signals/types.js";

// biome-ignore lint/suspicious/noExplicitAny: API responses are checked field by field.
type Json = any;

const SMALL: CompanyConfig = {
  id: "tiny-test",
  name: "Tiny Test SARL",
  domain: "tiny-test.fr",
  locale: "fr",
  timezone: "Europe/Paris",
  direction: "Direction générale",
  size: 16,
  sites: ["Lyon", "Mâcon"],
  teams: [
    { name: "Atelier", ritual: "daily", retro: true },
    { name: "Ventes", ritual: "weekly", retro: false },
  ],
  weeks: { dataFrom: "2026-W38", from: "2026-W42", to: "2026-W46" },
  holidayWeeks: ["2026-W44"],
  bankHolidays: ["2026-11-11"],
  leadershipNotesIn: "doc",
  seed: 42,
  plants: [
    { signal: "ceo_escalation", scope: "org", from: "2026-W44", to: "2026-W46" },
    { signal: "meeting_inflation", scope: "team:Atelier", from: "2026-W45", to: "2026-W46" },
  ],
};

/** 60 users so the directory is paginated. */
const PAGINATED: CompanyConfig = { ...SMALL, id: "tiny-paged", size: 60, seed: 7 };

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "vigie-fixtures-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out.sort();
}

const pages = (value: Json): Json[] => (Array.isArray(value) ? value : [value]);
const WEEK = /^\d{4}-W\d{2}$/;
const TENANT_KEYS = [
  "id",
  "name",
  "timezone",
  "locale",
  "ceo",
  "workweek",
  "rituals",
  "sensitivity",
  "privacy",
  "baselineWeeks",
  "thresholds",
  "sources",
  "output",
];

/** Checks every file of a workspace folder against the key fields of its API format. */
function checkWorkspace(dir: string): void {
  const read = (path: string): Json => JSON.parse(readFileSync(join(dir, path), "utf8"));
  const tenant = read("tenant.json");
  for (const key of ["id", "name", "timezone", "locale", "ceo", "rituals"])
    expect(tenant, key).toHaveProperty(key);
  expect(Object.keys(tenant).filter((k) => !TENANT_KEYS.includes(k))).toEqual([]);
  const rituals = tenant.rituals.map((r: Json) => new RegExp(r.match, "i"));

  const userPages = pages(read("google/directory/users.json"));
  userPages.forEach((page, i) => {
    expect(page.kind).toBe("admin#directory#users");
    if (i < userPages.length - 1) expect(typeof page.nextPageToken).toBe("string");
    else expect(page.nextPageToken).toBeUndefined();
  });
  const users = userPages.flatMap((p) => p.users);
  const emails = new Set(users.map((u: Json) => u.primaryEmail));
  for (const u of users) {
    expect(u.primaryEmail).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+@/);
    expect(u.name.fullName).toBe(`${u.name.givenName} ${u.name.familyName}`);
    expect(u.organizations[0]).toMatchObject({ primary: true });
    expect(typeof u.organizations[0].department).toBe("string");
    expect(u.suspended).toBe(false);
    for (const r of u.relations ?? []) expect(emails.has(r.value)).toBe(true);
  }
  expect(emails.has(tenant.ceo)).toBe(true);

  const titles: string[] = [];
  const calendars = readdirSync(join(dir, "google/calendar"));
  expect(calendars.length).toBe(users.length);
  for (const file of calendars) {
    const calendarId = file.replace(/\.json$/, "");
    const calPages = pages(read(`google/calendar/${file}`));
    calPages.forEach((page, i) => {
      expect(page.kind).toBe("calendar#events");
      expect(page.timeZone).toBe(tenant.timezone);
      if (i < calPages.length - 1) expect(typeof page.nextPageToken).toBe("string");
      else expect(typeof page.nextSyncToken).toBe("string");
    });
    for (const ev of calPages.flatMap((p) => p.items)) {
      expect(ev.kind).toBe("calendar#event");
      expect(typeof ev.id).toBe("string");
      expect(ev.status).toMatch(/^(confirmed|cancelled)$/);
      if (ev.recurringEventId) {
        expect(ev.originalStartTime).toBeDefined();
        expect(ev.id.startsWith(`${ev.recurringEventId}_`)).toBe(true);
      }
      if (ev.status === "cancelled") {
        expect(Object.keys(ev).sort()).toEqual([
          "etag",
          "id",
          "kind",
          "originalStartTime",
          "recurringEventId",
          "status",
        ]);
        continue;
      }
      expect(ev.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
      expect(ev.iCalUID).toMatch(/@google\.com$/);
      expect(typeof ev.summary).toBe("string");
      expect(ev.organizer.email).toBeTruthy();
      if (ev.start.date) expect(ev.end.date > ev.start.date).toBe(true);
      else expect(ev.start.dateTime).toMatch(/T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      const attendees: Json[] = ev.attendees ?? [];
      if (attendees.length > 0) {
        expect(attendees.filter((a) => a.self).map((a) => a.email)).toEqual([calendarId]);
        expect(new Set(attendees.map((a) => a.email)).size).toBe(attendees.length);
      } else {
        expect(ev.organizer.email).toBe(calendarId);
      }
      for (const a of attendees)
        expect(a.responseStatus).toMatch(/^(accepted|declined|tentative|needsAction)$/);
      if (ev.eventType === "default" && !ev.start.date) titles.push(ev.summary);
    }
  }
  // Every configured ritual is held at least once.
  for (const r of rituals)
    expect(
      titles.some((t) => r.test(t)),
      String(r),
    ).toBe(true);

  const drive = read("google/drive/files.json");
  expect(drive.kind).toBe("drive#fileList");
  for (const f of drive.files) {
    expect(f.mimeType).toBe("application/vnd.google-apps.document");
    const doc = read(`google/docs/${f.id}.json`);
    expect(doc.documentId).toBe(f.id);
    const content = doc.tabs ? doc.tabs[0].documentTab.body.content : doc.body.content;
    const text = content
      .flatMap((c: Json) => c.paragraph?.elements ?? [])
      .map((e: Json) => e.textRun.content);
    expect(text.length).toBeGreaterThan(0);
  }
  expect(readdirSync(join(dir, "google/docs")).length).toBe(drive.files.length);

  const pageFiles = readdirSync(join(dir, "notion/pages"));
  expect(pageFiles.length).toBeGreaterThan(0);
  for (const file of pageFiles) {
    const page = read(`notion/pages/${file}`);
    expect(page.object).toBe("page");
    expect(page.parent.type).toBe("data_source_id");
    expect(page.parent.data_source_id).toBe(tenant.sources.notionNotesDataSourceId);
    const title = Object.values(page.properties).find((p: Json) => p.type === "title") as Json;
    expect(title.title[0].plain_text).toBeTruthy();
    expect(page.properties.Date.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const blocks = pages(read(`notion/blocks/${file}`));
    blocks.forEach((b, i) => {
      expect(b.object).toBe("list");
      expect(b.has_more).toBe(i < blocks.length - 1);
    });
    for (const block of blocks.flatMap((b) => b.results)) {
      expect(block[block.type].rich_text).toBeDefined();
    }
  }

  const expected = read("expected.json");
  checkExpected(expected, users);
}

function checkExpected(expected: Json, users: Json[]): void {
  expect(Object.keys(expected).sort()).toEqual(["signals", "weeks"]);
  const [from, to] = expected.weeks;
  expect(from).toMatch(WEEK);
  expect(to).toMatch(WEEK);
  expect(from <= to).toBe(true);
  for (const s of expected.signals) {
    expect(Object.keys(s).sort()).toEqual(["from", "scope", "signal", "to"]);
    expect(SIGNAL_IDS).toContain(s.signal);
    expect(s.from >= from && s.to <= to && s.from <= s.to).toBe(true);
    if (s.scope !== "org") {
      expect(s.scope).toMatch(/^team:/);
      const team = users.filter((u) => u.organizations[0].department === s.scope.slice(5));
      expect(team.length).toBeGreaterThanOrEqual(5);
    }
  }
}

describe("fixtures generator", () => {
  it("regenerates byte-identical files from the same config", () => {
    const a = tempDir();
    const b = tempDir();
    writeWorkspace(SMALL, a);
    writeWorkspace(SMALL, b);
    const filesA = listFiles(a).map((f) => relative(a, f));
    expect(filesA).toEqual(listFiles(b).map((f) => relative(b, f)));
    for (const f of filesA) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it("writes every file in its API format", () => {
    const dir = tempDir();
    writeWorkspace(SMALL, dir);
    checkWorkspace(dir);
  });

  it("paginates the directory beyond 50 users", () => {
    const dir = tempDir();
    writeWorkspace(PAGINATED, dir);
    const users = JSON.parse(readFileSync(join(dir, "google/directory/users.json"), "utf8"));
    expect(Array.isArray(users)).toBe(true);
    expect(users.flatMap((p: Json) => p.users)).toHaveLength(60);
    checkWorkspace(dir);
  });

  it("gives non-ritual meetings titles no ritual pattern matches", () => {
    for (const config of [SMALL, SCENARIOS[1] as CompanyConfig]) {
      const ws = generateWorkspace(config);
      const patterns = ws.world.rituals.tenant.map((r) => new RegExp(r.match, "i"));
      for (const o of ws.world.occurrences) {
        if (o.ritualId || o.status === "cancelled") continue;
        expect(
          patterns.some((p) => p.test(o.title)),
          o.title,
        ).toBe(false);
      }
    }
  });

  it("keeps the weeks before a plant quiet: plants change only their weeks", () => {
    const calm = generateWorkspace({ ...SMALL, plants: [] });
    const planted = generateWorkspace(SMALL);
    const early = (ws: typeof calm) =>
      ws.world.occurrences
        .filter((o) => (o.start.toISODate() ?? "") < "2026-10-26")
        .map((o) => `${o.id} ${o.title} ${o.start.toISO()} ${o.guests.map((g) => g.response).join(",")}`);
    expect(early(planted)).toEqual(early(calm));
  });

  it("labels every scenario per the SPEC schema", () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const config of [DEMO, ...SCENARIOS]) {
      const dir = config === DEMO ? "fixtures/demo" : `fixtures/scenarios/${config.id}`;
      if (!existsSync(join(dir, "expected.json"))) continue;
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      const users = pages(JSON.parse(readFileSync(join(dir, "google/directory/users.json"), "utf8"))).flatMap(
        (p) => p.users,
      );
      checkExpected(expected, users);
      expect(expected.weeks).toEqual([config.weeks.from, config.weeks.to]);
    }
  });
});
