/**
 * Admin SDK Directory `users.list` → google/directory/users.json, as the array of page responses.
 * The directory has no change feed worth its cost here: one request per 500 users lists it all.
 */
import type { admin_directory_v1 } from "@googleapis/admin";
import type { GoogleClients } from "../../../upstream/google/clients.js";
import type { Upstream } from "../../../upstream/upstream.js";
import type { WorkspaceWriter } from "../../sync/types.js";
import { USERS_FILE } from "../../workspace-folder.js";
import { allPages, writeIfChanged } from "./paging.js";

type User = admin_directory_v1.Schema$User;
type UsersPage = admin_directory_v1.Schema$Users;

export interface DirectorySyncInput {
  clients: GoogleClients;
  upstream: Upstream;
  out: WorkspaceWriter;
  /** An administrator: only they may list the domain's users. */
  adminSubject: string;
}

export interface DirectorySyncResult {
  users: User[];
  /** Users written: all of them when the directory changed, else 0. */
  written: number;
}

export async function syncDirectory(input: DirectorySyncInput): Promise<DirectorySyncResult> {
  const client = input.clients.directory(input.adminSubject);
  const pages = await allPages(async (pageToken) => {
    const params = { customer: "my_customer", maxResults: 500, pageToken };
    const response = await input.upstream.call("directory users.list", () => client.users.list(params), {
      idempotent: true,
    });
    return response.data;
  });
  const users = pages.flatMap((page) => page.users ?? []);
  const changed = await writeIfChanged(input.out, USERS_FILE, pages, usersOf);
  return { users, written: changed ? users.length : 0 };
}

/** Who may have a calendar to read: not suspended, not archived, not deleted. */
export function activeUserEmails(users: User[]): string[] {
  return users
    .filter((user) => !user.suspended && !user.archived && !user.deletionTime && user.primaryEmail)
    .map((user) => String(user.primaryEmail).toLowerCase());
}

function usersOf(pages: unknown): unknown {
  const list = Array.isArray(pages) ? (pages as UsersPage[]) : [pages as UsersPage];
  return list.flatMap((page) => page?.users ?? []);
}
