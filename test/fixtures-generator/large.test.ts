/**
 * Companies at scale (scripts/fixtures/large.ts): the structure a 250–5,000-person company has,
 * checked on a small one so the test stays quick — teams of 5 to 15, a leadership team of
 * directors rather than every team head, and every attendee's calendar holding its copy.
 */
import { describe, expect, it } from "vitest";
import { largeCompany } from "../../scripts/fixtures/large.js";
import { generateWorkspace } from "../../scripts/fixtures/workspace.js";

describe("large companies", () => {
  const config = largeCompany(120, 4);
  const ws = generateWorkspace(config);
  const { company } = ws.world;

  it("has exactly the people asked for, in teams of 5 to 15 under a few directors", () => {
    expect(company.people).toHaveLength(120);
    const sizes = company.teams.map((t) => t.members.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(15);
    expect(company.leadership.length).toBeLessThan(company.teams.length);
    for (const t of company.teams) {
      expect(company.leadership.some((l) => l.email === t.head.manager)).toBe(true);
    }
  });

  it("puts each meeting in its organizer's and every internal guest's calendar", () => {
    const byCalendar = new Map<string, Set<string>>();
    for (const [path, content] of ws.files) {
      if (!path.startsWith("google/calendar/")) continue;
      const pages = [JSON.parse(content)].flat();
      const ids = new Set(
        pages.flatMap((p: { items?: { id: string }[] }) => (p.items ?? []).map((e) => e.id)),
      );
      byCalendar.set(decodeURIComponent(path.slice("google/calendar/".length, -".json".length)), ids);
    }
    const held = ws.world.occurrences.filter((o) => o.status !== "cancelled" && o.guests.length > 0);
    expect(held.length).toBeGreaterThan(100);
    for (const o of held.slice(0, 200)) {
      for (const email of [o.organizer, ...o.guests.map((g) => g.email)]) {
        if (ws.world.byEmail.has(email))
          expect(byCalendar.get(email)?.has(o.id), `${email} ${o.id}`).toBe(true);
      }
    }
  });

  it("writes ritual notes in both Google Docs and Notion", () => {
    const homes = new Set(ws.notes.filter((n) => n.kind === "meeting").map((n) => n.home));
    expect(homes).toEqual(new Set(["doc", "notion"]));
  });

  it("is the same company on every run", () => {
    const again = generateWorkspace(largeCompany(120, 4));
    expect(again.files.get("google/directory/users.json")).toBe(ws.files.get("google/directory/users.json"));
    expect(again.files.size).toBe(ws.files.size);
  });
});
