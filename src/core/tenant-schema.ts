/**
 * The one description of `tenant.json` (zod 4). The CLI, the service's `config` endpoint and
 * the add-on's form all validate with it, so a field path and its message are the same
 * everywhere. Every field carries one message id (tenant-messages.ts), whatever the way
 * it is wrong, as the hand-written checks did before; optional keys that are absent or
 * null take the documented default (TENANT_DEFAULTS).
 */
import * as z from "zod";
import { CADENCES, type Cadence, LOCALES, type Locale } from "./model.js";
import { compileRitualPattern } from "./ritual-pattern.js";
import { SIGNAL_IDS } from "./signals/types.js";
import { encode, type MessageId } from "./tenant-messages.js";

export const MIN_GROUP_SIZE_FLOOR = 3;
export const SENSITIVITIES = ["low", "normal", "high"] as const;

/** Defaults of the optional keys of `tenant.json`. */
export const TENANT_DEFAULTS = {
  /** Monday to Friday, 8 hours a day. */
  workweek: { days: [1, 2, 3, 4, 5], hoursPerDay: 8 },
  sensitivity: "normal",
  /** Privacy floor: never below 3 (MIN_GROUP_SIZE_FLOOR). */
  privacy: { minGroupSize: 5 },
  baselineWeeks: 8,
  thresholds: {},
  sources: {},
  output: {},
  /** Who may edit the configuration through the service (besides the service's operators). */
  admins: [],
  assistants: [],
  /** Who may compare this tenant's aggregates with other clients'; removing an email revokes it. */
  consultants: [],
  /** Consultants see org-level aggregates only, unless the tenant allows team-level ones. */
  consultantTeamFigures: false,
  /** Weekly run: ISO day (1 = Monday … 7 = Sunday) and local time in `timezone`. */
  schedule: { day: 1, time: "06:00" },
} as const;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const hook = (id: MessageId, params: Record<string, string> = {}) => ({ error: () => encode(id, params) });

const text = () => z.string(hook("string")).refine((s) => s.trim() !== "", hook("string"));

const email = () =>
  text()
    .refine((s) => EMAIL.test(s.trim()), hook("email"))
    .transform((s) => s.trim().toLowerCase());

const emails = () =>
  z
    .array(email(), hook("array"))
    .nullish()
    .transform((list) => [...new Set(list ?? [])]);

const integer = (min: number, max: number) => {
  const h = hook("integer", { min: String(min), max: String(max) });
  return z.number(h).int(h).min(min, h).max(max, h);
};

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, hook("oneOf", { values: values.join(", ") }));

/** An object that names its unknown keys, all of them, with the keys it expected. */
function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  const expected = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? encode("unknownKeys", { expected }) : encode("object"),
  });
}

/** Optional key: absent or null (as a form may save) both take `fallback`. */
function opt<S extends z.ZodType, D extends z.output<S>>(schema: S, fallback: () => D) {
  return schema.nullish().transform((v): z.output<S> => v ?? fallback());
}

/** Optional key with no default: absent, null and missing all leave it out. */
function maybe<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((v): z.output<S> | undefined => v ?? undefined);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const ritual = strict({
  id: text().refine((s) => SLUG.test(s), hook("slug")),
  name: text(),
  match: text().superRefine((source, ctx) => {
    const compiled = compileRitualPattern(source);
    if (!compiled.ok)
      ctx.addIssue({ code: "custom", input: source, message: encode("text", { ...compiled.problem }) });
  }),
  cadence: oneOf(CADENCES as readonly [Cadence, ...Cadence[]]),
});

const rituals = z.array(ritual, hook("array")).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((r, i) => {
    if (seen.has(r.id))
      ctx.addIssue({ code: "custom", path: [i, "id"], message: encode("duplicateRitual", { id: r.id }) });
    seen.add(r.id);
  });
});

const workdays = z
  .array(integer(1, 7), hook("array"))
  .min(1, hook("workdaysEmpty"))
  .refine((days) => new Set(days).size === days.length, hook("workdaysTwice"))
  .transform((days) => [...days].sort((a, b) => a - b));

const hours = z
  .number(hook("numberRange", { min: "1", max: "24" }))
  .min(1, hook("numberRange", { min: "1", max: "24" }))
  .max(24, hook("numberRange", { min: "1", max: "24" }));

const workweek = strict({
  days: opt(workdays, () => [...TENANT_DEFAULTS.workweek.days]),
  hoursPerDay: opt(hours, () => TENANT_DEFAULTS.workweek.hoursPerDay),
});

const privacy = strict({
  minGroupSize: opt(integer(MIN_GROUP_SIZE_FLOOR, 1000), () => TENANT_DEFAULTS.privacy.minGroupSize),
});

const signalThresholds = z.record(z.string(), z.number(hook("number")), hook("object"));
const thresholds = strict(
  Object.fromEntries(SIGNAL_IDS.map((id) => [id, maybe(signalThresholds)])) as Record<
    (typeof SIGNAL_IDS)[number],
    ReturnType<typeof maybe<typeof signalThresholds>>
  >,
).transform(
  (o) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<
      string,
      Record<string, number>
    >,
);

const sources = strict({
  calendars: maybe(z.array(text(), hook("array"))),
  driveFolderId: maybe(text()),
  notionNotesDataSourceId: maybe(text()),
  notionStrategyPageIds: maybe(z.array(text(), hook("array"))),
}).transform(withoutUndefined);

const output = strict({
  notion: maybe(
    strict({ parentPageId: maybe(text()), alertsDataSourceId: maybe(text()) }).transform(withoutUndefined),
  ),
  googleDoc: maybe(strict({ folderId: maybe(text()) }).transform(withoutUndefined)),
}).transform(withoutUndefined);

const schedule = strict({
  day: opt(integer(1, 7), () => TENANT_DEFAULTS.schedule.day),
  time: opt(z.string(hook("time")).regex(TIME, hook("time")), () => TENANT_DEFAULTS.schedule.time),
});

export const tenantSchema = strict({
  id: text().refine((s) => SLUG.test(s) && s.length <= 63, hook("tenantSlug")),
  name: text(),
  timezone: text().refine(isTimeZone, hook("timezone")),
  locale: oneOf(LOCALES as readonly [Locale, ...Locale[]]),
  ceo: email(),
  rituals,
  workweek: opt(workweek, () => ({ days: [...TENANT_DEFAULTS.workweek.days], hoursPerDay: 8 })),
  sensitivity: opt(oneOf(SENSITIVITIES), () => TENANT_DEFAULTS.sensitivity),
  privacy: opt(privacy, () => ({ ...TENANT_DEFAULTS.privacy })),
  baselineWeeks: opt(integer(3, 26), () => TENANT_DEFAULTS.baselineWeeks),
  thresholds: opt(thresholds, () => ({})),
  sources: opt(sources, () => ({})),
  output: opt(output, () => ({})),
  admins: emails(),
  assistants: emails(),
  consultants: emails(),
  consultantTeamFigures: opt(z.boolean(hook("boolean")), () => TENANT_DEFAULTS.consultantTeamFigures),
  schedule: opt(schedule, () => ({ ...TENANT_DEFAULTS.schedule })),
  /** The Google Workspace admin the service impersonates (Directory, Drive); else the service's default. */
  googleAdmin: maybe(email()),
}).superRefine((t, ctx) => {
  // The weekly doc written into the notes folder would be read back as a meeting note.
  const folder = t.output.googleDoc?.folderId;
  if (folder && folder === t.sources.driveFolderId) {
    ctx.addIssue({
      code: "custom",
      path: ["output", "googleDoc", "folderId"],
      input: folder,
      message: encode("folderConflict"),
    });
  }
});

export type ValidTenant = z.output<typeof tenantSchema>;

/** Leaves absent optional keys out rather than `undefined`, as the file had them. */
function withoutUndefined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
