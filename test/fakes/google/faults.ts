/**
 * Fault injection for API requests (never for POST /token: gtoken retries that request on its own, which
 * would hide the fault and make counts depend on the auth library). Each injected fault is counted under
 * its option name in `injected`, so a test can assert that the client met it.
 */
import { googleError, type Reply } from "./http.js";

export interface FaultConfig {
  /**
   * Quota per rolling second over all API requests; beyond it, Google's rate-limit answer. The 403 style is
   * what Calendar/Drive/Directory usually send; the 429 style carries `Retry-After` (seconds).
   */
  rate?: { perSecond: number; style: "403-rateLimitExceeded" | "429" };
  /** Every Nth API request answers a Google JSON 500 or 503 (default 503), pagination or not. */
  serverErrors?: { every: number; status?: 500 | 503 };
  /** Every Nth API request answers a front-end 502 with an HTML body, as Google's GFE does. */
  badGateway?: { every: number };
  /** The next calendar request that uses a sync token answers 410 fullSyncRequired (once). */
  expireSyncTokens?: boolean;
  /** Delay before every answer, in ms (the top-level `latencyMs` option wins when both are set). */
  latencyMs?: number;
  /** Every Nth API request is never answered, to exercise client timeouts. */
  hangEvery?: number;
  /**
   * The next `times` writes (any method but GET) to `path` (the decoded URL path, e.g.
   * `/upload/drive/v3/files`, or a pattern) are applied, then answered with a Google JSON 500: the client
   * cannot tell the write was committed, as after a backend failure between commit and answer.
   */
  failAfterCommit?: { path: string | RegExp; times: number };
}

export type FaultName =
  | "rate"
  | "serverErrors"
  | "badGateway"
  | "expireSyncTokens"
  | "hangEvery"
  | "failAfterCommit";

/** What the injector decided: a reply to send instead of the real one, or never answer. */
export type FaultOutcome = { kind: "reply"; reply: Reply } | { kind: "hang" } | null;

const BAD_GATEWAY_HTML = `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <title>Error 502 (Server Error)!!1</title>
  <p><b>502.</b> <ins>That's an error.</ins>
  <p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That's all we know.</ins>
</html>
`;

export class FaultInjector {
  readonly injected: Record<string, number> = {};
  #apiRequests = 0;
  #accepted: number[] = [];
  #syncTokenExpiryPending: boolean;
  #failAfterCommitLeft: number;

  constructor(
    private readonly config: FaultConfig,
    private readonly now: () => number,
  ) {
    this.#syncTokenExpiryPending = config.expireSyncTokens === true;
    this.#failAfterCommitLeft = config.failAfterCommit?.times ?? 0;
  }

  /**
   * Called with the reply of a write the fake has applied: a 500 instead of it when `failAfterCommit`
   * targets this path and has faults left. Only successful writes count (a refused one committed nothing).
   */
  afterCommit(method: string, path: string, reply: Reply): Reply {
    const target = this.config.failAfterCommit?.path;
    if (target === undefined || this.#failAfterCommitLeft <= 0) return reply;
    if (method === "GET" || reply.status >= 300) return reply;
    if (typeof target === "string" ? path !== target : !target.test(path)) return reply;
    this.#failAfterCommitLeft -= 1;
    this.injected.failAfterCommit = (this.injected.failAfterCommit ?? 0) + 1;
    return googleError(500, "Backend Error", { reason: "backendError", message: "Backend Error" });
  }

  /** Called once per API request, before authentication (a front end fails before the API sees you). */
  check(url: URL): FaultOutcome {
    this.#apiRequests += 1;
    const n = this.#apiRequests;
    const { hangEvery, badGateway, serverErrors } = this.config;
    if (hangEvery && n % hangEvery === 0) return this.#count("hangEvery", { kind: "hang" });
    if (badGateway && n % badGateway.every === 0) {
      return this.#reply("badGateway", { status: 502, html: BAD_GATEWAY_HTML });
    }
    if (serverErrors && n % serverErrors.every === 0)
      return this.#reply("serverErrors", serverError(serverErrors));
    const limited = this.#rateLimit();
    if (limited) return this.#reply("rate", limited);
    if (
      this.#syncTokenExpiryPending &&
      url.searchParams.has("syncToken") &&
      !url.searchParams.has("pageToken")
    ) {
      this.#syncTokenExpiryPending = false;
      return this.#reply("expireSyncTokens", syncTokenGone());
    }
    return null;
  }

  #rateLimit(): Reply | null {
    const { rate } = this.config;
    if (!rate) return null;
    const now = this.now();
    this.#accepted = this.#accepted.filter((time) => time > now - 1000);
    if (this.#accepted.length < rate.perSecond) {
      this.#accepted.push(now);
      return null;
    }
    if (rate.style === "429") {
      const oldest = this.#accepted[0] ?? now;
      const retryAfter = Math.max(1, Math.ceil((oldest + 1000 - now) / 1000));
      const reply = googleError(429, "Rate Limit Exceeded", rateItem());
      return { ...reply, headers: { "retry-after": String(retryAfter) } };
    }
    return googleError(403, "Rate Limit Exceeded", rateItem());
  }

  #reply(name: FaultName, reply: Reply): FaultOutcome {
    return this.#count(name, { kind: "reply", reply });
  }

  #count(name: FaultName, outcome: FaultOutcome): FaultOutcome {
    this.injected[name] = (this.injected[name] ?? 0) + 1;
    return outcome;
  }
}

function rateItem() {
  return { reason: "rateLimitExceeded", domain: "usageLimits", message: "Rate Limit Exceeded" };
}

function serverError(config: NonNullable<FaultConfig["serverErrors"]>): Reply {
  const status = config.status ?? 503;
  const message = status === 500 ? "Backend Error" : "The service is currently unavailable.";
  return googleError(status, message, { reason: "backendError", message });
}

/** The Calendar API's answer to an expired or unknown sync token. */
export function syncTokenGone(): Reply {
  return googleError(410, "Sync token is no longer valid, a full sync is required.", {
    domain: "calendar",
    reason: "fullSyncRequired",
    location: "syncToken",
    locationType: "parameter",
  });
}
