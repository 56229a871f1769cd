/**
 * Instants and local dates of the snapshot's ISO strings, read once. Luxon parses every
 * format the sources write, but slowly; an ISO date-time with an explicit offset (what the
 * normalisers write) reads exactly with `Date.parse`, and anything else goes through luxon
 * as before, so the figures never depend on which path read them.
 */
import { DateTime } from "luxon";

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an ISO instant, as `+DateTime.fromISO(text)` gives them (NaN when invalid). */
export function instantMs(text: string): number {
  if (WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  return DateTime.fromISO(text).toMillis();
}

/** Memoised local dates (`YYYY-MM-DD` in `zone`) of instants: many meetings share a start time. */
export function localDates(zone: string): (iso: string) => string {
  const memo = new Map<string, string>();
  return (iso) => {
    let date = memo.get(iso);
    if (date === undefined) {
      date = DateTime.fromISO(iso).setZone(zone).toISODate() ?? "";
      memo.set(iso, date);
    }
    return date;
  };
}
