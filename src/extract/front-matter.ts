import * as chrono from "chrono-node";
import type { DateFact, ExtractedEntry, FigureFact, LocationFact, PartnerFact, Warning } from "../entry";
import { isValidDate } from "../load/parse-document";

// Front matter is the editor's word: a field given there replaces what the text yielded.
// A field of the wrong shape is reported and ignored, never thrown.

type Fields = Record<string, unknown>;

export function applyFrontMatter(entry: ExtractedEntry, fm: Fields, file: string): { entry: ExtractedEntry; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = (field: string, expected: string) =>
    warnings.push({ file, reason: `front matter "${field}" should be ${expected}, got ${describe(fm[field])}; ignored` });
  const out: ExtractedEntry = { ...entry };

  if ("title" in fm) {
    if (isText(fm.title)) Object.assign(out, { title: fm.title.trim(), titleBy: "editor", titleHow: { inferred: [] } });
    else warn("title", "a non-empty string");
  }
  if ("summary" in fm) {
    if (isText(fm.summary)) out.summary = fm.summary.trim();
    else warn("summary", "a non-empty string");
  }
  if ("date" in fm) {
    const date = editorDate(fm.date);
    if (date) out.date = date;
    else warn("date", "a date (2021-05-01, 2021-05, May 2021)");
  }
  if ("company" in fm) {
    if (isText(fm.company)) out.company = { name: fm.company.trim(), by: "editor" };
    else warn("company", "a company name");
  }
  const location = editorLocation(fm, warn);
  if (location) out.location = location;
  if ("partners" in fm) {
    const partners = editorList(fm.partners, (p): PartnerFact | undefined => {
      const name = isText(p) ? p : isRecord(p) && isText(p.name) ? p.name : undefined;
      return name ? { name: name.trim(), by: "editor" } : undefined;
    });
    if (partners) out.partners = partners;
    else warn("partners", "a list of names");
  }
  if ("figures" in fm) {
    const figures = editorList(fm.figures, (f): FigureFact | undefined =>
      isRecord(f) && typeof f.value === "number" && Number.isFinite(f.value) && isText(f.unit)
        ? { value: f.value, unit: f.unit, text: isText(f.text) ? f.text : `${f.value} ${f.unit}`, by: "editor" }
        : undefined,
    );
    if (figures) out.figures = figures;
    else warn("figures", "a list of {value: number, unit: string}");
  }
  return { entry: out, warnings };
}

/** Whether the front matter gives this field in a form that replaces the text's: then the text need not be read for it. */
export function editorGives(fm: Fields, field: "title" | "summary" | "date"): boolean {
  if (!(field in fm)) return false;
  return field === "date" ? editorDate(fm.date) !== undefined : isText(fm[field]);
}

/** A YAML date (gray-matter gives a Date at UTC midnight), a year, "2021-05", "May 2021" or "May 7, 2021". */
export function editorDate(value: unknown): DateFact | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const [year, month, day] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    return { year, month, day, text: value.toISOString().slice(0, 10), by: "editor" };
  }
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return { year: value, month: null, day: null, text: String(value), by: "editor" };
  }
  if (!isText(value)) return undefined;
  const text = value.trim();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), iso[2] ? Number(iso[2]) : null, iso[3] ? Number(iso[3]) : null];
    if (month !== null && (month < 1 || month > 12)) return undefined;
    if (month !== null && day !== null && !isValidDate(year, month, day)) return undefined;
    return { year, month, day, text, by: "editor" };
  }
  const parsed = chrono.parse(text)[0];
  if (!parsed || !parsed.start.isCertain("month")) return undefined;
  const c = parsed.start;
  return {
    year: c.isCertain("year") && /\b\d{4}\b/.test(parsed.text) ? c.get("year") : null,
    month: c.get("month"),
    day: c.isCertain("day") ? c.get("day") : null,
    text,
    by: "editor",
  };
}

function editorLocation(fm: Fields, warn: (field: string, expected: string) => void): LocationFact | undefined {
  const given: Partial<Record<"city" | "region" | "country", string>> = {};
  let any = false;
  if ("location" in fm) {
    if (isText(fm.location)) Object.assign(given, { city: fm.location.trim() });
    else if (isRecord(fm.location)) {
      for (const key of ["city", "region", "country"] as const) if (isText(fm.location[key])) given[key] = (fm.location[key] as string).trim();
    } else warn("location", "a city name or {city, region, country}");
    any = Object.keys(given).length > 0;
  }
  for (const key of ["city", "region", "country"] as const) {
    if (!(key in fm)) continue;
    if (isText(fm[key])) { given[key] = (fm[key] as string).trim(); any = true; }
    else warn(key, "a place name");
  }
  if (!any) return undefined;
  return { city: given.city ?? null, region: given.region ?? null, country: given.country ?? null, by: "editor" };
}

function editorList<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(read);
  return items.every((i) => i !== undefined) ? (items as T[]) : undefined;
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const describe = (v: unknown) => (Array.isArray(v) ? "a list" : v === null ? "nothing" : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`);
