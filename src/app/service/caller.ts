/**
 * Who is calling the service, and what they may do. `authenticate` answers 401 for anything but a
 * valid Google ID token for this service from an accepted Workspace domain; `authorize` answers 403
 * when that person is neither an admin nor an assistant of the tenant they ask about. The two stay
 * apart so that a valid caller of one tenant asking for another learns only "forbidden".
 */
import type { ConfigRoles } from "../../store/configs.js";
import { IdTokenError, type IdTokenIdentity, type IdTokenVerifier } from "../../upstream/google/id-token.js";
import { bearer, HttpError, type ServiceRequest } from "./http.js";

export interface CallerPolicy {
  verify: IdTokenVerifier;
  /**
   * Workspace domains (`hd`) accepted; null accepts any Workspace domain. Consumer accounts (no `hd`)
   * are always refused: tenants are companies.
   */
  allowedDomains: readonly string[] | null;
}

export type EditorRole = "admin" | "assistant";

export async function authenticate(req: ServiceRequest, policy: CallerPolicy): Promise<IdTokenIdentity> {
  const token = bearer(req.headers);
  if (!token)
    throw new HttpError(401, "unauthenticated", "expected an Authorization: Bearer <Google ID token> header");
  let identity: IdTokenIdentity;
  try {
    identity = await policy.verify(token);
  } catch (e) {
    if (e instanceof IdTokenError) throw new HttpError(401, "unauthenticated", e.message);
    throw e;
  }
  if (!identity.email) throw new HttpError(401, "unauthenticated", "ID token refused: no verified email");
  const domain = identity.email.split("@")[1] ?? "";
  if (!identity.hostedDomain || identity.hostedDomain !== domain) {
    throw new HttpError(
      401,
      "unauthenticated",
      "ID token refused: not a Google Workspace account of its domain",
    );
  }
  if (policy.allowedDomains && !policy.allowedDomains.includes(identity.hostedDomain)) {
    throw new HttpError(
      401,
      "unauthenticated",
      `ID token refused: the domain ${identity.hostedDomain} is not served here`,
    );
  }
  return identity;
}

/**
 * The caller's role on the tenant, or 403. `roles` are the configuration's pseudonyms (null when no
 * configuration exists), compared with the pseudonym of the caller's verified email: the check needs
 * no address from the store.
 */
export function authorize(
  identity: IdTokenIdentity,
  tenantId: string,
  roles: ConfigRoles | null,
  pseudonym: (email: string) => string,
): EditorRole {
  const who = pseudonym(identity.email);
  if (roles?.admins.includes(who)) return "admin";
  if (roles?.assistants.includes(who)) return "assistant";
  throw new HttpError(403, "forbidden", `not an admin or assistant of tenant "${tenantId}"`);
}

/** `VIGIE_ALLOWED_DOMAINS` (comma-separated), or null for any Workspace domain. */
export function allowedDomainsFrom(value: string | undefined): string[] | null {
  const list = (value ?? "")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  return list.length > 0 ? list : null;
}
