import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/core/report.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/workspace", import.meta.url));
const BAD_CALENDAR = fileURLToPath(new URL("./fixtures/calendar-bad-fields.json", import.meta.url));
const DAVE = "google/calendar/dave@acme.fr.json";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The small workspace plus Dave's calendar, whose events each carry one bad field. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-bad-"));
  temps.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  await cp(BAD_CALENDAR, join(dir, DAVE));
  return dir;
}

async function edit<T>(dir: string, rel: string, change: (json: T) => void): Promise<void> {
  const json = JSON.parse(await readFile(join(dir, rel), "utf8")) as T;
  change(json);
  await writeFile(join(dir, rel), JSON.stringify(json));
}

const messagesOf = (warnings: { file: string; message: string }[], file: string) =>
  warnings.filter((w) => w.file === file).map((w) => w.message);

describe("bad fields become warnings naming file, item and field, and the rest is read", () => {
  it("reads every event of a calendar whose fields are off, and says how each was read", async () => {
    const snap = await readWorkspace(await workspace());
    expect(messagesOf(snap.warnings, DAVE)).toEqual([
      'timeZone: "Mars/Olympus_Mons" is not an IANA time zone; all-day events read in Europe/Paris',
      'items[0].attendees: expected an array, got "bob@acme.fr, carol@acme.fr"; event read without attendees',
      'items[1].summary: expected a string, got {"fr":"Revue pipeline"}; event read without a title',
      'items[2].end: "2026-11-17T13:00:00+01:00" is before the start; read as lasting no time',
      "items[3].start.dateTime: expected a string, got 20261117; read as the all-day date 2026-11-17",
      'items[5].start.timeZone: "Europe/Lyon" is not an IANA time zone; read in the calendar\'s zone',
      'items[5].end.timeZone: "Europe/Lyon" is not an IANA time zone; read in the calendar\'s zone',
      "summary of 1 item (items[4]): invisible, control or bidi characters removed before matching",
    ]);
    const dave = snap.meetings.filter((m) => m.calendars.includes("dave@acme.fr"));
    expect(dave.map((m) => m.id).sort()).toEqual(["bad1", "bad2", "bad3", "bad4", "bad5", "bad6", "bad7"]);
    const byId = new Map(dave.map((m) => [m.id, m]));
    expect(byId.get("bad3")?.end).toBe(byId.get("bad3")?.start);
    expect(byId.get("bad4")).toMatchObject({ allDay: true, start: "2026-11-17T00:00:00+01:00" });
    // Cleaned before matching: the ritual pattern "codir" finds it, and no override reaches a page.
    expect(byId.get("bad5")?.title).toBe("CODIR exceptionnel");
  });

  it("keeps a numeric department as the team it names, and says so once for the file", async () => {
    const dir = await workspace();
    await edit<{ users: Record<string, unknown>[] }[]>(dir, "google/directory/users.json", (pages) => {
      for (const page of pages)
        for (const u of page.users) u.organizations = [{ department: 410, primary: true }];
    });
    const snap = await readWorkspace(dir);
    expect(snap.people.map((p) => p.team)).toEqual(["410", "410", "410"]);
    expect(messagesOf(snap.warnings, "google/directory/users.json")).toEqual([
      '[0].users[0].organizations[0].department (and 2 other users): expected a string, got 410; read as the team "410"',
    ]);
  });

  it("names a CEO missing from the directory, a tenant without rituals and a ritual matching every meeting", async () => {
    const dir = await workspace();
    await edit<Record<string, unknown>>(dir, "tenant.json", (t) => {
      t.ceo = "paul@acme.fr";
    });
    expect(messagesOf((await readWorkspace(dir)).warnings, "tenant.json")).toEqual([
      'ceo: "paul@acme.fr" is not in google/directory/users.json; meetings with the CEO cannot be recognised, so ceo_escalation is judged from notes only',
    ]);
    await edit<Record<string, unknown>>(dir, "tenant.json", (t) => {
      t.ceo = "alice@acme.fr";
      t.rituals = [];
    });
    expect(messagesOf((await readWorkspace(dir)).warnings, "tenant.json")).toEqual([
      "rituals: none configured; ritual_drift, participation_decline and missing_decisions have nothing to judge",
    ]);
    await edit<Record<string, unknown>>(dir, "tenant.json", (t) => {
      t.rituals = [{ id: "all", name: "Tout", match: "\u200b?", cadence: "weekly" }];
    });
    const warnings = messagesOf((await readWorkspace(dir)).warnings, "tenant.json");
    expect(warnings[0]).toBe(
      "rituals[0].match: holds invisible or control characters, which titles never match; remove them",
    );
    expect(warnings[1]).toMatch(
      /^rituals\[0\]\.match: "\u200b\?" matches (\d+) of \1 distinct meeting titles/,
    );
  });

  it("carries the warnings into report.json, with the rest analysed", async () => {
    const dir = await workspace();
    const out = await mkdtemp(join(tmpdir(), "vigie-bad-out-"));
    temps.push(out);
    const io = memoryIo({ cwd: dir });
    expect(await main(["analyze", "--workspace", dir, "--week", "2026-W47", "--out", out], io)).toBe(0);
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as Report & {
      warnings: { file: string; message: string }[];
    };
    expect(report.warnings).toContainEqual({
      file: DAVE,
      message:
        'items[0].attendees: expected an array, got "bob@acme.fr, carol@acme.fr"; event read without attendees',
    });
    expect(report.signals.length).toBeGreaterThan(0);
  });
});
