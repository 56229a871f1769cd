/**
 * Email addresses out of a JSON value: every address in every string (a whole field such as `ceo`, or
 * one inside a calendar id or a title) becomes the person's keyed pseudonym, so a stored configuration
 * still says who is an admin — comparable with the pseudonym of a caller's verified email — without
 * holding an address.
 */
import { pseudonym } from "./pseudonyms.js";

/** An address anywhere in a string; the same shape `tenant.json` validation accepts. */
const EMAIL_IN_TEXT = /[^@\s"'<>(),;:]+@[^@\s"'<>(),;:]+\.[^@\s"'<>(),;:]+/g;

export function redactEmails<T>(value: T, key: Uint8Array): T {
  return walk(value, key) as T;
}

function walk(value: unknown, key: Uint8Array): unknown {
  if (typeof value === "string") return value.replace(EMAIL_IN_TEXT, (email) => pseudonym(key, email));
  if (Array.isArray(value)) return value.map((v) => walk(v, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, key)]));
  }
  return value;
}

/** Whether a JSON value still holds something shaped like an address (tests, canaries). */
export function holdsEmail(value: unknown): boolean {
  return new RegExp(EMAIL_IN_TEXT.source).test(JSON.stringify(value));
}
