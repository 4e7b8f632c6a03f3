// Precision, recall and F1 per field of extracted entries against a reader's expected.json
// (tests/corpus and tests/heldout share the format and this scoring).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readContent } from "../../src/load/read-content";
import type { ExtractedEntry } from "../../src/entry";
import { extractEntry } from "../../src/extract/index";
import { makerByAlias } from "../../src/extract/orgs";
import { countryCode } from "../../src/extract/places";

export type Expected = {
  title?: string;
  date: { year: number | null; month: number | null; day: number | null };
  company: string[];
  location: { city: string | null; region: string | null; country: string | null };
  partners: string[][];
  figures: Array<[number, string]>;
  /** Figures that count neither for nor against (durations, small spelled-out counts, footnoted exchange rates). */
  ignore?: Array<[number, string]>;
  /** Where a real published article was read (tests/realnews): its text is not committed. */
  url?: string;
};

/** What one article got wrong: predicted values not expected, expected values not predicted. */
export type Miss = { source: string; field: string; extra: string[]; missing: string[] };

export type FieldScore = { field: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

/**
 * Organisation and place names compared loosely: case, accents, punctuation, word breaks ("Chonburi" is "Chon Buri"),
 * corporate suffixes (Motors, Auto, Ltd, ...) and the designators "County" and "Province" aside.
 */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").toLowerCase().replace(/[^\p{L}\p{N} ]/gu, " ")
      .replace(/\b(?:the|inc|corp|co|ltd|group|motors?|holdings?|auto|automotive|automobile|county|province)\b/g, " ").replace(/\s+/g, "").trim();
  return norm(a) === norm(b);
}

/**
 * An organisation is the same when its names compare as the same, or when the extractor's organisation list
 * files both as aliases of one body (Daimler is Mercedes-Benz Group, Hozon Auto is Neta): tests/realnews/CONVENTIONS.md.
 */
export function sameOrganisation(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const body = makerByAlias(a);
  return body !== undefined && body === makerByAlias(b);
}

/** A country is the same by its ISO code, whatever its name: "Türkiye" is "Turkey", "UK" is "United Kingdom". */
const sameCountry = (a: string, b: string) => sameName(a, b) || (countryCode(a) !== undefined && countryCode(a) === countryCode(b));

type Count = { tp: number; fp: number; fn: number };

function score(counts: Count, predicted: unknown[], expected: unknown[], same: (p: any, e: any) => boolean): { extra: unknown[]; missing: unknown[] } {
  const left = [...expected];
  const extra: unknown[] = [];
  for (const p of predicted) {
    const i = left.findIndex((e) => same(p, e));
    if (i >= 0) { counts.tp++; left.splice(i, 1); } else { counts.fp++; extra.push(p); }
  }
  counts.fn += left.length;
  return { extra, missing: left };
}

const present = <T>(v: T | null | undefined): T[] => (v === null || v === undefined ? [] : [v]);
const dedupe = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];
const dateKey = (d: Expected["date"]) => ((d.year ?? d.month ?? d.day) === null ? null : `${d.year}-${d.month}-${d.day}`);

const sameFigure = (f: { value: number; unit: string }, [v, u]: [number, string]) => f.unit === u && Math.abs(f.value - v) <= Math.abs(v) * 1e-3;

/** Adds one entry's matches to the per-field counts; returns what it got wrong. */
function scoreEntry(c: Record<string, Count>, e: ExtractedEntry, x: Expected): Miss[] {
  const misses: Miss[] = [];
  const note = (field: string, r: { extra: unknown[]; missing: unknown[] }, show: (v: any) => string = String) => {
    if (r.extra.length || r.missing.length) misses.push({ source: e.source, field, extra: r.extra.map(show), missing: r.missing.map(show) });
  };
  const titleOk = x.title ? e.title === x.title : e.title.trim() !== "" && e.titleBy === "generated";
  score(c.title, [titleOk], [true], (p, q) => p === q);
  note("date", score(c.date, present(dateKey(e.date)), present(dateKey(x.date)), (p, q) => p === q));
  note("company", score(c.company, present(e.company.name), [x.company], (p, names: string[]) => names.some((n) => sameOrganisation(p, n))), (v) => (Array.isArray(v) ? v[0] : v));
  for (const part of ["city", "region", "country"] as const) {
    note(part, score(c[part], present(e.location[part]), present(x.location[part]), part === "country" ? sameCountry : sameName));
  }
  note("partners", score(c.partners, e.partners.map((p) => p.name), x.partners, (p, names: string[]) => names.some((n) => sameOrganisation(p, n))), (v) => (Array.isArray(v) ? v[0] : v));
  const want = dedupe(x.figures, ([v, u]) => `${v}|${u}`);
  // A figure the reader set aside counts neither way, unless it is also one they expect.
  const figures = dedupe(e.figures, (f) => `${f.value}|${f.unit}`)
    .filter((f) => want.some((w) => sameFigure(f, w)) || !(x.ignore ?? []).some((w) => sameFigure(f, w)));
  note("figures", score(c.figures, figures, want, sameFigure), (v) => (Array.isArray(v) ? `${v[0]} ${v[1]}` : `${v.value} ${v.unit} "${v.text}"`));
  return misses;
}

const FIELDS = ["title", "date", "company", "city", "region", "country", "partners", "figures"];

function rows(counts: Record<string, Count>): FieldScore[] {
  return Object.entries(counts).map(([field, { tp, fp, fn }]) => {
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { field, tp, fp, fn, precision: +precision.toFixed(3), recall: +recall.toFixed(3), f1: +f1.toFixed(3) };
  });
}

/**
 * Extracts every article of `folder` and scores it against the reader's expectations
 * (`folder`/expected.json unless another file is given).
 */
export async function scoreFolder(folder: string, expectedFile = `${folder}/expected.json`): Promise<{ articles: number; rows: FieldScore[]; misses: Miss[] }> {
  const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as Record<string, Expected>;
  const { documents } = await readContent(folder);
  const counts: Record<string, Count> = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const d of documents) {
    const x = expected[d.source];
    assert.ok(x, `no expectation for ${d.source}`);
    misses.push(...scoreEntry(counts, extractEntry(d), x));
  }
  assert.equal(documents.length, Object.keys(expected).filter((k) => !k.startsWith("_")).length, "every expectation has its article");
  return { articles: documents.length, rows: rows(counts), misses };
}
