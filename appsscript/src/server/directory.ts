/**
 * The company directory, for picking the CEO and the people in scope: the Admin SDK Directory
 * advanced service, read-only, with the public view any domain user may read.
 */
import { say, UserError } from "./messages";
import { shortReason } from "./service";

export interface DirectoryPerson {
  email: string;
  name: string;
  team: string | null;
}

/** An SME fits; beyond this the sidebar asks to narrow the list by name. */
const MAX_PEOPLE = 2000;

export function listPeople(): DirectoryPerson[] {
  const directory = AdminDirectory;
  if (!directory?.Users) throw new UserError(say("noDirectory", { reason: "AdminDirectory" }));
  const people: DirectoryPerson[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const page = directory.Users.list({
        customer: "my_customer",
        viewType: "domain_public",
        orderBy: "email",
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      for (const u of page.users ?? []) {
        if (u.primaryEmail && !u.suspended) people.push(personOf(u));
      }
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken && people.length < MAX_PEOPLE);
  } catch (e) {
    throw new UserError(say("noDirectory", { reason: shortReason(e) }));
  }
  return people.slice(0, MAX_PEOPLE);
}

function personOf(u: GoogleAppsScript.AdminDirectory.Schema.User): DirectoryPerson {
  const orgs = (u.organizations ?? []) as { primary?: boolean; department?: string }[];
  const org = orgs.find((o) => o.primary) ?? orgs[0];
  return {
    email: (u.primaryEmail ?? "").toLowerCase(),
    name: u.name?.fullName ?? u.primaryEmail ?? "",
    team: org?.department ?? null,
  };
}
