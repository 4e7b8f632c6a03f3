// Precision, recall and F1 per field over tests/corpus, against tests/corpus/expected.json.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { readContent } from "../src/load/read-content";
import { extractEntry, type ExtractedEntry } from "../src/extract/index";

type Expected = {
  title?: string;
  date: { year: number | null; month: number | null; day: number | null };
  company: string[];
  location: { city: string | null; region: string | null; country: string | null };
  partners: string[][];
  figures: Array<[number, string]>;
};

const CORPUS = fileURLToPath(new URL("./corpus", import.meta.url));
const FLOOR = 0.9;

/** Organisation and place names compared loosely: case, accents, punctuation and corporate suffixes aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").toLowerCase().replace(/[^\p{L}\p{N} ]/gu, " ")
      .replace(/\b(?:the|inc|corp|co|ltd|group|motors?|holdings?|automobile)\b/g, " ").replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

type Count = { tp: number; fp: number; fn: number };

function score(counts: Count, predicted: unknown[], expected: unknown[], same: (p: any, e: any) => boolean): void {
  const left = [...expected];
  for (const p of predicted) {
    const i = left.findIndex((e) => same(p, e));
    if (i >= 0) { counts.tp++; left.splice(i, 1); } else counts.fp++;
  }
  counts.fn += left.length;
}

const present = <T>(v: T | null | undefined): T[] => (v === null || v === undefined ? [] : [v]);
const dedupe = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];

function evaluate(entries: ExtractedEntry[], expected: Record<string, Expected>): Record<string, Count> {
  const fields = ["title", "date", "company", "city", "region", "country", "partners", "figures"];
  const c: Record<string, Count> = Object.fromEntries(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  for (const e of entries) {
    const x = expected[e.source];
    assert.ok(x, `no expectation for ${e.source}`);
    const dateKey = (d: Expected["date"]) => (d.year ?? d.month ?? d.day) === null ? null : `${d.year}-${d.month}-${d.day}`;
    const titleOk = x.title ? e.title === x.title : e.title.trim() !== "" && e.titleBy === "generated";
    score(c.title, [titleOk], [true], (p, q) => p === q);
    score(c.date, present(dateKey(e.date)), present(dateKey(x.date)), (p, q) => p === q);
    score(c.company, present(e.company.name), [x.company], (p, names: string[]) => names.some((n) => sameName(p, n)));
    for (const part of ["city", "region", "country"] as const) {
      score(c[part], present(e.location[part]), present(x.location[part]), sameName);
    }
    score(c.partners, e.partners.map((p) => p.name), x.partners, (p, names: string[]) => names.some((n) => sameName(p, n)));
    const figures = dedupe(e.figures, (f) => `${f.value}|${f.unit}`);
    const want = dedupe(x.figures, ([v, u]) => `${v}|${u}`);
    score(c.figures, figures, want, (f, [v, u]) => f.unit === u && Math.abs(f.value - v) <= Math.abs(v) * 1e-3);
  }
  return c;
}

test("extraction reaches the floor on every field of the corpus", async () => {
  const expected = JSON.parse(readFileSync(`${CORPUS}/expected.json`, "utf8")) as Record<string, Expected>;
  const { documents } = await readContent(CORPUS);
  assert.ok(documents.length >= 15, "at least 15 corpus articles");
  const counts = evaluate(documents.map(extractEntry), expected);

  const rows = Object.entries(counts).map(([field, { tp, fp, fn }]) => {
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { field, tp, fp, fn, precision: +precision.toFixed(3), recall: +recall.toFixed(3), f1: +f1.toFixed(3) };
  });
  console.log(`corpus: ${documents.length} articles`);
  console.table(rows);
  for (const r of rows) assert.ok(r.f1 >= FLOOR, `${r.field}: F1 ${r.f1} below ${FLOOR}`);
});
