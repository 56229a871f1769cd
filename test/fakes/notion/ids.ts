import { randomUUID } from "node:crypto";

const HEX32 = /^[0-9a-f]{32}$/;

/** Notion accepts ids with or without dashes, in any case; the store keys them dashed and lower-case. */
export function normalizeId(raw: string): string | undefined {
  const hex = raw.toLowerCase().replace(/-/g, "");
  if (!HEX32.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newId(): string {
  return randomUUID();
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
