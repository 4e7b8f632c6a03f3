import { groupByYearMonth, type MonthGroup } from "./date-groups";
import type { Entry } from "../entry";

// Date archives at URLs that never move: /2023/ and /2023/05/ (and /2023/month-not-stated/ for articles
// that give the year only), unlike the home pages, whose page numbers shift as articles are added.

export const yearUrl = (year: number): string => `/${year}/`;
export const monthUrl = (year: number, month: number | null): string =>
  `/${year}/${month === null ? "month-not-stated" : String(month).padStart(2, "0")}/`;

export interface YearArchive {
  year: number;
  url: string;
  months: Array<MonthGroup & { url: string }>;
  count: number;
}

/** The archive's stated years, newest first, each with its months (entries already newest first). */
export function yearArchives(entries: Entry[]): YearArchive[] {
  return groupByYearMonth(entries)
    .filter((y): y is typeof y & { year: number } => y.year !== null)
    .map((y) => ({
      year: y.year,
      url: yearUrl(y.year),
      months: y.months.map((m) => ({ ...m, url: monthUrl(y.year, m.month) })),
      count: y.months.reduce((n, m) => n + m.entries.length, 0),
    }));
}
