/**
 * Which team a note line belongs to. In a team's note (its meeting is mostly one team's), an
 * action belongs to the team of its owner when the owner written in the note ("Paul", "Paul
 * Martin", "paul.martin@…", "@paul") is one person of the directory, or several people of
 * one team; otherwise, and for lines that name no one, to the note's team. So a ritual
 * shared by two teams does not give one team's late actions to the other. Notes of
 * cross-team and leadership meetings belong to no team.
 */
import { foldLower } from "../text/normalize.js";
import type { AnalysedNote, Scope, WeekContext } from "./types.js";

/** Resolves a written owner to a team scope, or null when unknown, ambiguous or folded into org. */
export type OwnerTeams = (owner: string) => Scope | null;

const cache = new WeakMap<Map<string, unknown>, OwnerTeams>();

const norm = (s: string) =>
  foldLower(s)
    .replace(/^@/, "")
    .replace(/[._-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

export function ownerTeams(ctx: WeekContext): OwnerTeams {
  const hit = cache.get(ctx.people);
  if (hit) return hit;
  // Each written form of each person → the team scopes of everyone written that way.
  const forms = new Map<string, Set<Scope | null>>();
  const add = (form: string, scope: Scope | null) => {
    if (form.length < 2) return;
    const s = forms.get(form) ?? new Set<Scope | null>();
    s.add(scope);
    forms.set(form, s);
  };
  for (const [email, person] of ctx.people) {
    const scope = ctx.teamScopeOf(email);
    const name = norm(person.name);
    add(norm(email), scope);
    add(norm(email.split("@")[0] ?? ""), scope);
    add(name, scope);
    add(name.split(" ")[0] ?? "", scope);
  }
  // The same few owners are written on thousands of lines: each written form resolved once.
  const resolved = new Map<string, Scope | null>();
  const resolve: OwnerTeams = (owner) => {
    let hit = resolved.get(owner);
    if (hit === undefined) {
      const scopes = [...(forms.get(norm(owner)) ?? [])];
      hit = scopes.length === 1 ? (scopes[0] ?? null) : null;
      resolved.set(owner, hit);
    }
    return hit;
  };
  cache.set(ctx.people, resolve);
  return resolve;
}

const byTeam = new WeakMap<readonly AnalysedNote[], Map<Scope, AnalysedNote[]>>();

/**
 * Each note as each team sees it: its action lines whose owner belongs to the team, and its
 * other lines when the note is the team's own; cross-team and leadership notes (no note team)
 * stay at org scope — a director's committee actions are the committee's follow-through, not
 * their department's. Every team at once, each line's team read once (not once per team of
 * the company); per team the notes keep their order, and a note wholly of one team is the note
 * itself. Kept per list of notes (a week context's recent notes).
 */
export function notesForTeams(
  notes: readonly AnalysedNote[],
  noteTeam: (n: AnalysedNote) => Scope | null,
  teamOf: OwnerTeams,
): Map<Scope, AnalysedNote[]> {
  let out = byTeam.get(notes);
  if (out) return out;
  out = new Map();
  for (const n of notes) {
    const team = noteTeam(n);
    if (team === null) continue;
    const lines = new Map<Scope, AnalysedNote["extracted"]>();
    for (const x of n.extracted) {
      const scope = (x.kind === "action" && x.owner ? teamOf(x.owner) : null) ?? team;
      const list = lines.get(scope);
      if (list) list.push(x);
      else lines.set(scope, [x]);
    }
    for (const [scope, extracted] of lines) {
      const seen = extracted.length === n.extracted.length ? n : { ...n, extracted };
      const list = out.get(scope);
      if (list) list.push(seen);
      else out.set(scope, [seen]);
    }
  }
  byTeam.set(notes, out);
  return out;
}
