/**
 * The messages of `tenant.json` validation, in both languages. The CLI prints the English
 * one after the file and field; the `config` endpoint returns both with the field path; the
 * add-on's form shows the user's language beside the field.
 *
 * zod's error hooks return a string, so a schema field stores an encoded message id with its
 * parameters (`encode`) and `describeIssue` turns a zod issue back into both languages.
 */
import type { z } from "zod";
import { type Localised, tr } from "./i18n.js";
import type { Locale } from "./model.js";

const MESSAGES = {
  required: { en: "required", fr: "obligatoire" },
  object: { en: "expected an object", fr: "objet attendu" },
  unknownKeys: {
    en: "unknown key {names}; expected one of {expected}",
    fr: "clé inconnue {names} ; clés possibles : {expected}",
  },
  string: { en: "expected a non-empty string", fr: "texte non vide attendu" },
  oneOf: { en: "expected one of {values}", fr: "valeur attendue parmi {values}" },
  integer: { en: "expected an integer from {min} to {max}", fr: "nombre entier attendu, de {min} à {max}" },
  number: { en: "expected a number", fr: "nombre attendu" },
  numberRange: { en: "expected a number from {min} to {max}", fr: "nombre attendu, de {min} à {max}" },
  boolean: { en: "expected true or false", fr: "true ou false attendu" },
  array: { en: "expected an array", fr: "liste attendue" },
  timezone: {
    en: "expected an IANA time zone like Europe/Paris",
    fr: "fuseau horaire IANA attendu, par exemple Europe/Paris",
  },
  email: { en: "expected an email address", fr: "adresse e-mail attendue" },
  slug: {
    en: "expected a slug (lower-case letters, digits, - or _)",
    fr: "identifiant attendu (minuscules, chiffres, - ou _)",
  },
  tenantSlug: {
    en: "expected a slug of at most 63 characters (lower-case letters, digits, - or _)",
    fr: "identifiant attendu, 63 caractères au plus (minuscules, chiffres, - ou _)",
  },
  duplicateRitual: { en: 'duplicate ritual id "{id}"', fr: "identifiant de rituel en double « {id} »" },
  workdaysEmpty: {
    en: "expected at least one day (1 = Monday … 7 = Sunday)",
    fr: "au moins un jour attendu (1 = lundi … 7 = dimanche)",
  },
  workdaysTwice: { en: "expected each day once", fr: "chaque jour une seule fois" },
  folderConflict: {
    en: "expected a folder other than sources.driveFolderId",
    fr: "dossier attendu différent de sources.driveFolderId (le dossier des notes)",
  },
  time: {
    en: "expected a time of day HH:MM (00:00 to 23:59)",
    fr: "heure attendue au format HH:MM (00:00 à 23:59)",
  },
  /** A message built elsewhere in both languages (RE2's reason for a pattern). */
  text: { en: "{en}", fr: "{fr}" },
} as const satisfies Record<string, Localised>;

export type MessageId = keyof typeof MESSAGES;
type Params = Record<string, string>;

/** Messages that already say what was found, or have nothing to show. */
const WITHOUT_INPUT = new Set<MessageId>(["required", "unknownKeys", "duplicateRitual"]);

/** One problem of a tenant configuration, with its field path (`rituals[0].match`). */
export interface TenantIssue {
  /** `""` for the whole object. */
  path: string;
  message: Localised;
}

export function encode(id: MessageId, params: Params = {}): string {
  return JSON.stringify({ id, params });
}

/** A zod issue in both languages, `, got …` appended when the input is worth showing. */
export function describeIssue(issue: z.core.$ZodIssue): TenantIssue {
  const path = fieldPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return { path: join(path, issue.keys[0] ?? ""), message: render(decode(issue.message), issue) };
  }
  const decoded = decode(issue.message);
  const input = (issue as { input?: unknown }).input;
  const missing = input === undefined || (input === null && issue.code === "invalid_type");
  return { path, message: render(missing ? { id: "required", params: {} } : decoded, issue) };
}

/** `["rituals", 0, "match"]` → `rituals[0].match`. */
export function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>(
    (out, p) => (typeof p === "number" ? `${out}[${p}]` : join(out, String(p))),
    "",
  );
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

interface Decoded {
  id: MessageId;
  params: Params;
}

function decode(message: string): Decoded {
  try {
    const parsed = JSON.parse(message) as Decoded;
    if (parsed && typeof parsed.id === "string" && parsed.id in MESSAGES) return parsed;
  } catch {
    // A message zod wrote itself (a schema field without our hook): shown as it is.
  }
  return { id: "text", params: { en: message, fr: message } };
}

function render(d: Decoded, issue: z.core.$ZodIssue): Localised {
  const input = (issue as { input?: unknown }).input;
  const showInput = !WITHOUT_INPUT.has(d.id) && input !== undefined;
  const params =
    issue.code === "unrecognized_keys"
      ? { ...d.params, names: issue.keys.map((k) => `"${k}"`).join(", ") }
      : d.params;
  const out = {} as Localised;
  for (const locale of ["en", "fr"] as const satisfies readonly Locale[]) {
    const text = tr(locale, MESSAGES[d.id], params);
    out[locale] = showInput ? `${text}${locale === "fr" ? ", reçu" : ", got"} ${show(input)}` : text;
  }
  return out;
}

/** A short rendering of what was found: a 100 KB pattern must not become a 100 KB message. */
export function show(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
