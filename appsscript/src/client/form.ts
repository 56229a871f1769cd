/**
 * From the form to `tenant.json`: fields the sidebar does not show (thresholds, workweek,
 * access lists…) are kept as loaded, pasted links become ids, and the whole object is checked
 * with the schema the CLI and the service use, so the errors shown are the service's own.
 */
import { type TenantIssue, validateTenant } from "../../../src/core/tenant";
import { label } from "./labels";
import { driveFolderIdOf, notionIdOf } from "./notion-url";
import { slugOf } from "./text";
import type { FormValues } from "./view";

type Obj = Record<string, unknown>;

export interface Checked {
  tenant: Obj;
  issues: TenantIssue[];
}

export function buildTenant(loaded: Obj | null, v: FormValues): Checked {
  const base = structuredClone(loaded ?? {}) as Obj;
  const local: TenantIssue[] = [];
  const idOf = (path: string, text: string, parse: (s: string) => string | null): string | undefined => {
    if (text.trim() === "") return undefined;
    const id = parse(text);
    if (!id) local.push({ path, message: { en: label("en", "notAnId"), fr: label("fr", "notAnId") } });
    return id ?? undefined;
  };
  const sources = { ...((base.sources as Obj | undefined) ?? {}) };
  sources.calendars = v.calendars.length > 0 ? v.calendars : undefined;
  sources.driveFolderId = idOf("sources.driveFolderId", v.driveFolder, driveFolderIdOf);
  sources.notionNotesDataSourceId = idOf("sources.notionNotesDataSourceId", v.notionNotes, notionIdOf);
  const output = { ...((base.output as Obj | undefined) ?? {}) };
  const notion = { ...((output.notion as Obj | undefined) ?? {}) };
  notion.parentPageId = idOf("output.notion.parentPageId", v.notionPage, notionIdOf);
  output.notion = Object.values(notion).some((x) => x !== undefined) ? notion : undefined;
  const tenant: Obj = {
    ...base,
    id: v.id,
    name: v.name.trim(),
    locale: v.locale,
    timezone: v.timezone.trim(),
    ceo: v.ceo,
    rituals: v.rituals.map((r) => ({
      id: r.id || slugOf(r.name, 40),
      name: r.name.trim(),
      match: r.match,
      cadence: r.cadence,
    })),
    sources: dropUndefined(sources),
    output: dropUndefined(output),
    sensitivity: v.sensitivity,
    schedule: { day: v.day, time: v.time },
  };
  for (const key of ["name", "timezone", "ceo"] as const) if (tenant[key] === "") delete tenant[key];
  const result = validateTenant(tenant);
  const issues = [...local, ...(result.ok ? [] : result.issues)];
  return { tenant: result.ok && local.length === 0 ? (result.tenant as unknown as Obj) : tenant, issues };
}

function dropUndefined(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
}

/** A ritual's id is not a form field: its problems show under the ritual's name. */
export function shownAt(path: string): string {
  return path.replace(/^(rituals\[\d+\])\.id$/, "$1.name");
}
