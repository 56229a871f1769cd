import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BadInputError } from "../../src/core/errors.js";
import type { Meeting } from "../../src/core/model.js";
import { readWorkspace } from "../../src/sources/workspace-folder.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/workspace", import.meta.url));
const CODIR_KEY = "codir|2026-11-16T08:00:00Z";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A scratch copy of the fixture workspace, to break one file in. */
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vigie-ws-"));
  temps.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

function byKey(meetings: Meeting[], key: string): Meeting {
  const m = meetings.find((x) => x.key === key);
  if (!m) throw new Error(`no meeting ${key}`);
  return m;
}

describe("readWorkspace", () => {
  it("reads tenant and people", async () => {
    const snap = await readWorkspace(FIXTURE);
    expect(snap.tenant).toMatchObject({ id: "acme", ceo: "alice@acme.fr", privacy: { minGroupSize: 3 } });
    expect(snap.people.map((p) => [p.email, p.team, p.site, p.manager])).toEqual([
      ["alice@acme.fr", "Direction", "Lyon", null],
      ["bob@acme.fr", "Ventes", "Lyon", "alice@acme.fr"],
      ["carol@acme.fr", "Ventes", "Nantes", "bob@acme.fr"],
    ]);
  });

  it("counts the CODIR read from 3 calendars once, each response from its owner's calendar", async () => {
    const { meetings } = await readWorkspace(FIXTURE);
    expect(meetings.filter((m) => m.title === "CODIR" && m.status !== "cancelled")).toHaveLength(1);
    const codir = byKey(meetings, CODIR_KEY);
    expect(codir.calendars).toEqual(["alice@acme.fr", "bob@acme.fr", "carol@acme.fr"]);
    expect(codir.attendees.map((a) => [a.email, a.response])).toEqual([
      ["alice@acme.fr", "accepted"],
      ["bob@acme.fr", "accepted"],
      ["carol@acme.fr", "declined"],
    ]);
    // The review: Carol answered in her own calendar after Bob's copy was saved.
    expect(
      byKey(meetings, "rev1@google.com").attendees.find((a) => a.email === "carol@acme.fr")?.response,
    ).toBe("accepted");
    expect(meetings).toHaveLength(4);
  });

  it("keeps the cancelled exception with the series title, and focus time with its type", async () => {
    const { meetings } = await readWorkspace(FIXTURE);
    expect(byKey(meetings, "codir|2026-11-23T08:00:00Z")).toMatchObject({
      title: "CODIR",
      status: "cancelled",
      start: "2026-11-23T09:00:00+01:00",
      end: "2026-11-23T10:00:00+01:00",
    });
    expect(byKey(meetings, "focus1@google.com").type).toBe("focusTime");
  });

  it("reports a corrupt calendar file with its position and reads the rest", async () => {
    const dir = await scratch();
    await writeFile(
      join(dir, "google/calendar/room@acme.fr.json"),
      '{"kind": "calendar#events", "items": [\n  {"id": "x",}\n]}\n',
    );
    const { warnings, meetings } = await readWorkspace(dir);
    const broken = warnings.filter((w) => w.file.startsWith("google/calendar/"));
    expect(broken).toHaveLength(1);
    expect(broken[0]?.file).toBe("google/calendar/room@acme.fr.json");
    expect(broken[0]?.message).toMatch(/^invalid JSON at line 2, column 14: /);
    expect(meetings.map((m) => m.key).sort()).toEqual(
      (await readWorkspace(FIXTURE)).meetings.map((m) => m.key).sort(),
    );
    expect(meetings).toHaveLength(4);
  });

  it("reports a calendar file of the wrong shape, naming the field", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "google/calendar/room@acme.fr.json"), JSON.stringify({ items: { id: "x" } }));
    const { warnings } = await readWorkspace(dir);
    expect(warnings).toContainEqual({
      file: "google/calendar/room@acme.fr.json",
      message: 'items: expected an array, got {"id":"x"}; file skipped',
    });
  });

  it("warns about a Drive file without its document, a document under the wrong name, and orphans", async () => {
    const { warnings } = await readWorkspace(FIXTURE);
    expect(warnings.map((w) => `${w.file}: ${w.message}`).sort()).toEqual(
      [
        "google/docs/doc-orphan.json: not listed in google/drive/files.json: its title and dates are unknown; note skipped",
        'google/docs/doc-pipeline.json: documentId is "doc-pipeline-copy", not the file name doc-pipeline',
        'google/drive/files.json: "CR perdu" (doc-lost) has no google/docs/doc-lost.json; note skipped',
        "notion/pages/page-okr.json: no notion/blocks/page-okr.json: the note is read without its text",
      ].sort(),
    );
  });

  it("reads notes and links them: by attachment, by the event named in Notion, by title; never strategy", async () => {
    const { notes } = await readWorkspace(FIXTURE);
    const byId = new Map(notes.map((n) => [n.id, n]));
    expect(byId.get("doc-codir")).toMatchObject({
      date: "2026-11-16",
      meetingKey: CODIR_KEY,
      lines: ["Décision : budget validé", "Action : Bob relance le client"],
    });
    expect(byId.get("doc-pipeline")).toMatchObject({
      meetingKey: "rev1@google.com",
      lines: ["Pipeline en hausse"],
    });
    expect(byId.get("page-rev")).toMatchObject({
      eventId: "rev1",
      meetingKey: "rev1@google.com",
      lines: ["[ ] Carol envoie le devis"],
    });
    expect(byId.get("page-okr")).toMatchObject({ kind: "strategy", meetingKey: null, lines: [] });
    expect([...byId.keys()].sort()).toEqual(["doc-codir", "doc-pipeline", "page-okr", "page-rev"]);
  });

  it("reports progress up to the number of files read", async () => {
    const calls: [number, number, string][] = [];
    await readWorkspace(FIXTURE, { onProgress: (done, total, what) => calls.push([done, total, what]) });
    // 3 calendars, the Drive list, 3 documents, 2 Notion pages and 1 blocks file.
    expect(calls).toHaveLength(10);
    expect(calls.at(-1)?.slice(0, 2)).toEqual([10, 10]);
    expect(calls.map((c) => c[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(calls.map((c) => c[2])).toContain("google/drive/files.json");
  });

  it("throws naming tenant.json when it is missing", async () => {
    const dir = await scratch();
    await rm(join(dir, "tenant.json"));
    const e = await readWorkspace(dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BadInputError);
    expect((e as Error).message).toBe(`${join(dir, "tenant.json")}: file not found`);
  });

  it("throws naming the field of an invalid tenant.json", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "tenant.json"), JSON.stringify({ id: "acme", foo: 1 }));
    await expect(readWorkspace(dir)).rejects.toThrow(/tenant\.json: foo: unknown key "foo"/);
  });

  it("throws naming users.json and the position of a JSON syntax error", async () => {
    const dir = await scratch();
    await writeFile(
      join(dir, "google/directory/users.json"),
      '{\n  "users": [\n    { "primaryEmail": "a@b.fr" ]\n}',
    );
    await expect(readWorkspace(dir)).rejects.toThrow(/users\.json: invalid JSON at line 3, column \d+/);
  });

  it("reads 12 000 event copies from 60 calendars, counting shared events once", async () => {
    const dir = await scratch();
    await rm(join(dir, "google/calendar"), { recursive: true });
    await mkdir(join(dir, "google/calendar"));
    const calendars = Array.from({ length: 60 }, (_, i) => `p${i}@acme.fr`);
    await Promise.all(
      calendars.map((cal, c) => {
        // Every event is shared by the 4 calendars of a group of 4 people: 200 copies each.
        const group = Math.floor(c / 4);
        const items = Array.from({ length: 200 }, (_, e) => ({
          id: `g${group}e${e}`,
          iCalUID: `g${group}e${e}@google.com`,
          status: "confirmed",
          summary: `Point ${e}`,
          organizer: { email: calendars[group * 4] },
          start: { dateTime: `2026-${String(1 + (e % 12)).padStart(2, "0")}-10T09:00:00+01:00` },
          end: { dateTime: `2026-${String(1 + (e % 12)).padStart(2, "0")}-10T10:00:00+01:00` },
          attendees: calendars.slice(group * 4, group * 4 + 4).map((email) => ({
            email,
            responseStatus: "accepted",
            ...(email === cal ? { self: true } : {}),
          })),
        }));
        return writeFile(
          join(dir, "google/calendar", `${cal}.json`),
          JSON.stringify({ timeZone: "Europe/Paris", items }),
        );
      }),
    );
    // Speed is the benchmark's business (npm run bench), not a test's.
    const snap = await readWorkspace(dir);
    expect(snap.meetings).toHaveLength(15 * 200);
    expect(snap.meetings[0]?.calendars).toHaveLength(4);
  });
});
