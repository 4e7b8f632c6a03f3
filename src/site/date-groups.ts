import type { Entry } from "../entry";

/** Articles of one month of one year, in the order given; `month` null holds those whose month is not stated. */
export interface MonthGroup {
  month: number | null;
  /** Fragment id, unique on any page ("y2021-m11", "y2021-m0", "year-unknown-m4"). */
  id: string;
  entries: Entry[];
}

export interface YearGroup {
  year: number | null;
  label: string;
  id: string;
  months: MonthGroup[];
}

const yearId = (year: number | null) => (year === null ? "year-unknown" : `y${year}`);

/**
 * Entries (already newest first) → year headings, each with month headings, in the same order.
 * Unknown parts get their own honest group ("Year not stated", "Month not stated") instead of a guess.
 */
export function groupByYearMonth(entries: Entry[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const entry of entries) {
    const { year, month } = entry.date;
    let group = years.at(-1);
    if (!group || group.year !== year) {
      group = { year, label: year === null ? "Year not stated" : String(year), id: yearId(year), months: [] };
      years.push(group);
    }
    let monthGroup = group.months.at(-1);
    if (!monthGroup || monthGroup.month !== month) {
      monthGroup = {
        month,
        id: `${yearId(year)}-m${month ?? 0}`,
        entries: [],
      };
      group.months.push(monthGroup);
    }
    monthGroup.entries.push(entry);
  }
  return years;
}
