// The Markdown → text mapping on generated Markdown: offsets stay inside the source and point at the very
// character they stand for, and a Markdown article's spans stay inside its body.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { extractEntry } from "../src/extract/index";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GFM_TRIGGER, isPlainProse, markdownText, parseMarkdown, textOfTree } from "../src/extract/markdown-text";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { factMarks } from "../src/prepare/highlight";
import { renderBody, imageOptions } from "../src/prepare/markdown";

// Markdown's building blocks and the domain's words, joined at random: nested emphasis, tables, lists,
// fences, footnotes, escapes, links and images in every order, well-formed or not.
const token = fc.constantFrom(
  "**", "*", "_", "~~", "`", "```\n", "\n", "\n\n", "# ", "## ", "- ", "1. ", "> ", "| ", " |", "|---|---|\n", "[^1]", "[^1]: ",
  "[", "](x.png)", "![", "](https://cdn.example.com/a.jpg)", "\\*", "\\|", "    ", "- [x] ", "https://www.example.com/", "<b>",
  "NIO", "Tesla", "Hefei", "Berlin", "signed", "with", "the", "$5 billion", "12,000 jobs", "30 GWh", "on April 7, 2021", ".", ",", " ",
);
const markdown = fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(""));

test("every character of the text maps to the same character of the source, in bounds", () => {
  fc.assert(
    fc.property(markdown, (source) => {
      const { text, offsets } = markdownText(source);
      assert.equal(offsets.length, text.length + 1);
      for (let i = 0; i < text.length; i++) {
        assert.ok(offsets[i] >= 0 && offsets[i] < Math.max(source.length, 1), `offset ${offsets[i]} of ${JSON.stringify(text[i])}`);
        // Letters and digits are never made up: each is the source's own (no "&" in the tokens: no entities).
        if (/[A-Za-z0-9]/.test(text[i])) assert.equal(source[offsets[i]], text[i], `${JSON.stringify(source)} at ${i}`);
      }
    }),
    { numRuns: 1000 },
  );
});

test("a Markdown article's facts have spans inside its body, and its page renders", () => {
  fc.assert(
    fc.property(markdown, (source) => {
      const entry = extractEntry({ source: "a.md", text: source.trim() || "x", frontMatter: {} });
      const shown = markdownText(entry.body).text.replace(/\s+/g, " ");
      for (const f of [entry.date, entry.company, entry.location, ...entry.partners, ...entry.figures]) {
        if (f.span) assert.ok(0 <= f.span.start && f.span.start < f.span.end && f.span.end <= entry.body.length, "span inside body");
        // A quote is words the reader sees ("**" left unpaired is such a word), never the markup around them.
        if (f.sentence) assert.ok(shown.includes(f.sentence.replace(/\s+/g, " ")), `${JSON.stringify(f.sentence)} is in the text`);
      }
      renderBody(entry.body, factMarks(entry), entry.captions, imageOptions(entry));
    }),
    { numRuns: 300 },
  );
});

test("a text with nothing GFM starts from parses the same with and without GFM (the fast path is exact)", () => {
  const gfm = remark().use(remarkGfm, { singleTilde: false });
  const commonMark = remark();
  const plainToken = fc.constantFrom(
    "**", "*", "_", "`", "```\n", "\n", "\n\n", "# ", "## ", "- ", "1. ", "> ", "    ", "\\*", "<b>", "&amp;", "(", ")", "!", ":", "/", ".",
    "w.", "ww", "http", "s:", "mailto", "example.com", "a@", "NIO", "Tesla", "$5 billion", "12,000", " ", "---\n", "===\n", "<https://x.example/>",
  );
  fc.assert(
    fc.property(fc.array(plainToken, { maxLength: 80 }).map((t) => t.join("")), (source) => {
      fc.pre(!GFM_TRIGGER.test(source));
      assert.deepEqual(gfm.parse(source), commonMark.parse(source));
    }),
    { numRuns: 1000 },
  );
});

test("plain prose's tree and text, made without the parser, are the parser's (with and without GFM)", () => {
  const gfm = remark().use(remarkGfm, { singleTilde: false });
  const commonMark = remark();
  const same = (source: string) => {
    if (!isPlainProse(source)) return false;
    const tree = parseMarkdown(source);
    assert.deepEqual(tree, commonMark.parse(source), JSON.stringify(source));
    assert.deepEqual(tree, gfm.parse(source), JSON.stringify(source));
    assert.deepEqual(markdownText(source), textOfTree(commonMark.parse(source), source), JSON.stringify(source));
    return true;
  };
  // Prose with everything that could open a block or mark up words, at line starts and ends and inside words.
  const proseToken = fc.constantFrom(
    "\n", "\n\n", "\n\n\n", " ", "  ", "\t", "\u00a0", "\u2028", "\r\n", "NIO", "Tesla", "Hefei", "Zürich", "北京", "🚗", "signed", "the", ".", ",", "$5 billion",
    "12,000", "1.", "2)", "2024.", "R&D", "&amp;", "&#38;", "&x", "#", "# ", "=", "===", "-", "- ", "+", "*", "_", ">", "<", "|", "~", "`", "[", "]", "!", "\\",
    "@", "a@b.com", "@handle", "www.", "https:", "(", ")", ":", "'", "\"", "%", "/", "\u0000", "\ufeff",
  );
  let plain = 0;
  fc.assert(
    fc.property(fc.array(proseToken, { maxLength: 60 }).map((t) => t.join("")), (source) => {
      if (same(source)) plain++;
    }),
    { numRuns: 3000 },
  );
  // Our own articles, whole and paragraph by paragraph.
  const root = path.join(import.meta.dirname, "..");
  for (const folder of ["content", "tests/corpus", "tests/heldout", "tests/worldnews"]) {
    for (const name of readdirSync(path.join(root, folder)).filter((n) => /\.(txt|md)$/.test(n))) {
      const text = readFileSync(path.join(root, folder, name), "utf8");
      for (const source of [text, ...text.split(/\n\n+/)]) if (same(source)) plain++;
    }
  }
  assert.ok(plain > 500, `only ${plain} sources were plain prose: the test would check little`);
  // Markup is left to the parser.
  for (const source of ["*NIO*", "R&amp;D", "  indented", "line  \nbreak", "1. item", "- item", "Title\n===", "a@b.com", "www.nio.com", "a\tb", "a\r\nb"]) {
    assert.equal(isPlainProse(source), false, JSON.stringify(source));
  }
});
