import type { AnalysedNote, Evidence, WeekMeeting } from "./types.js";

/** Evidence items, shared by every detector: titles and links only, never note text. */
export function eventEvidence(m: WeekMeeting, why: string): Evidence {
  return { kind: "event", id: m.id, title: m.title, url: m.link, date: m.date, why };
}

export function noteEvidence(n: AnalysedNote, why: string): Evidence {
  return { kind: n.source, id: n.id, title: n.title, url: n.url, date: n.date, why };
}

/** At most this many evidence items per finding (SPEC: readable in two minutes). */
export const MAX_EVIDENCE = 8;
