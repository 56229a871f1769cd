/**
 * Fault injection: the failures a Notion client must survive, on demand and countable. Every
 * injected fault is tallied under its name in `injected`, so a test can assert that the client
 * actually met the fault it claims to handle.
 */

/** Route names are "<METHOD> <template>", e.g. "POST /v1/pages", "PATCH /v1/blocks/{id}/children". */
export interface FaultConfig {
  /** More than `perSecond` requests in any 1 s window → 429 rate_limited with `Retry-After`. */
  rateLimit?: { perSecond: number; retryAfterSeconds?: number };
  /** Every Nth request (all routes) → 500 internal_server_error or 503 service_unavailable. Default 500. */
  serverErrors?: { every: number; status?: 500 | 503 };
  /** Every Nth request → 502 with an HTML body, as Notion's edge proxy answers (not JSON). */
  badGateway?: { every: number };
  /** Every Nth write (POST/PATCH/DELETE that changes the store) → 409 conflict_error. */
  conflicts?: { every: number };
  /** Delay before every answer, in ms. Overrides the fake's `latencyMs` option. */
  latencyMs?: number;
  /** The first request to this route is never answered (to exercise client timeouts). */
  hangOnce?: string;
  /**
   * The write is applied to the store, then the client is told it failed: a 500 (`mode: "status"`,
   * the default) or a dropped connection (`mode: "drop"`). `times` defaults to 1.
   */
  failAfterCommit?: { route: string; times?: number; mode?: "status" | "drop" };
}

/** A fault answered with a response (as opposed to a hang). */
export type FaultResponse =
  | { kind: "html"; status: number; body: string }
  | { kind: "json"; status: number; code: string; message: string; headers?: Record<string, string> };

export type FaultAnswer = { kind: "hang" } | FaultResponse;

const BAD_GATEWAY_HTML =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
  "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";

export class FaultInjector {
  /** Injected faults by name: rate_limited, internal_server_error, service_unavailable, bad_gateway, conflict_error, hang, fail_after_commit. */
  readonly injected: Record<string, number> = {};
  private config: FaultConfig = {};
  private seen = { all: 0, edge: 0, writes: 0 };
  private recent: number[] = [];
  private hung = false;
  private commitFailures = 0;

  constructor(
    config: FaultConfig = {},
    private readonly now: () => number = () => Date.now(),
  ) {
    this.configure(config);
  }

  /** Replaces the configuration and restarts its counters; `injected` keeps its totals. */
  configure(config: FaultConfig): void {
    this.config = config;
    this.seen = { all: 0, edge: 0, writes: 0 };
    this.recent = [];
    this.hung = false;
    this.commitFailures = 0;
  }

  latencyMs(fallback: number): number {
    return this.config.latencyMs ?? fallback;
  }

  /** Faults that happen before Notion's API sees the request (no auth involved). */
  edge(route: string): FaultAnswer | undefined {
    if (this.config.hangOnce === route && !this.hung) {
      this.hung = true;
      return this.count("hang", { kind: "hang" });
    }
    const gateway = this.config.badGateway;
    if (gateway && ++this.seen.edge % gateway.every === 0) {
      return this.count("bad_gateway", { kind: "html", status: 502, body: BAD_GATEWAY_HTML });
    }
    return undefined;
  }

  /** Faults the API answers itself, once the request is authenticated. */
  api(write: boolean): FaultResponse | undefined {
    return this.rateLimited() ?? this.serverError() ?? (write ? this.conflict() : undefined);
  }

  /** Whether this committed write must be reported as failed, and how. */
  afterCommit(route: string): "status" | "drop" | undefined {
    const rule = this.config.failAfterCommit;
    if (!rule || rule.route !== route || this.commitFailures >= (rule.times ?? 1)) return undefined;
    this.commitFailures += 1;
    this.count("fail_after_commit", undefined);
    return rule.mode ?? "status";
  }

  private rateLimited(): FaultResponse | undefined {
    const rule = this.config.rateLimit;
    if (!rule) return undefined;
    const now = this.now();
    this.recent = this.recent.filter((at) => now - at < 1000);
    // Rejected requests do not use up the budget, as with a token bucket.
    if (this.recent.length < rule.perSecond) {
      this.recent.push(now);
      return undefined;
    }
    const retryAfter = String(rule.retryAfterSeconds ?? 1);
    const message = "You have been rate limited. Please try again in a few minutes.";
    return this.count("rate_limited", {
      kind: "json",
      status: 429,
      code: "rate_limited",
      message,
      headers: { "retry-after": retryAfter },
    });
  }

  private serverError(): FaultResponse | undefined {
    const rule = this.config.serverErrors;
    if (!rule || ++this.seen.all % rule.every !== 0) return undefined;
    if (rule.status === 503) {
      const message = "Notion is unavailable, try again later.";
      return this.count("service_unavailable", {
        kind: "json",
        status: 503,
        code: "service_unavailable",
        message,
      });
    }
    const message = "Unexpected error occurred.";
    return this.count("internal_server_error", {
      kind: "json",
      status: 500,
      code: "internal_server_error",
      message,
    });
  }

  private conflict(): FaultResponse | undefined {
    const rule = this.config.conflicts;
    if (!rule || ++this.seen.writes % rule.every !== 0) return undefined;
    const message = "Conflict occurred while saving. Please try again.";
    return this.count("conflict_error", { kind: "json", status: 409, code: "conflict_error", message });
  }

  private count<T>(name: string, answer: T): T {
    this.injected[name] = (this.injected[name] ?? 0) + 1;
    return answer;
  }
}
