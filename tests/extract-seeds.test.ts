// The five seed articles: every field as a reader would state it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ExtractedEntry } from "../src/entry";
import { extractEntry, extractWithWarnings } from "../src/extract/index";
import { factMarks } from "../src/prepare/highlight";
import { readContent } from "../src/load/read-content";

const SEEDS = fileURLToPath(new URL("../content", import.meta.url));
const entries = new Map<string, ExtractedEntry>();
const seed = async (prefix: string) => {
  if (!entries.size) for (const d of (await readContent(SEEDS)).documents) entries.set(d.source.slice(0, 3), extractEntry(d));
  return entries.get(prefix)!;
};
const figures = (e: ExtractedEntry) => e.figures.map((f) => `${f.value} ${f.unit}`);
const dateOf = (e: ExtractedEntry) => [e.date.year, e.date.month, e.date.day];

test("000: NIO and Hefei, said on April 7", async () => {
  const e = await seed("000");
  assert.deepEqual(dateOf(e), [null, 4, 7]);
  assert.equal(e.company.name, "NIO");
  assert.deepEqual([e.location.city, e.location.region, e.location.country], ["Hefei", "Anhui", "China"]);
  assert.deepEqual(e.partners.map((p) => p.name), ["Hefei government", "JAC Motor"]);
  assert.deepEqual(figures(e), ["10000 vehicles/month", "7500 vehicles/month", "1000000 vehicles/year"]);
});

test("001: a partnership announced 'today' has no date; 5G and 2021-2022 are not figures", async () => {
  const e = await seed("001");
  assert.deepEqual(dateOf(e), [null, null, null]);
  assert.equal(e.company.name, "NIO");
  assert.equal(e.location.city, "Hefei");
  // USTC's agreement was signed "last year": background, not this story's deal.
  assert.deepEqual(e.partners.map((p) => p.name), ["Hefei University of Technology"]);
  assert.deepEqual(figures(e), ["20 topics"]);
  // The lead's subject was stripped ("has signed ..."): the headline names the company the text names.
  assert.equal(e.title, "NIO signs cooperation deal with Hefei University of Technology");
  assert.deepEqual([e.titleHow?.from, e.titleHow?.inferred], ["facts", []]);
  assert.deepEqual(e.captions.map((c) => e.body.slice(c.start, c.end).replace(/\s/g, " ")), ["(Image credit: NIO)"]);
});

test("002: Nio and Lingang Group in Shanghai; money in two currencies; names and years are not figures", async () => {
  const e = await seed("002");
  assert.deepEqual(dateOf(e), [null, 8, 9]);
  assert.equal(e.company.name, "NIO");
  assert.equal(e.location.city, "Shanghai");
  assert.deepEqual(e.partners.map((p) => p.name), ["Lingang Group"]);
  const f = figures(e);
  for (const want of ["10000 enterprises", "100000000000 CNY", "1100000000000 CNY", "17000000000 USD", "10 %", "70 %"]) {
    assert.ok(f.includes(want), want);
  }
  assert.ok(e.figures.every((x) => ![500, 14, 2003, 2025, 2023, 4, 5].includes(x.value)), f.join(", "));
  assert.deepEqual(e.captions.map((c) => e.body.slice(c.start, c.end)), ["(4th from left, Qin Lihong; 5th from left, William Li)"]);
  // The lead is background ("After built a factory in Shanghai, 's relationship ... seemed to drift apart"): the news is the deal's sentence.
  assert.equal(e.title, "NIO signs cooperation deal with Lingang Group in Shanghai, China");
  assert.match(e.titleHow?.action?.sentence ?? "", /^Nio and Lingang Group, .* signed a strategic cooperation agreement/);
});

test("003: headline, no date, China only, JAC as production partner, bio split off", async () => {
  const e = await seed("003");
  assert.equal(e.title, "Nio’s Big Win: Securing China’s EV Manufacturing Slot");
  assert.equal(e.titleBy, "headline");
  assert.deepEqual(dateOf(e), [null, null, null]);
  assert.equal(e.company.name, "NIO");
  assert.deepEqual([e.location.city, e.location.country], [null, "China"]);
  assert.deepEqual(e.partners.map((p) => p.name), ["JAC Motor"]);
  assert.deepEqual(e.figures, []);
  assert.match(e.boilerplate, /^Haye Kesteloo[\s\S]*Articles:\s354[\s\S]*Leave a Reply$/);
  assert.ok(!e.body.includes("Haye Kesteloo") && !e.body.includes("Nio’s Big Win"));
});

test("004: the date header; Xiaomi in Beijing with E-Town", async () => {
  const e = await seed("004");
  assert.deepEqual(dateOf(e), [2021, 11, 28]);
  assert.equal(e.company.name, "Xiaomi");
  assert.deepEqual([e.location.city, e.location.country], ["Beijing", "China"]);
  assert.deepEqual(e.partners.map((p) => p.name), ["Beijing Economic and Technological Development Area Management Committee"]);
  assert.deepEqual(figures(e), ["10000000000 USD", "300000 vehicles/year", "500 staff", "2540000 vehicles", "180 %", "3000000 vehicles"]);
  // "China. Has officially signed": the stray period is mended; the partner goes by the text's short name ("also known as E-Town").
  assert.equal(e.title, "Xiaomi signs car-plant deal with Beijing E-Town");
  assert.equal(e.titleHow?.action?.words, "signed");
});

test("every fact's span points at its text in the body, inside its sentence", async () => {
  for (const prefix of ["000", "001", "002", "003", "004"]) {
    const e = await seed(prefix);
    const facts = [e.date, e.company, e.location, ...e.partners, ...e.figures].filter((f) => f.span);
    for (const f of facts) {
      assert.ok(f.sentence?.includes(e.body.slice(f.span!.start, f.span!.end)), `${prefix}: ${JSON.stringify(f)}`);
    }
    for (const f of e.figures) assert.equal(e.body.slice(f.span!.start, f.span!.end), f.text);
    const marks = factMarks(e);
    marks.forEach((m, i) => assert.ok(i === 0 || marks[i - 1].end <= m.start, "marks sorted and disjoint"));
  }
});

test("front matter overrides extracted fields and marks them as the editor's", () => {
  const doc = {
    source: "fm.md",
    text: "Tesla said on March 3 it would build a plant in Shanghai with 5,000 staff.",
    frontMatter: { title: "Editor title", date: new Date(Date.UTC(2021, 4, 1)), company: "Tesla China", city: "Shanghai", partners: ["SAIC"], figures: [{ value: 1, unit: "GWh" }] },
  };
  const { entry, warnings } = extractWithWarnings(doc);
  assert.deepEqual(warnings, []);
  assert.deepEqual([entry.title, entry.titleBy], ["Editor title", "editor"]);
  assert.deepEqual([entry.date.year, entry.date.month, entry.date.day, entry.date.by], [2021, 5, 1, "editor"]);
  assert.deepEqual([entry.company.name, entry.company.by], ["Tesla China", "editor"]);
  assert.deepEqual([entry.location.city, entry.location.by], ["Shanghai", "editor"]);
  assert.deepEqual(entry.partners, [{ name: "SAIC", by: "editor" }]);
  assert.equal(entry.figures[0].by, "editor");
});

test("partial front-matter dates give nulls for the missing parts; wrong types warn, never throw", () => {
  const base = { source: "x.md", text: "BYD said on Monday it sold 1,000 cars." };
  const date = (d: unknown) => dateOf(extractEntry({ ...base, frontMatter: { date: d } }));
  assert.deepEqual(date("2021-05"), [2021, 5, null]);
  assert.deepEqual(date("May 2021"), [2021, 5, null]);
  assert.deepEqual(date(2021), [2021, null, null]);
  const { entry, warnings } = extractWithWarnings({ ...base, frontMatter: { date: "banana", partners: 5, title: 3, figures: [{ value: "x" }] } });
  assert.equal(warnings.length, 4);
  assert.ok(warnings.every((w) => w.file === "x.md" && /front matter/.test(w.reason)));
  assert.equal(entry.titleBy, "generated");
  assert.equal(entry.company.name, "BYD");
  // A field the front matter gives in a form it cannot use is read from the text, as if not given.
  const plain = extractEntry({ ...base, frontMatter: {} });
  const unusable = extractEntry({ ...base, frontMatter: { date: "banana", title: " ", summary: 7 } });
  assert.deepEqual([unusable.date, unusable.title, unusable.titleHow, unusable.summary], [plain.date, plain.title, plain.titleHow, plain.summary]);
  assert.equal(unusable.date.text, "on Monday");
});
