/**
 * Page properties against a data source's schema: request values are checked the way Notion
 * checks them (unknown name, wrong type, unknown status…) and stored in response shape.
 */
import { plainTextOf, richTextResponse } from "./build.js";
import { bodyInvalid, validationError } from "./errors.js";
import { isObject, type JsonObject, newId } from "./ids.js";
import { checkLength, checkRichText, MAX_TEXT_LENGTH } from "./limits.js";
import type { PageRecord, PropertySchema } from "./store.js";

type Schema = Record<string, PropertySchema>;

const ARRAY_TYPES = new Set(["title", "rich_text", "multi_select", "people", "relation", "files"]);

const READ_ONLY = new Set([
  "created_time",
  "last_edited_time",
  "created_by",
  "last_edited_by",
  "formula",
  "rollup",
  "unique_id",
  "button",
  "verification",
]);

/** Schema config from a test's shorthand: `{ Severity: { select: { options: [{ name: "alert" }] } } }`. */
export function schemaFromConfig(config: Record<string, JsonObject>): Schema {
  const schema: Schema = {};
  for (const [name, raw] of Object.entries(config)) {
    const type =
      typeof raw.type === "string" ? raw.type : Object.keys(raw).find((k) => k !== "id" && k !== "name");
    if (type === undefined)
      throw new Error(`Expected a property type for ${name}, got ${JSON.stringify(raw)}`);
    const body = isObject(raw[type]) ? { ...(raw[type] as JsonObject) } : {};
    if (Array.isArray(body.options)) body.options = body.options.filter(isObject).map(option);
    const id = typeof raw.id === "string" ? raw.id : type === "title" ? "title" : newId().slice(0, 4);
    schema[name] = { id, name, type, description: null, [type]: body };
  }
  return schema;
}

/** Schema inferred from seeded pages: every property seen, select options gathered from values. */
export function inferSchema(pages: PageRecord[]): Schema {
  const schema: Schema = {};
  for (const page of pages) {
    for (const [name, value] of Object.entries(page.properties)) {
      const type = String(value.type);
      const known = schema[name] ?? {
        id: String(value.id ?? name),
        name,
        type,
        description: null,
        [type]: {},
      };
      schema[name] = known;
      if (type === "select" || type === "status") addOptions(known, [value[type]]);
      if (type === "multi_select") addOptions(known, Array.isArray(value[type]) ? value[type] : []);
    }
  }
  return schema;
}

function addOptions(property: PropertySchema, values: unknown[]): void {
  const config = property[property.type] as JsonObject;
  const options = Array.isArray(config.options) ? (config.options as JsonObject[]) : [];
  for (const value of values) {
    if (isObject(value) && !options.some((o) => o.name === value.name)) options.push(option(value));
  }
  config.options = options;
}

function option(raw: JsonObject): JsonObject {
  return {
    id: String(raw.id ?? newId().slice(0, 8)),
    name: String(raw.name),
    color: raw.color ?? "default",
    description: null,
  };
}

/** Values of a new row before the request's properties are applied. */
export function defaultProperties(schema: Schema, createdTime: string): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [name, property] of Object.entries(schema)) {
    out[name] = {
      id: property.id,
      type: property.type,
      [property.type]: emptyValue(property.type, createdTime),
    };
  }
  return out;
}

function emptyValue(type: string, createdTime: string): unknown {
  if (ARRAY_TYPES.has(type)) return [];
  if (type === "checkbox") return false;
  if (type === "created_time" || type === "last_edited_time") return createdTime;
  return null;
}

/** Validates request `properties` for a data-source row; returns the changed values in response shape. */
export function rowProperties(input: unknown, schema: Schema): Record<string, JsonObject> {
  if (input === undefined) return {};
  if (!isObject(input)) throw bodyInvalid("body.properties", "an object", input);
  const out: Record<string, JsonObject> = {};
  for (const [key, raw] of Object.entries(input)) {
    const property = schema[key] ?? Object.values(schema).find((p) => p.id === key);
    if (!property) throw validationError(`${key} is not a property that exists.`);
    if (READ_ONLY.has(property.type)) throw validationError(`${property.name} is a read-only property.`);
    const value = requestValue(raw, property);
    const path = `body.properties.${property.name}.${property.type}`;
    out[property.name] = {
      id: property.id,
      type: property.type,
      [property.type]: propertyValue(value, property, path),
    };
  }
  return out;
}

/** A page under a page has one property, its title: `{ title: [...] }` or `{ title: { title: [...] } }`. */
export function pageTitleProperty(input: unknown): Record<string, JsonObject> {
  if (input === undefined) return { title: { id: "title", type: "title", title: [] } };
  if (!isObject(input)) throw bodyInvalid("body.properties", "an object", input);
  const extra = Object.keys(input).find((k) => k !== "title");
  if (extra !== undefined) {
    throw validationError(
      `${extra} is not a property that exists. A page whose parent is a page only has a title.`,
    );
  }
  const raw = input.title;
  const items = isObject(raw) ? raw.title : raw;
  checkRichText(items ?? [], "body.properties.title.title");
  return { title: { id: "title", type: "title", title: richTextResponse(items) } };
}

function requestValue(raw: unknown, property: PropertySchema): unknown {
  if (isObject(raw) && property.type in raw) return raw[property.type];
  // Notion also takes a bare array for list-valued types (`{ Name: [{ text: … }] }`).
  if (Array.isArray(raw) && ARRAY_TYPES.has(property.type)) return raw;
  throw validationError(`${property.name} is expected to be ${property.type}.`);
}

function propertyValue(value: unknown, property: PropertySchema, path: string): unknown {
  switch (property.type) {
    case "title":
    case "rich_text":
      checkRichText(value, path);
      return richTextResponse(value);
    case "select":
    case "status":
      return choice(value, property, path);
    case "multi_select":
      if (!Array.isArray(value)) throw bodyInvalid(path, "an array", value);
      return value.map((v, i) => choice(v, property, `${path}[${i}]`));
    case "date":
      return dateValue(value, path);
    default:
      return scalarValue(value, property, path);
  }
}

function choice(value: unknown, property: PropertySchema, path: string): unknown {
  if (value === null) return null;
  if (!isObject(value)) throw bodyInvalid(path, "an object", value);
  const config = property[property.type] as JsonObject;
  const options = Array.isArray(config.options) ? (config.options as JsonObject[]) : [];
  const found = options.find((o) => (value.id !== undefined ? o.id === value.id : o.name === value.name));
  if (found) return { id: found.id, name: found.name, color: found.color };
  // Notion creates unknown select options on write, but never status options.
  if (property.type === "status" || typeof value.name !== "string") {
    throw validationError(`Invalid ${property.type} option for ${property.name}: ${JSON.stringify(value)}.`);
  }
  if (value.name.includes(","))
    throw validationError(`Select option names cannot contain commas: ${value.name}.`);
  const created = option(value);
  config.options = [...options, created];
  return { id: created.id, name: created.name, color: created.color };
}

function dateValue(value: unknown, path: string): unknown {
  if (value === null) return null;
  if (!isObject(value) || typeof value.start !== "string" || Number.isNaN(Date.parse(value.start))) {
    throw bodyInvalid(`${path}.start`, "a valid ISO 8601 date string", isObject(value) ? value.start : value);
  }
  return { start: value.start, end: value.end ?? null, time_zone: value.time_zone ?? null };
}

function scalarValue(value: unknown, property: PropertySchema, path: string): unknown {
  const type = property.type;
  if (type === "number" && value !== null && typeof value !== "number")
    throw bodyInvalid(path, "a number", value);
  if (type === "checkbox" && typeof value !== "boolean") throw bodyInvalid(path, "a boolean", value);
  if (type === "url" && value !== null) checkLength(value, path, MAX_TEXT_LENGTH);
  if ((type === "email" || type === "phone_number") && value !== null) checkLength(value, path, 200);
  if (type === "people" || type === "relation") {
    if (!Array.isArray(value)) throw bodyInvalid(path, "an array", value);
    if (value.length > 100) throw bodyInvalid(`${path}.length`, "≤ `100`", value.length);
    return value
      .filter(isObject)
      .map((v) => (type === "people" ? { object: "user", id: v.id } : { id: v.id }));
  }
  return value;
}

/** Title text of a page, whatever its title property is called. */
export function pageTitle(page: PageRecord): string {
  const title = Object.values(page.properties).find((p) => p.type === "title");
  return title ? plainTextOf(title.title) : "";
}
