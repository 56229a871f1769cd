/**
 * A bounded memo for the extractor's pure per-string functions (a word's stem, a line's tone,
 * its markers, its due date). Company notes repeat words and often whole lines ("RAS",
 * headings, recurring agenda points), so each is worked out once; the bound keeps a
 * long-lived process (the service, many tenants a night) from growing without end. Values
 * are shared between callers: they must be treated as read-only.
 */
export function memo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const map = new Map<string, V>();
  return (key) => {
    let value = map.get(key);
    if (value === undefined) {
      value = compute(key);
      // Oldest first out: insertion order is cheap and good enough for a working set.
      if (map.size >= limit) map.delete(map.keys().next().value as string);
      map.set(key, value);
    }
    return value;
  };
}

/** Distinct words kept per stemmer: a company's vocabulary is far below this. */
export const WORD_MEMO_SIZE = 100_000;
/** Distinct lines kept per line-level function. */
export const LINE_MEMO_SIZE = 50_000;
