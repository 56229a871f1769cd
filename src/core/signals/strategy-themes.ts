/**
 * The strategic themes as people write them: a theme is a short line of the strategy page (a
 * heading, a bullet, a priority) together with the longer lines that follow it (its section:
 * what the theme means, its key results), so "distributeurs espagnols" under "Export" touches
 * the export theme even when the heading's own words never reach the minutes. Stems come from
 * the extractor (FR/EN stemmers, accents folded, stop words, names and dates dropped); the
 * words of the meeting act ("schedule a demo of", "faire un point sur") are left out on both
 * sides, since minutes wrap strategic and firefighting topics alike in them.
 */
import { isMeetingActStem } from "../text/meeting-acts.js";
import type { AnalysedNote } from "./types.js";

/** A line this short (in words) opens a section; a longer one belongs to the section above. */
export const SECTION_HEAD_WORDS = 6;

/** A stem this long (or longer) that one section alone uses names its theme ("tax", "ia" do not). */
export const MIN_SPECIFIC_STEM = 4;

export const subjectStems = (stems: readonly string[]): string[] => stems.filter((s) => !isMeetingActStem(s));

/** Sections of the strategy pages, indexed by stem for a quick overlap test. */
export class StrategyThemes {
  private readonly byStem = new Map<string, number[]>();
  private readonly sections: Set<string>[] = [];

  constructor(pages: readonly AnalysedNote[]) {
    for (const page of pages) {
      let current: Set<string> | null = null;
      for (const line of page.extracted) {
        const stems = subjectStems(line.stems);
        if (stems.length === 0) continue;
        const words = line.text.split(/\s+/).length;
        if (current === null || words <= SECTION_HEAD_WORDS) {
          current = new Set<string>();
          this.sections.push(current);
        }
        for (const s of stems) current.add(s);
      }
    }
    this.sections.forEach((set, i) => {
      for (const s of set) this.byStem.set(s, [...(this.byStem.get(s) ?? []), i]);
    });
  }

  /** Number of sections (0: no strategy to compare with). */
  get size(): number {
    return this.sections.length;
  }

  /**
   * A topic touches a theme when it shares `minShared` subject stems with one section (all, if
   * fewer), or one stem that only that section uses ("technician interviews" under "Hire 10
   * field technicians"): a word specific to one theme names it, a word of several does not.
   */
  touches(stems: readonly string[], minShared: number): boolean {
    const item = new Set(subjectStems(stems));
    if (item.size === 0) return false;
    const shared = new Map<number, number>();
    for (const s of item) {
      const sections = this.byStem.get(s) ?? [];
      if (sections.length === 1 && s.length >= MIN_SPECIFIC_STEM) return true;
      for (const i of sections) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const need = Math.min(minShared, item.size);
    for (const k of shared.values()) if (k >= need) return true;
    return false;
  }
}
