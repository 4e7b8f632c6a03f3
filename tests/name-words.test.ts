// The word helpers extraction asks of every name, written without regexes for speed, against the plain
// definitions they replace: words as /\S+/g finds them, and suffix words dropped from the end one by one.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { COMPANY_SUFFIX, nameHead, wordSpans } from "../src/extract/names";

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
