/**
 * The run's hold on its tenant: a lease in the store, renewed while the run works, checked before each
 * write, released at the end. A run whose process dies stops renewing; once the lease ends the next
 * delivery takes the tenant over.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { LeaseLostError, type Runs } from "../store/runs.js";

export interface LeaseOptions {
  /** How long the lease lasts without renewal. Default 10 minutes (beyond the 540 s function limit). */
  leaseMs?: number;
  /** How long to wait for another run of the tenant to end; 0 returns at once. Default 0. */
  waitMs?: number;
  /** Told once when another run holds the tenant and this one waits. */
  onWait?: (holder: { week: string; until: string }) => void;
}

export const LEASE_MS_DEFAULT = 600_000;
const POLL_MS = 250;

export interface HeldLease {
  /** Throws LeaseLostError when another run took the tenant over (the lease had ended). */
  check(): Promise<void>;
  release(): Promise<void>;
}

export type LeaseOutcome = { held: HeldLease } | { busy: { week: string; until: string } };

export async function takeLease(
  runs: Runs,
  holder: string,
  week: string,
  o: LeaseOptions,
): Promise<LeaseOutcome> {
  const leaseMs = o.leaseMs ?? LEASE_MS_DEFAULT;
  const deadline = Date.now() + (o.waitMs ?? 0);
  let told = false;
  for (;;) {
    const got = await runs.acquireLease(holder, week, leaseMs);
    if (got.held) return { held: heldLease(runs, holder, week, leaseMs) };
    if (Date.now() >= deadline) return { busy: { week: got.week, until: got.until } };
    if (!told) o.onWait?.({ week: got.week, until: got.until });
    told = true;
    await sleep(POLL_MS);
  }
}

function heldLease(runs: Runs, holder: string, week: string, leaseMs: number): HeldLease {
  let lost = false;
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = runs.renewLease(holder, leaseMs).then(
        (ok) => {
          if (!ok) lost = true;
        },
        // A store hiccup is not a lost lease: the next renewal or check will tell.
        () => {},
      );
    },
    Math.max(1_000, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return {
    async check() {
      await renewing;
      if (lost || !(await runs.renewLease(holder, leaseMs))) throw new LeaseLostError(runs.tenantId, week);
    },
    async release() {
      clearInterval(timer);
      await renewing;
      await runs.releaseLease(holder);
    },
  };
}
