import { absoluteUrl, type SiteConfig } from "../settings/config";
import { isoDate } from "../facts/format";
import type { FigureRow } from "./figures-table";
import type { EntryField } from "./page-inputs";
import { perEntry } from "./per-entry";

/** What the CSV holds of an article besides its figures. */
export const CSV_FIELDS: readonly EntryField[] = ["figures", "title", "url", "date", "company", "location"];

const COLUMNS = ["kind", "value", "unit", "stated value", "stated unit", "as written", "article", "url", "date", "company", "city", "country", "sentence"];

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is quoted away from spreadsheet formulas. */
function field(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// A figure is a row of several files (the archive's, its kind's, its company's, city's, partners'): its
// line is written once per build (rows are made once per entry and configuration: figures-table.ts).
const line = perEntry((config: SiteConfig, { figure, entry, comparable }: FigureRow): string => {
  return [
    comparable.kind.label,
    comparable.value,
    comparable.kind.unit,
    figure.value,
    figure.unit,
    figure.text,
    entry.title,
    absoluteUrl(config, entry.url),
    isoDate(entry.date),
    entry.company.name,
    entry.location.city,
    entry.location.country,
    figure.sentence ?? null,
  ]
    .map(field)
    .join(",");
});

/** Figures as CSV, one row per figure, in the order given. */
export function figuresCsv(config: SiteConfig, rows: FigureRow[]): string {
  let text = COLUMNS.join(",") + "\r\n";
  for (const row of rows) text += line(config, row) + "\r\n";
  return text;
}
