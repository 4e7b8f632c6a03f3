import type { DateFact, Entry } from "../entry";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Honest date: parts the text does not give are said to be unknown, never invented. */
export function formatDate(date: DateFact): string {
  const { year, month, day } = date;
  const dayMonth = month !== null ? (day !== null ? `${day} ${MONTHS[month - 1]}` : MONTHS[month - 1]) : null;
  if (year !== null) return dayMonth ? `${dayMonth} ${year}` : `${year}, month not stated`;
  if (dayMonth) return `${dayMonth}, year not stated`;
  return "Date not stated";
}

/** Machine-readable form for <time datetime>, only as precise as the known parts allow. */
export function isoDate(date: DateFact): string | null {
  if (date.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function placeOf(entry: Entry): string {
  const { city, region, country } = entry.location;
  return [city, region, country].filter((p, i, all) => p && all.indexOf(p) === i).join(", ");
}

/** The years a set of dates spans, saying how many have no year ("2019–2021, 1 with no year stated"). */
export function yearSpan(dates: DateFact[]): string {
  const years = dates.map((d) => d.year).filter((y): y is number => y !== null);
  const undated = dates.length - years.length;
  const span = years.length === 0 ? "" : Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)}–${Math.max(...years)}`;
  const missing = undated === 0 ? "" : undated === dates.length ? "no year stated" : `${undated} with no year stated`;
  return [span, missing].filter(Boolean).join(", ");
}
