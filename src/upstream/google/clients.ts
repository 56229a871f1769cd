/**
 * The official Google SDK clients Vigie reads with: one JWT client per impersonated user (domain-wide
 * delegation gives a token per `sub`), read-only scopes only, SDK retries off. One exception, kept apart:
 * `docWriterClient`, the Google Doc writer's Drive client, with the single write scope `drive.file`.
 */
import { admin, type admin_directory_v1 } from "@googleapis/admin";
import { auth, calendar, type calendar_v3 } from "@googleapis/calendar";
import { docs, type docs_v1 } from "@googleapis/docs";
import { drive, type drive_v3 } from "@googleapis/drive";
import type { GoogleCredentials } from "./credentials.js";

const SCOPE = "https://www.googleapis.com/auth/";

/**
 * Everything Vigie asks Google for. Read-only by promise (SPEC "Privacy"): a write scope here would be a
 * bug, and a test checks that every token request stays within this list. These are also the scopes an
 * administrator authorises for the service account's client id (domain-wide delegation).
 */
export const GOOGLE_READ_ONLY_SCOPES: readonly string[] = [
  `${SCOPE}admin.directory.user.readonly`,
  `${SCOPE}calendar.events.readonly`,
  `${SCOPE}drive.readonly`,
  `${SCOPE}documents.readonly`,
];

/**
 * The one write scope, for the weekly Google Doc only (`docWriterClient`), never in a reader's token.
 * SPEC "Privacy" promises read-only scopes for reading workspace data, and that stays true: no reader
 * asks for this. Writing the page needs some write scope, and `drive.file` is the narrowest Google
 * offers: it grants access only to files this app created (or a user opened with it), so the token can
 * create the weekly doc and update it, but can neither read nor change any other file of the workspace.
 * `drive` (every file) and `documents` (every doc) would be broader and are never requested.
 */
export const GOOGLE_DOC_WRITE_SCOPE = `${SCOPE}drive.file`;

/** Where google-auth-library's JWT client (through gtoken) posts its assertion, whatever the key says. */
export const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";

export interface GoogleClientOptions {
  /** API root for every SDK (a fake in tests). Default: Google's own. */
  rootUrl?: string;
  /**
   * Token endpoint to use instead of Google's. Needed for fakes: google-auth-library 10 ignores the key
   * file's `token_uri` and gtoken posts to the fixed GOOGLE_TOKEN_URL, so a request interceptor on the
   * JWT client's transporter (which gtoken borrows) is the only seam. Default: Google's.
   */
  tokenUrl?: string;
  /** Per-request timeout; a request that hangs is aborted and retried by the Upstream. Default 30 000 ms. */
  timeoutMs?: number;
}

export const GOOGLE_CLIENT_DEFAULTS = { timeoutMs: 30_000 } as const;

type Jwt = InstanceType<typeof auth.JWT>;

export class GoogleClients {
  private readonly jwts = new Map<string, Jwt>();

  constructor(
    private readonly credentials: GoogleCredentials,
    private readonly options: GoogleClientOptions = {},
  ) {}

  directory(subject: string): admin_directory_v1.Admin {
    return admin({ version: "directory_v1", ...this.common(subject) });
  }

  calendar(subject: string): calendar_v3.Calendar {
    return calendar({ version: "v3", ...this.common(subject) });
  }

  drive(subject: string): drive_v3.Drive {
    return drive({ version: "v3", ...this.common(subject) });
  }

  docs(subject: string): docs_v1.Docs {
    return docs({ version: "v1", ...this.common(subject) });
  }

  /** Subjects a token was requested for (one JWT client, hence one cached token, each). */
  subjects(): string[] {
    return [...this.jwts.keys()];
  }

  private common(subject: string) {
    return {
      auth: this.jwt(subject),
      timeout: this.options.timeoutMs ?? GOOGLE_CLIENT_DEFAULTS.timeoutMs,
      // googleapis-common defaults to `retry: true`: gaxios would then retry 429/5xx and hung sockets
      // up to 3 times on its own, under our retries (Upstream), multiplying attempts and hiding faults.
      // Retrying happens once, in Upstream, which honours Retry-After and the rate limit.
      retry: false,
      ...(this.options.rootUrl ? { rootUrl: this.options.rootUrl } : {}),
    };
  }

  /** One client per subject: the JWT client caches its token, so each user costs one token request. */
  private jwt(subject: string): Jwt {
    const key = subject.toLowerCase();
    let jwt = this.jwts.get(key);
    if (!jwt) {
      jwt = jwtClient(this.credentials, key, GOOGLE_READ_ONLY_SCOPES, this.options.tokenUrl);
      this.jwts.set(key, jwt);
    }
    return jwt;
  }
}

/**
 * The Drive client of the Google Doc writer, and nothing else: its own JWT client (hence its own token)
 * for `subject`, who will own the weekly doc, with `drive.file` only (see GOOGLE_DOC_WRITE_SCOPE). Kept
 * out of GoogleClients on purpose, so no reader can ever be handed a token that may write. Same
 * settings as the readers: SDK retries off (Upstream retries), the same timeout and endpoint overrides.
 */
export function docWriterClient(
  credentials: GoogleCredentials,
  subject: string,
  options: GoogleClientOptions = {},
): drive_v3.Drive {
  return drive({
    version: "v3",
    auth: jwtClient(credentials, subject.toLowerCase(), [GOOGLE_DOC_WRITE_SCOPE], options.tokenUrl),
    timeout: options.timeoutMs ?? GOOGLE_CLIENT_DEFAULTS.timeoutMs,
    retry: false,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });
}

function jwtClient(
  credentials: GoogleCredentials,
  subject: string,
  scopes: readonly string[],
  tokenUrl: string | undefined,
): Jwt {
  const jwt = new auth.JWT({
    email: credentials.clientEmail,
    key: credentials.privateKey,
    scopes: [...scopes],
    subject,
  });
  if (tokenUrl) jwt.transporter.interceptors.request.add(tokenRedirect(tokenUrl));
  return jwt;
}

/** Sends the token request to `tokenUrl`; every other request goes where it was going. */
function tokenRedirect(tokenUrl: string) {
  return {
    resolved: async <T extends { url?: URL | string }>(config: T): Promise<T> => {
      if (config.url === undefined) return config;
      const url = new URL(String(config.url));
      if (`${url.origin}${url.pathname}` === GOOGLE_TOKEN_URL) config.url = new URL(tokenUrl);
      return config;
    },
  };
}
