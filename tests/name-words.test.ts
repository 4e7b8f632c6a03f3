// The word helpers extraction asks of every name and sentence, written without regexes for speed, against the
// plain definitions they replace: tokens and words as their regexes find them, suffix words dropped one by one.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { COMPANY_SUFFIX, nameHead, wordSpans, wordTokens } from "../src/extract/names";

const piece = fc.constantFrom("NIO", "Voltrix", "Motors", "Inc.", "Group", "Co", "Ltd", "of", "Hefei", "Zürich", "北京", "🚗", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "-", "'s", "");
const name = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));

test("wordSpans finds the words /\\S+/g finds, at the same offsets", () => {
  fc.assert(
    fc.property(name, (text) => {
      const expected = [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
      assert.deepEqual(wordSpans(text), expected);
    }),
    { numRuns: 2000 },
  );
});

test("nameHead drops company suffix words from the end while another word is left", () => {
  const reference = (text: string) => {
    const words = text.split(" ");
    const count = words.length;
    while (words.length > 1 && COMPANY_SUFFIX.has(words[words.length - 1])) words.pop();
    return words.length === count ? text : words.join(" ");
  };
  fc.assert(fc.property(name, (text) => assert.equal(nameHead(text), reference(text))), { numRuns: 2000 });
  assert.equal(nameHead("Voltrix Motors Inc."), "Voltrix");
  assert.equal(nameHead("Motors Inc."), "Motors");
  assert.equal(nameHead("Group"), "Group");
});

test("wordTokens finds the tokens its Unicode pattern finds, at the same offsets", () => {
  const TOKEN = /[\p{L}\p{N}&][\p{L}\p{N}&'’.\-]*/gu;
  const piece = fc.oneof(
    fc.constantFrom("NIO", "Inc.", "U.S.", "Mercedes-Benz", "O'Neill", "Agratas’", "R&D", "3.5", "-", ".", "'", "’", " ", ",", "é", "Zürich", "北京", "١٢٣", "𝐀", "🚗", "\ud800", "\udc00", "ǅ", "Ⅻ"),
    fc.string({ unit: "grapheme", maxLength: 3 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join("")), (text) => {
      const expected = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], index: m.index }));
      assert.deepEqual(wordTokens(text), expected, JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
