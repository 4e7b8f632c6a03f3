// The shortcuts in normalise.ts (plain ASCII words, terms without spans, remembered stop words) give
// exactly what the full normalisation gives, for words that only look plain too ("ſ", the Kelvin sign).
import { test } from "node:test";
import assert from "node:assert/strict";
import lunr from "lunr";
import { fieldText, prose, type IndexedPart } from "../src/prepare/field-text";
import { indexTerms, isStopWord, termsOfWord, wordSpans } from "../src/prepare/normalise";

/** termsOfWord without its shortcut. */
function fullTermsOfWord(word: string): string[] {
  const parts = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]s$/, "")
    .split(/[-‐‑]/)
    .map((part) => part.replace(/['’‘`]/g, ""))
    .filter(Boolean);
  return parts.length > 1 ? [parts.join(""), ...parts] : parts;
}

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const CHARS = [..."aZ09 -'’`.,\n", "É", "e\u0301", "ſ", "\u212a", "İ", "ı", "ß", "ﬁ", "Σ", "½", "²", "Ａ", "🚗", "比", "\u00a0"];
const text = (length: number) => Array.from({ length }, () => (random() < 0.7 ? "abcXYZ019"[Math.floor(random() * 9)] : CHARS[Math.floor(random() * CHARS.length)])).join("");

test("index terms are the terms of every word, plain or not", () => {
  for (let i = 0; i < 3000; i++) {
    const t = text(Math.floor(random() * 40));
    const spans = wordSpans(t);
    for (const span of spans) assert.deepEqual(span.terms, fullTermsOfWord(t.slice(span.start, span.end)), JSON.stringify(t));
    assert.deepEqual(indexTerms(t), spans.flatMap((span) => span.terms));
  }
  assert.deepEqual(termsOfWord("NIO2021"), ["nio2021"]);
  assert.deepEqual(termsOfWord("\u212aW"), ["kw"]);
  assert.deepEqual(termsOfWord("Nioſ"), ["nios"]);
});

test("stop words are lunr's, asked once or many times", () => {
  for (const term of ["the", "and", "us", "a", "nio", "", "constructor", "__proto__", "toString", "the"]) {
    const lunrSays = lunr.stopWordFilter(term as unknown as lunr.Token) === undefined;
    assert.equal(isStopWord(term), lunrSays, term);
    assert.equal(isStopWord(term), lunrSays, term);
  }
});

test("the body's field text is the terms of its prose, however it is spaced", () => {
  const SPACES = [" ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\ufeff", "\u200b", "\u180e"];
  for (let i = 0; i < 2000; i++) {
    let body = "";
    for (let w = Math.floor(random() * 30); w > 0; w--) body += (random() < 0.5 ? " " : SPACES[Math.floor(random() * SPACES.length)]) + text(Math.floor(random() * 8));
    const captions = Array.from({ length: Math.floor(random() * 3) }, () => {
      const start = Math.floor(random() * body.length);
      return { start, end: start + Math.floor(random() * 40) };
    });
    const entry: IndexedPart = { source: "a.txt", title: "", company: { by: "text", name: null }, location: { by: "text", city: null, region: null, country: null }, partners: [], body, captions };
    assert.equal(fieldText(entry).body, indexTerms(prose(entry)).filter((t) => !isStopWord(t)).join(" "), JSON.stringify(entry));
  }
});
