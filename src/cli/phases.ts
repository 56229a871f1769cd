import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { MessageKey } from "../core/messages/fr.js";
import type { Locale } from "../core/model.js";
import { t } from "../writers/labels.js";

/** The pipeline names its phases in English (src/app); the terminal shows them in the tenant's language. */
const PHASES: Record<string, MessageKey> = {
  "reading the workspace": "phase.reading",
  analysing: "phase.analysing",
  "writing report": "phase.writingReport",
  "writing the Notion page": "phase.notionPage",
  "writing the Notion alerts": "phase.notionAlerts",
  "writing the Google Doc": "phase.googleDoc",
};

/**
 * A pipeline step as a progress phase and its detail. A sync step ("google: calendar x") is one
 * phase per service, its calendar or page the detail: off a terminal a phase prints one line, and
 * a line per calendar would flood a log with calendar ids.
 */
export function phaseLabel(locale: Locale, what: string): { phase: string; detail: string } {
  const key = PHASES[what];
  if (key) return { phase: t(locale, key), detail: "" };
  const sync = /^(google|notion): ?(.*)$/.exec(what);
  if (sync)
    return { phase: t(locale, "phase.syncSources"), detail: `${capital(sync[1] ?? "")} ${sync[2] ?? ""}` };
  return { phase: what, detail: "" };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The language of the tenant of a workspace folder, read before the folder itself so the first
 * progress line is already in it; English when tenant.json is missing or unreadable (the folder
 * reader then reports that with the file and field).
 */
export async function workspaceLocale(dir: string): Promise<Locale> {
  try {
    const raw = JSON.parse(await readFile(join(dir, "tenant.json"), "utf8")) as { locale?: unknown };
    return raw.locale === "fr" ? "fr" : "en";
  } catch {
    return "en";
  }
}
