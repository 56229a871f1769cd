/**
 * `tenant.json` validation: the object the sidebar saves, checked key by key so that a
 * mistake is reported with the file and the exact field path, and every optional key
 * gets its documented default.
 */
import { IANAZone } from "luxon";
import { BadInputError } from "./errors.js";
import {
  CADENCES,
  LOCALES,
  type OutputConfig,
  type RitualConfig,
  type SourcesConfig,
  type Tenant,
} from "./model.js";
import { SIGNAL_IDS } from "./signals/types.js";

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
} as const satisfies Partial<Tenant>;

export const MIN_GROUP_SIZE_FLOOR = 3;
const SENSITIVITIES = ["low", "normal", "high"] as const;
const TENANT_KEYS = ["id", "name", "timezone", "locale", "ceo", "rituals", ...Object.keys(TENANT_DEFAULTS)];
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

type Obj = Record<string, unknown>;
const NO_VALUE = Symbol("no value");

/** Reads one field path; every check throws a BadInputError naming file and path. */
class Reader {
  constructor(readonly file: string) {}

  fail(path: string, expected: string, got: unknown = NO_VALUE): never {
    const tail = got === NO_VALUE ? "" : `, got ${show(got)}`;
    throw new BadInputError(this.file, path || null, `${expected}${tail}`);
  }

  object(v: unknown, path: string, keys: readonly string[]): Obj {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(path, "expected an object", v);
    const unknown = Object.keys(v).filter((k) => !keys.includes(k));
    if (unknown.length > 0) {
      const names = unknown.map((k) => `"${k}"`).join(", ");
      this.fail(at(path, unknown[0] ?? ""), `unknown key ${names}; expected one of ${keys.join(", ")}`);
    }
    return v as Obj;
  }

  string(v: unknown, path: string): string {
    if (typeof v !== "string" || v.trim() === "") this.fail(path, "expected a non-empty string", v);
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
    if (!values.includes(v as T)) this.fail(path, `expected one of ${values.join(", ")}`, v);
    return v as T;
  }

  integer(v: unknown, path: string, min: number, max: number): number {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      this.fail(path, `expected an integer from ${min} to ${max}`, v);
    }
    return v;
  }

  array(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, "expected an array", v);
    return v;
  }

  strings(v: unknown, path: string): string[] {
    return this.array(v, path).map((s, i) => this.string(s, `${path}[${i}]`));
  }
}

function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function show(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Optional keys: absent or null (as a form may save) both mean "use the default". */
function opt<T>(o: Obj, key: string, read: (v: unknown) => T): T | undefined {
  const v = o[key];
  return v === undefined || v === null ? undefined : read(v);
}

function required(r: Reader, o: Obj, key: string, path = ""): unknown {
  if (o[key] === undefined || o[key] === null) r.fail(at(path, key), "required");
  return o[key];
}

export function parseTenant(raw: unknown, file: string): Tenant {
  const r = new Reader(file);
  const o = r.object(raw, "", TENANT_KEYS);
  const timezone = r.string(required(r, o, "timezone"), "timezone");
  if (!IANAZone.isValidZone(timezone))
    r.fail("timezone", "expected an IANA time zone like Europe/Paris", timezone);
  const ceo = r
    .string(required(r, o, "ceo"), "ceo")
    .trim()
    .toLowerCase();
  if (!EMAIL.test(ceo)) r.fail("ceo", "expected an email address", o.ceo);
  const sources = opt(o, "sources", (v) => parseSources(r, v)) ?? {};
  const output = opt(o, "output", (v) => parseOutput(r, v)) ?? {};
  // The weekly doc written into the notes folder would be read back as a meeting note.
  if (output.googleDoc?.folderId && output.googleDoc.folderId === sources.driveFolderId) {
    r.fail(
      "output.googleDoc.folderId",
      "expected a folder other than sources.driveFolderId",
      output.googleDoc.folderId,
    );
  }
  return {
    id: r.string(required(r, o, "id"), "id"),
    name: r.string(required(r, o, "name"), "name"),
    timezone,
    locale: r.oneOf(required(r, o, "locale"), "locale", LOCALES),
    ceo,
    rituals: parseRituals(r, required(r, o, "rituals")),
    workweek: opt(o, "workweek", (v) => parseWorkweek(r, v)) ?? {
      days: [...TENANT_DEFAULTS.workweek.days],
      hoursPerDay: TENANT_DEFAULTS.workweek.hoursPerDay,
    },
    sensitivity:
      opt(o, "sensitivity", (v) => r.oneOf(v, "sensitivity", SENSITIVITIES)) ?? TENANT_DEFAULTS.sensitivity,
    privacy: opt(o, "privacy", (v) => parsePrivacy(r, v)) ?? { ...TENANT_DEFAULTS.privacy },
    baselineWeeks:
      opt(o, "baselineWeeks", (v) => r.integer(v, "baselineWeeks", 3, 26)) ?? TENANT_DEFAULTS.baselineWeeks,
    thresholds: opt(o, "thresholds", (v) => parseThresholds(r, v)) ?? {},
    sources,
    output,
  };
}

function parseRituals(r: Reader, v: unknown): RitualConfig[] {
  const seen = new Set<string>();
  return r.array(v, "rituals").map((item, i) => {
    const path = `rituals[${i}]`;
    const o = r.object(item, path, ["id", "name", "match", "cadence"]);
    const id = r.string(required(r, o, "id", path), `${path}.id`);
    if (!SLUG.test(id)) r.fail(`${path}.id`, "expected a slug (lower-case letters, digits, - or _)", id);
    if (seen.has(id)) r.fail(`${path}.id`, `duplicate ritual id "${id}"`);
    seen.add(id);
    const match = r.string(required(r, o, "match", path), `${path}.match`);
    try {
      new RegExp(match, "i");
    } catch (e) {
      r.fail(`${path}.match`, `invalid regular expression (${(e as Error).message})`, match);
    }
    return {
      id,
      name: r.string(required(r, o, "name", path), `${path}.name`),
      match,
      cadence: r.oneOf(required(r, o, "cadence", path), `${path}.cadence`, CADENCES),
    };
  });
}

function parseWorkweek(r: Reader, v: unknown): Tenant["workweek"] {
  const o = r.object(v, "workweek", ["days", "hoursPerDay"]);
  const days = opt(o, "days", (d) =>
    r.array(d, "workweek.days").map((x, i) => r.integer(x, `workweek.days[${i}]`, 1, 7)),
  ) ?? [...TENANT_DEFAULTS.workweek.days];
  if (days.length === 0) r.fail("workweek.days", "expected at least one day (1 = Monday … 7 = Sunday)", days);
  if (new Set(days).size !== days.length) r.fail("workweek.days", "expected each day once", days);
  const hoursPerDay = opt(o, "hoursPerDay", (h) => {
    if (typeof h !== "number" || !(h >= 1 && h <= 24))
      r.fail("workweek.hoursPerDay", "expected a number from 1 to 24", h);
    return h;
  });
  return {
    days: [...days].sort((a, b) => a - b),
    hoursPerDay: hoursPerDay ?? TENANT_DEFAULTS.workweek.hoursPerDay,
  };
}

function parsePrivacy(r: Reader, v: unknown): Tenant["privacy"] {
  const o = r.object(v, "privacy", ["minGroupSize"]);
  const size = opt(o, "minGroupSize", (s) =>
    r.integer(s, "privacy.minGroupSize", MIN_GROUP_SIZE_FLOOR, 1000),
  );
  return { minGroupSize: size ?? TENANT_DEFAULTS.privacy.minGroupSize };
}

function parseThresholds(r: Reader, v: unknown): Tenant["thresholds"] {
  const o = r.object(v, "thresholds", SIGNAL_IDS);
  const out: Tenant["thresholds"] = {};
  for (const [signal, params] of Object.entries(o)) {
    const path = `thresholds.${signal}`;
    const p = r.object(params, path, Object.keys(params ?? {}));
    const numbers: Record<string, number> = {};
    for (const [name, value] of Object.entries(p)) {
      if (typeof value !== "number" || !Number.isFinite(value))
        r.fail(`${path}.${name}`, "expected a number", value);
      numbers[name] = value;
    }
    out[signal] = numbers;
  }
  return out;
}

function parseSources(r: Reader, v: unknown): SourcesConfig {
  const keys = ["calendars", "driveFolderId", "notionNotesDataSourceId", "notionStrategyPageIds"];
  const o = r.object(v, "sources", keys);
  const out: SourcesConfig = {};
  const calendars = opt(o, "calendars", (c) => r.strings(c, "sources.calendars"));
  if (calendars) out.calendars = calendars;
  const drive = opt(o, "driveFolderId", (s) => r.string(s, "sources.driveFolderId"));
  if (drive) out.driveFolderId = drive;
  const notes = opt(o, "notionNotesDataSourceId", (s) => r.string(s, "sources.notionNotesDataSourceId"));
  if (notes) out.notionNotesDataSourceId = notes;
  const strategy = opt(o, "notionStrategyPageIds", (s) => r.strings(s, "sources.notionStrategyPageIds"));
  if (strategy) out.notionStrategyPageIds = strategy;
  return out;
}

function parseOutput(r: Reader, v: unknown): OutputConfig {
  const o = r.object(v, "output", ["notion", "googleDoc"]);
  const out: OutputConfig = {};
  const notion = opt(o, "notion", (n) =>
    stringFields(r, n, "output.notion", ["parentPageId", "alertsDataSourceId"]),
  );
  if (notion) out.notion = notion;
  const doc = opt(o, "googleDoc", (g) => stringFields(r, g, "output.googleDoc", ["folderId"]));
  if (doc) out.googleDoc = doc;
  return out;
}

/** An object whose keys are all optional strings. */
function stringFields(r: Reader, v: unknown, path: string, keys: string[]): Record<string, string> {
  const o = r.object(v, path, keys);
  const out: Record<string, string> = {};
  for (const k of keys) {
    const s = opt(o, k, (x) => r.string(x, `${path}.${k}`));
    if (s !== undefined) out[k] = s;
  }
  return out;
}
