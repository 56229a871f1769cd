/**
 * Data-source query semantics: filters (compound, timestamp, property), sorts, and the cursor
 * pagination every Notion list shares. A filter Notion would reject is a validation_error here.
 */
import { plainTextOf } from "./build.js";
import { bodyInvalid, validationError } from "./errors.js";
import { isObject, type JsonObject } from "./ids.js";
import type { PageRecord, PropertySchema } from "./store.js";

type Schema = Record<string, PropertySchema>;
type Condition = Record<string, unknown>;

export function matchesFilter(
  page: PageRecord,
  filter: unknown,
  schema: Schema,
  path = "body.filter",
): boolean {
  if (!isObject(filter)) throw bodyInvalid(path, "an object", filter);
  if (Array.isArray(filter.and))
    return filter.and.every((f, i) => matchesFilter(page, f, schema, `${path}.and[${i}]`));
  if (Array.isArray(filter.or))
    return filter.or.some((f, i) => matchesFilter(page, f, schema, `${path}.or[${i}]`));
  if (filter.timestamp === "last_edited_time" || filter.timestamp === "created_time") {
    const condition = filter[filter.timestamp];
    if (!isObject(condition)) throw bodyInvalid(`${path}.${filter.timestamp}`, "an object", condition);
    return matchesDate(page[filter.timestamp] as string, condition, `${path}.${filter.timestamp}`);
  }
  if (typeof filter.property !== "string") throw bodyInvalid(`${path}.property`, "a string", filter.property);
  return matchesProperty(page, filter, schema, path);
}

function matchesProperty(page: PageRecord, filter: JsonObject, schema: Schema, path: string): boolean {
  const name = filter.property as string;
  const property = schema[name] ?? Object.values(schema).find((p) => p.id === name);
  if (!property) throw validationError(`Could not find property with name or id: ${name}`);
  const kind = Object.keys(filter).find((k) => k !== "property");
  const condition = kind === undefined ? undefined : filter[kind];
  if (kind === undefined || !isObject(condition)) throw bodyInvalid(`${path}`, "a property filter", filter);
  if (!compatible(property.type, kind)) {
    throw validationError(`database property ${property.type} does not match filter ${kind}`);
  }
  const value = page.properties[property.name]?.[property.type];
  const at = `${path}.${kind}`;
  switch (kind) {
    case "title":
    case "rich_text":
      return matchesText(plainTextOf(value), condition, at);
    case "select":
    case "status":
      return matchesText(isObject(value) ? String(value.name) : "", condition, at);
    case "multi_select":
      return matchesMulti(Array.isArray(value) ? value.map((v) => String(v.name)) : [], condition, at);
    case "date":
      return matchesDate(isObject(value) ? (value.start as string) : undefined, condition, at);
    case "number":
      return matchesNumber(typeof value === "number" ? value : undefined, condition, at);
    case "checkbox":
      return matchesCheckbox(value === true, condition, at);
    default:
      throw validationError(`Filtering on ${kind} properties is not supported by the Notion fake.`);
  }
}

function compatible(propertyType: string, filterKind: string): boolean {
  if (propertyType === filterKind) return true;
  // Text filters apply to title and rich_text alike in Notion.
  return ["title", "rich_text"].includes(propertyType) && ["title", "rich_text"].includes(filterKind);
}

function operator(condition: Condition, path: string, allowed: readonly string[]): [string, unknown] {
  const entries = Object.entries(condition);
  const first = entries[0];
  if (entries.length !== 1 || first === undefined || !allowed.includes(first[0])) {
    throw bodyInvalid(path, `one of ${allowed.join(", ")}`, condition);
  }
  return first;
}

const TEXT_OPS = [
  "equals",
  "does_not_equal",
  "contains",
  "does_not_contain",
  "starts_with",
  "ends_with",
  "is_empty",
  "is_not_empty",
];

function matchesText(text: string, condition: Condition, path: string): boolean {
  const [op, arg] = operator(condition, path, TEXT_OPS);
  const s = String(arg);
  const ops: Record<string, () => boolean> = {
    equals: () => text === s,
    does_not_equal: () => text !== s,
    contains: () => text.includes(s),
    does_not_contain: () => !text.includes(s),
    starts_with: () => text.startsWith(s),
    ends_with: () => text.endsWith(s),
    is_empty: () => text === "",
    is_not_empty: () => text !== "",
  };
  return ops[op]?.() ?? false;
}

function matchesMulti(names: string[], condition: Condition, path: string): boolean {
  const [op, arg] = operator(condition, path, ["contains", "does_not_contain", "is_empty", "is_not_empty"]);
  if (op === "contains") return names.includes(String(arg));
  if (op === "does_not_contain") return !names.includes(String(arg));
  return op === "is_empty" ? names.length === 0 : names.length > 0;
}

const DATE_OPS = ["equals", "before", "after", "on_or_before", "on_or_after", "is_empty", "is_not_empty"];

function matchesDate(value: string | undefined, condition: Condition, path: string): boolean {
  const [op, arg] = operator(condition, path, DATE_OPS);
  if (op === "is_empty") return value === undefined;
  if (op === "is_not_empty") return value !== undefined;
  if (typeof arg !== "string" || Number.isNaN(Date.parse(arg))) {
    throw bodyInvalid(`${path}.${op}`, "a valid ISO 8601 date string", arg);
  }
  if (value === undefined) return false;
  // A date-only bound compares calendar days; a date-time bound compares instants.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(arg);
  const left = dayOnly ? value.slice(0, 10) : Date.parse(value);
  const right = dayOnly ? arg : Date.parse(arg);
  const ops: Record<string, () => boolean> = {
    equals: () => left === right,
    before: () => left < right,
    after: () => left > right,
    on_or_before: () => left <= right,
    on_or_after: () => left >= right,
  };
  return ops[op]?.() ?? false;
}

const NUMBER_OPS = [
  "equals",
  "does_not_equal",
  "greater_than",
  "less_than",
  "greater_than_or_equal_to",
  "less_than_or_equal_to",
  "is_empty",
  "is_not_empty",
];

function matchesNumber(value: number | undefined, condition: Condition, path: string): boolean {
  const [op, arg] = operator(condition, path, NUMBER_OPS);
  if (op === "is_empty") return value === undefined;
  if (op === "is_not_empty") return value !== undefined;
  if (typeof arg !== "number") throw bodyInvalid(`${path}.${op}`, "a number", arg);
  if (value === undefined) return false;
  const ops: Record<string, () => boolean> = {
    equals: () => value === arg,
    does_not_equal: () => value !== arg,
    greater_than: () => value > arg,
    less_than: () => value < arg,
    greater_than_or_equal_to: () => value >= arg,
    less_than_or_equal_to: () => value <= arg,
  };
  return ops[op]?.() ?? false;
}

function matchesCheckbox(value: boolean, condition: Condition, path: string): boolean {
  const [op, arg] = operator(condition, path, ["equals", "does_not_equal"]);
  if (typeof arg !== "boolean") throw bodyInvalid(`${path}.${op}`, "a boolean", arg);
  return op === "equals" ? value === arg : value !== arg;
}

/** Sorts rows; the first sort wins, ties fall to the next, then to the input order. */
export function sortPages(pages: PageRecord[], sorts: unknown, schema: Schema): PageRecord[] {
  if (sorts === undefined) return pages;
  if (!Array.isArray(sorts)) throw bodyInvalid("body.sorts", "an array", sorts);
  const keys = sorts.map((sort, i) => sortKey(sort, schema, `body.sorts[${i}]`));
  return [...pages].sort((a, b) => {
    for (const { value, sign } of keys) {
      const [x, y] = [value(a), value(b)];
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  });
}

function sortKey(sort: unknown, schema: Schema, path: string) {
  if (!isObject(sort)) throw bodyInvalid(path, "an object", sort);
  const sign = sort.direction === "descending" ? -1 : 1;
  if (sort.timestamp === "created_time" || sort.timestamp === "last_edited_time") {
    const field = sort.timestamp;
    return { sign, value: (p: PageRecord) => String(p[field]) };
  }
  const name = String(sort.property);
  const property = schema[name] ?? Object.values(schema).find((p) => p.id === name);
  if (!property) throw validationError(`Could not find sort property with name or id: ${name}`);
  return { sign, value: (p: PageRecord) => sortable(p.properties[property.name]?.[property.type]) };
}

function sortable(value: unknown): string | number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (Array.isArray(value)) return plainTextOf(value);
  if (isObject(value)) return String(value.start ?? value.name ?? "");
  return "";
}

/** Notion's cursors are the id of the next item; an unknown cursor is a validation_error. */
export function paginate<T extends { id: string }>(items: T[], startCursor: unknown, pageSize: number) {
  let start = 0;
  if (startCursor !== undefined && startCursor !== null && startCursor !== "") {
    start = items.findIndex((item) => item.id === startCursor);
    if (start < 0) throw validationError(`The start_cursor provided is invalid: ${String(startCursor)}`);
  }
  const slice = items.slice(start, start + pageSize);
  const next = items[start + pageSize];
  return { results: slice, has_more: next !== undefined, next_cursor: next?.id ?? null };
}
