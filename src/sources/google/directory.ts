/**
 * Admin SDK Directory `users.list` → Person[]. Team, site and manager follow SPEC "People".
 */
import type { admin_directory_v1 } from "@googleapis/admin";
import { BadInputError } from "../../core/errors.js";
import type { Person } from "../../core/model.js";
import { isObject, pagedItems, show, str } from "../json-input.js";

type User = admin_directory_v1.Schema$User;
type Organization = admin_directory_v1.Schema$UserOrganization;

/** One `users.list` response or an array of its pages. Throws BadInputError on a malformed user. */
export function normaliseUsers(raw: unknown, file: string): Person[] {
  return pagedItems(raw, "users", file).map(({ item, path }) => normaliseUser(item, file, path));
}

export function normaliseUser(raw: unknown, file: string, path: string): Person {
  if (!isObject(raw)) throw new BadInputError(file, path, `expected a user object, got ${show(raw)}`);
  const user = raw as User;
  const email = str(user.primaryEmail);
  if (!email)
    throw new BadInputError(file, `${path}.primaryEmail`, `expected an email, got ${show(raw.primaryEmail)}`);
  return {
    email: email.toLowerCase(),
    name: str(user.name?.fullName) ?? fullName(user) ?? email,
    team: str(primaryOrganization(user)?.department),
    site: site(user),
    manager: manager(user),
    // Archived users left the company as much as suspended ones: neither counts as present.
    suspended: user.suspended === true || user.archived === true,
  };
}

function fullName(user: User): string | null {
  const parts = [str(user.name?.givenName), str(user.name?.familyName)].filter(Boolean);
  return parts.length ? parts.join(" ") : null;
}

function primaryOrganization(user: User): Organization | undefined {
  const orgs = asArray<Organization>(user.organizations);
  return orgs.find((o) => o.primary === true) ?? orgs[0];
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
