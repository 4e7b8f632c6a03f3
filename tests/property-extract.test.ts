// The extractor on arbitrary and adversarial text: it never throws and stays fast (times are printed; only
// a generous bound is asserted, which catches catastrophic regex backtracking; throughput is in the bench).
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { extractEntry } from "../src/extract/index";
import { factMarks } from "../src/prepare/highlight";

const BOUND_MS = 20_000;
const MB = 1 << 20;
const doc = (text: string) => ({ source: "p.txt", text, frontMatter: {} });

function checkEntry(text: string): void {
  const e = extractEntry(doc(text));
  assert.ok(e.title.trim().length > 0, "title never empty");
  for (const f of [e.date, e.company, e.location, ...e.partners, ...e.figures]) {
    if (f.span) assert.ok(0 <= f.span.start && f.span.start < f.span.end && f.span.end <= e.body.length, "span inside body");
  }
  factMarks(e);
}

test("never throws on arbitrary strings and unicode", () => {
  fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkEntry(s || "x")), { numRuns: 300 });
  fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => checkEntry(s || "x")), { numRuns: 200 });
});

test("never throws on article-like text built from the domain's tokens", () => {
  const token = fc.constantFrom(
    "NIO", "Hefei", "said", "on", "April", "7", "$", "10", "billion", "yuan", "(", ")", "%", "percent", ",", ".", "\n",
    "signed", "agreement", "with", "the", "city", "of", "and", "'s", "Articles:", "354", "Leave a Reply", "5G", "2021-2022",
    "Group", "University", "Inc.", "per", "month", "GWh", "-hectare", "last year", "today", "Normal,", "Illinois",
  );
  fc.assert(fc.property(fc.array(token, { maxLength: 120 }), (ts) => checkEntry(ts.join(" ") || "x")), { numRuns: 400 });
});

test("front matter of any shape never throws", () => {
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom("title", "date", "company", "city", "location", "partners", "figures", "region"), fc.anything()), (fm) => {
      extractEntry({ source: "f.md", text: "BYD said on Monday it sold 1,000 cars.", frontMatter: fm });
    }),
    { numRuns: 300 },
  );
});

const ADVERSARIAL: Record<string, string> = {
  "1 MB of digits": "1".repeat(MB),
  "$$$$": "$".repeat(MB),
  "1,1,1,1,": "1,".repeat(MB / 2),
  "repeated capitalised words": "Abc Def ".repeat(MB / 8),
  "capitalised words with and": "Alpha Motor and ".repeat(MB / 16),
  "long line without punctuation": "the company said it would build a plant in ".repeat(MB / 44),
  "sentences with cues": "NIO signed an agreement with Hefei University and JAC Motor on April 7 for $10 billion. ".repeat(MB / 88),
  "brackets and captions": "(x)\n".repeat(MB / 4),
  "name lines": "Haye Kesteloo\n".repeat(MB / 14),
  "numbers and months": "April 7 2021 10,000 vehicles per month ".repeat(MB / 40),
  "towns qualified by places": "a plant in Tanjung Malim, Huzhou, in the Malaysian state of Perak near Berlin, ".repeat(MB / 80),
  "dateline": "BEIJING, March 3 (Reuters) – ".repeat(MB / 28),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`finishes in bounded time on 1 MB: ${name}`, () => {
    const t0 = performance.now();
    checkEntry(text);
    const ms = performance.now() - t0;
    console.log(`  ${name}: ${(text.length / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    assert.ok(ms < BOUND_MS, `${name} took ${ms} ms`);
  });
}
