import type { ExtractedLine, NoteInput } from "./types.js";

// Placeholder until the extractor lands: every line is "none".
export function extractNote(input: NoteInput): ExtractedLine[] {
  return input.text.split(/\r?\n/).map((text, line) => ({
    line, text, kind: "none", owner: null, due: null, undecided: false, done: false, negative: false, positive: false, stems: [],
  }));
}
