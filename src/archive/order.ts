import type { DateFact, Entry } from "../entry";

/** Newest first; unknown parts sort after known ones of the same level, then by source for stability. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  return compareDates(b.date, a.date) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
}

function compareDates(a: DateFact, b: DateFact): number {
  for (const part of ["year", "month", "day"] as const) {
    const x = a[part] ?? -1;
    const y = b[part] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}
