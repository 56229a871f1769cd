/**
 * Who may edit a tenant through the add-on: `authenticate` (a valid Google ID token), then the role.
 * Once a configuration is saved, the role comes from it and only from it. Before that, the only editors
 * are the first admins an operator registered (`vigie tenant add`), signed in from the registered
 * Workspace domain; everybody else learns only "forbidden".
 */
import type { ConfigVersion } from "../../store/configs.js";
import { Registrations } from "../../store/registrations.js";
import type { Store, TenantStore } from "../../store/store.js";
import type { IdTokenIdentity } from "../../upstream/google/id-token.js";
import { authenticate, authorize, type CallerPolicy, type EditorRole } from "./caller.js";
import { HttpError, queryParam, type ServiceRequest } from "./http.js";

export interface EditorDeps {
  store: Store;
  policy: CallerPolicy;
}

export interface Editor {
  identity: IdTokenIdentity;
  scoped: TenantStore;
  /** The configuration in force; null on a tenant nothing has been saved for. */
  current: ConfigVersion | null;
  role: EditorRole;
}

/** The caller of `?tenant=ID` and their role, or 401/403. */
export async function editorOf(req: ServiceRequest, deps: EditorDeps): Promise<Editor> {
  const identity = await authenticate(req, deps.policy);
  const scoped = await deps.store.tenant(queryParam(req, "tenant"));
  const current = await scoped.configs.latest();
  const role = current
    ? authorize(identity, scoped.tenantId, current.roles ?? null, scoped.pseudonym)
    : await firstAdmin(identity, scoped, deps.store);
  return { identity, scoped, current, role };
}

async function firstAdmin(identity: IdTokenIdentity, scoped: TenantStore, store: Store): Promise<EditorRole> {
  const registration = await new Registrations(store.sql, scoped.tenantId).get();
  const registered =
    registration !== null &&
    identity.hostedDomain === registration.domain &&
    registration.admins.includes(scoped.pseudonym(identity.email));
  if (registered) return "admin";
  throw new HttpError(
    403,
    "forbidden",
    `not an admin or assistant of tenant "${scoped.tenantId}" (an empty tenant accepts only the first admins its operator registered)`,
  );
}

/**
 * The first save must keep its author an admin: the registration stops counting once a configuration
 * exists, and a configuration without them would lock everybody out.
 */
export function firstSaveIssue(editor: Editor, body: unknown) {
  if (editor.current) return null;
  const admins = (body as { admins?: unknown } | null)?.admins;
  const listed =
    Array.isArray(admins) && admins.some((a) => String(a).toLowerCase() === editor.identity.email);
  if (listed) return null;
  return {
    path: "admins",
    message: {
      en: "expected your own address among admins: the first save names the company's admins",
      fr: "votre propre adresse est attendue parmi admins : le premier enregistrement désigne les administrateurs de l'entreprise",
    },
  };
}
