import PQueue from "p-queue";
import { UpstreamError } from "../core/errors.js";

/**
 * One upstream service (Notion, Google): its rate limit and its retry policy, in one place.
 *
 * Why here and not in the SDKs: both SDKs can retry by themselves (the Notion client retries
 * 429 on every method; gaxios retries 5xx), but neither knows whether a failed write was
 * committed, so a blind retry of a create can duplicate a page. Vigie turns SDK retries off
 * and retries here, where each call says whether it is idempotent and, for a write, how to
 * find out whether it already happened (`reconcile`).
 */
export interface UpstreamOptions {
  /** Service name used in errors and counts: "notion", "google". */
  name: string;
  /** Requests allowed per `intervalMs` (Notion: about 3 per second). Default 3. */
  intervalCap?: number;
  /** Default 1000 ms. */
  intervalMs?: number;
  /** Requests in flight at once. Default 3. */
  concurrency?: number;
  /** Attempts after the first. Default 5. */
  maxRetries?: number;
  /** Exponential back-off base when the service gives no Retry-After. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait between attempts, Retry-After included. Default 120 000 ms. */
  maxDelayMs?: number;
  /** Injectable for tests (fake timers). Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Told of every retry (for progress and logs; never gets request bodies). */
  onRetry?: (info: { label: string; attempt: number; delayMs: number; error: UpstreamError }) => void;
}

export const UPSTREAM_DEFAULTS = {
  intervalCap: 3,
  intervalMs: 1000,
  concurrency: 3,
  maxRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 120_000,
} as const;

export interface CallOptions<T> {
  /** Reads, and writes keyed so that repeating them is harmless (upsert by key, update by id). */
  idempotent: boolean;
  /**
   * For a non-idempotent write whose outcome is unknown (timeout, 5xx, dropped connection):
   * look the object up by its key; a value means the write did happen and is returned as is.
   */
  reconcile?: () => Promise<T | null>;
}

/** Converts whatever an SDK throws into the typed family; given by each adapter. */
export type ErrorClassifier = (e: unknown) => UpstreamError;

export class Upstream {
  readonly name: string;
  private readonly queue: PQueue;
  private readonly o: Required<Omit<UpstreamOptions, "onRetry" | "sleep">> &
    Pick<UpstreamOptions, "onRetry"> & { sleep: (ms: number) => Promise<void> };
  /** Requests sent, retries included: the figure `vigie run --json` reports. */
  requests = 0;
  retries = 0;

  constructor(
    options: UpstreamOptions,
    private readonly classify: ErrorClassifier,
  ) {
    this.name = options.name;
    this.o = {
      ...UPSTREAM_DEFAULTS,
      ...options,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    };
    this.queue = new PQueue({
      concurrency: this.o.concurrency,
      intervalCap: this.o.intervalCap,
      interval: this.o.intervalMs,
    });
  }

  /** Runs one request under the rate limit, retrying what is safe to retry. */
  async call<T>(label: string, fn: () => Promise<T>, opts: CallOptions<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        this.requests++;
        return (await this.queue.add(fn)) as T;
      } catch (raw) {
        const error = raw instanceof UpstreamError ? raw : this.classify(raw);
        if (!error.retryable || attempt >= this.o.maxRetries) throw error;
        if (!opts.idempotent && !nothingCommitted(error)) {
          const done = opts.reconcile
            ? await this.call(`${label} (lookup)`, opts.reconcile, { idempotent: true })
            : null;
          if (done !== null) return done;
          if (!opts.reconcile) throw error;
        }
        const delayMs = this.delay(attempt, error);
        this.retries++;
        this.o.onRetry?.({ label, attempt: attempt + 1, delayMs, error });
        await this.o.sleep(delayMs);
      }
    }
  }

  private delay(attempt: number, error: UpstreamError): number {
    if (error.retryAfterMs !== null) return Math.min(error.retryAfterMs, this.o.maxDelayMs);
    const exp = this.o.baseDelayMs * 2 ** attempt;
    // Full jitter would make tests non-deterministic; a fixed quarter spread is enough here.
    return Math.min(exp + exp * 0.25 * (attempt % 2), this.o.maxDelayMs);
  }
}

/** Rate limits and conflicts are refused before anything is written: safe to repeat. */
function nothingCommitted(e: UpstreamError): boolean {
  return e.status === 429 || e.status === 409 || (e.status === 403 && e.retryable);
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
