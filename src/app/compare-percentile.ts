/**
 * Percentile of each client in the portfolio on one signal: the share of the *other* scored
 * clients it does as well as or better than (higher score = healthier), 0–100. 100 = nobody
 * does better; 0 = everyone else does better. Null without a score, or with no one to compare to.
 */
export function percentileRanks(scores: readonly (number | null)[]): (number | null)[] {
  const known = scores.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (known.length < 2) return scores.map(() => null);
  return scores.map((s) => {
    if (s === null) return null;
    const notBetter = countAtMost(known, s) - 1;
    return Math.round((100 * notBetter) / (known.length - 1));
  });
}

/** How many of the sorted `xs` are ≤ `x` (binary search: a portfolio of hundreds, ten signals). */
function countAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
