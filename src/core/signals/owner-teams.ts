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
  const resolve: OwnerTeams = (owner) => {
    const scopes = [...(forms.get(norm(owner)) ?? [])];
    return scopes.length === 1 ? (scopes[0] ?? null) : null;
  };
  cache.set(ctx.people, resolve);
  return resolve;
}

/**
 * The note as a team sees it: its action lines whose owner belongs to `scope`, and its other
 * lines when the note is the team's own. Null when nothing of the note belongs to the team.
 */
export function noteForTeam(
  n: AnalysedNote,
  scope: Scope,
  noteTeam: Scope | null,
  teamOf: OwnerTeams,
): AnalysedNote | null {
  // Cross-team and leadership notes stay at org scope: a director's committee actions are
  // the committee's follow-through, not their department's.
  if (noteTeam === null) return null;
  const extracted = n.extracted.filter((x) => {
    const owned = x.kind === "action" && x.owner ? teamOf(x.owner) : null;
    return (owned ?? noteTeam) === scope;
  });
  if (extracted.length === 0) return null;
  return extracted.length === n.extracted.length ? n : { ...n, extracted };
}
