/**
 * Admin SDK Directory `users.list` → Person[]. Team, site and manager follow SPEC "People".
 */
import type { admin_directory_v1 } from "@googleapis/admin";
import { BadInputError } from "../../core/errors.js";
import type { Person } from "../../core/model.js";
import { isObject, pagedItems, show, str } from "../json-input.js";

type User = admin_directory_v1.Schema$User;
type Organization = admin_directory_v1.Schema$UserOrganization;

/**
 * One `users.list` response or an array of its pages. Throws BadInputError on a malformed user;
 * a field read otherwise than written (a department that is a number) goes to `warn`, one message
 * per field for the whole file.
 */
export function normaliseUsers(raw: unknown, file: string, warn?: (message: string) => void): Person[] {
  const odd = new Map<string, { paths: string[]; value: unknown; outcome: string }>();
  const note: FieldNote = (field, path, value, outcome) => {
    const seen = odd.get(field) ?? { paths: [], value, outcome };
    seen.paths.push(path);
    odd.set(field, seen);
  };
  const people = pagedItems(raw, "users", file).map(({ item, path }) =>
    normaliseUser(item, file, path, note),
  );
  for (const [field, { paths, value, outcome }] of odd) {
    const more = paths.length > 1 ? ` (and ${paths.length - 1} other users)` : "";
    warn?.(`${paths[0]}.${field}${more}: expected a string, got ${show(value)}; ${outcome}`);
  }
  return people;
}

type FieldNote = (field: string, path: string, value: unknown, outcome: string) => void;

export function normaliseUser(raw: unknown, file: string, path: string, note?: FieldNote): Person {
  if (!isObject(raw)) throw new BadInputError(file, path, `expected a user object, got ${show(raw)}`);
  const user = raw as User;
  const email = str(user.primaryEmail);
  if (!email)
    throw new BadInputError(file, `${path}.primaryEmail`, `expected an email, got ${show(raw.primaryEmail)}`);
  return {
    email: email.toLowerCase(),
    name: str(user.name?.fullName) ?? fullName(user) ?? email,
    team: team(user, path, note),
    site: site(user),
    manager: manager(user),
    // Archived users left the company as much as suspended ones: neither counts as present.
    suspended: user.suspended === true || user.archived === true,
    ...(str(user.creationTime) ? { joined: str(user.creationTime) } : {}),
  };
}

function fullName(user: User): string | null {
  const parts = [str(user.name?.givenName), str(user.name?.familyName)].filter(Boolean);
  return parts.length ? parts.join(" ") : null;
}

function primaryOrganization(user: User): { org: Organization; index: number } | undefined {
  const orgs = asArray<Organization>(user.organizations);
  const index = Math.max(
    0,
    orgs.findIndex((o) => o.primary === true),
  );
  const org = orgs[index];
  return org ? { org, index } : undefined;
}

/** The primary department; a number (a cost-centre code) is that code's text, and named. */
function team(user: User, path: string, note?: FieldNote): string | null {
  const found = primaryOrganization(user);
  const department: unknown = found?.org.department;
  if (typeof department === "number" && Number.isFinite(department)) {
    note?.(`organizations[${found?.index}].department`, path, department, `read as the team "${department}"`);
    return String(department);
  }
  if (department !== undefined && department !== null && typeof department !== "string") {
    note?.(`organizations[${found?.index}].department`, path, department, "read without a team");
  }
  return str(department)?.trim() || null;
}

function site(user: User): string | null {
  const building = str(asArray<{ buildingId?: unknown }>(user.locations)[0]?.buildingId);
  if (building) return building;
  const segments = (str(user.orgUnitPath) ?? "").split("/").filter(Boolean);
  return segments.at(-1) ?? null;
}

function manager(user: User): string | null {
  const rel = asArray<{ type?: unknown; value?: unknown }>(user.relations).find((r) => r.type === "manager");
  return str(rel?.value)?.toLowerCase() ?? null;
}

/** Directory typings say `any` for these multi-valued fields: accept only arrays of objects. */
function asArray<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v.filter(isObject) as T[]) : [];
}
