// The article body's HTML: plain prose takes a shortcut past remark's parser, which must build the very
// tree remark builds; one processor serves every call, so nothing of one call may reach the next.
import { test } from "node:test";
import assert from "node:assert/strict";
import { remark } from "remark";
import { parseMarkdown, renderBody, renderWithRemark, type Mark } from "../src/site/markdown";

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

// Mostly prose, with now and then something that is, or nearly is, markdown, at a line's start or inside it.
const WORDS = ["NIO", "Hefei", "plant", "2021", "10,000", "$5", "20%", "R&D", "Q&A", "e-Town", "Nio’s", "“quoted”", "(it said)", "Škoda", "e\u0301", "🚗", "比亚迪", "a.m.", "x@y.z", "www.x.com", "http://a.b/c", "1.5", "2024.", "said:", "yes;", "!"];
const NEAR = ["#", "# ", "##", "-", "- ", "--", "---", "+", "+ ", "=", "===", "1.", "1. ", "2)", "3.5", ">", "> ", "&", "&amp;", "&#169;", "&copy", "&x;", " ", "  ", "\t", "\u00a0", "\u3000", "\r", "\r\n", "\u2028", "\u0000", "\u000b", "\ufeff", "\ud800", "*", "_", "`", "~", "<", "[", "]", "\\", "|", ":", "    "];
const BREAKS = ["\n", "\n\n", "\n\n\n"];

function fuzzBody(): string {
  const odd = pick([0, 0, 0.01, 0.03, 0.1]); // how often a word is replaced by something nearly markdown
  let text = random() < 0.2 ? pick(["", "\n", "\n\n"]) : "";
  const words = 1 + Math.floor(random() * 40);
  for (let i = 0; i < words; i++) {
    const r = random();
    if (r < odd / 2) text += pick(NEAR);
    else if (r < odd) text += pick(BREAKS) + pick(NEAR);
    else if (r < odd + 0.1) text += pick(BREAKS) + pick(WORDS);
    else text += (i ? " " : "") + pick(WORDS);
  }
  return random() < 0.5 ? text + pick(["\n", "\n\n", " "]) : text;
}

test("the tree of a body is the tree remark parses, prose or not", () => {
  const parser = remark();
  const bodies = ["", "\n", "\n\n\n", "One line.", "One line.\n", "Two\nlines.\n\n\nThen a paragraph.\n\n", "A\n\nB\n\nC", "\ufeffA byte-order mark", "\ufeff"];
  for (let i = 0; i < 5000; i++) bodies.push(fuzzBody());
  for (const body of bodies) assert.deepStrictEqual(parseMarkdown(body), parser.parse(body), JSON.stringify(body));
});

test("plain prose written directly is what remark-html writes, marks, captions and all", () => {
  const KINDS = ["date", "figure", "", "a b", "x ", " y", "<&\"'`>", "\u0000", "\u00a0", "é\n"];
  const LABELS = ["Date: 7 April 2021", "", "Company: AT&T \"Motors\" 'x' `y` <z>", "\u0000nul", "“today”, day not stated", "tab\there\nline"];
  for (let i = 0; i < 3000; i++) {
    const body = fuzzBody();
    const marks: Mark[] = Array.from({ length: Math.floor(random() * 12) }, () => {
      const start = Math.floor(random() * (body.length + 4)) - 2;
      return { start, end: start + Math.floor(random() * 25) - 2, kind: pick(KINDS), label: pick(LABELS) };
    });
    const captions = Array.from({ length: Math.floor(random() * 3) }, () => {
      const start = Math.floor(random() * body.length);
      return { start, end: start + Math.floor(random() * 200) };
    });
    const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
    assert.equal(renderBody(body, marks, captions), renderWithRemark(body, sorted, captions), JSON.stringify({ body, marks, captions }));
  }
});

test("raw HTML is shown as text, captions get their class, marks their <mark>", () => {
  const body = "NIO builds in Hefei.\n\nPhoto: the plant (NIO)\n\nA <b>bold</b> & <script>alert(1)</script> claim.";
  const marks: Mark[] = [
    { start: 0, end: 3, kind: "company", label: "Company: NIO" },
    { start: 14, end: 19, kind: "location", label: 'Location: "Hefei" & <China>' },
  ];
  assert.equal(
    renderBody(body, marks, [{ start: 22, end: 45 }]),
    '<p><mark class="fact fact-company" title="Company: NIO" data-kind="company">NIO</mark> builds in <mark class="fact fact-location" title="Location: &#x22;Hefei&#x22; &#x26; <China>" data-kind="location">Hefei</mark>.</p>\n' +
      '<p class="caption">Photo: the plant (NIO)</p>\n' +
      "<p>A &#x3C;b>bold&#x3C;/b> &#x26; &#x3C;script>alert(1)&#x3C;/script> claim.</p>\n",
  );
});

test("each call renders with its own marks and captions only", () => {
  const body = "NIO builds in Hefei.\n\nPhoto: the plant";
  const marked = renderBody(body, [{ start: 0, end: 3, kind: "company", label: "Company: NIO" }], [{ start: 22, end: 38 }]);
  const plain = renderBody(body);
  assert.match(marked, /<mark/);
  assert.match(marked, /class="caption"/);
  assert.equal(plain, "<p>NIO builds in Hefei.</p>\n<p>Photo: the plant</p>\n");
  assert.equal(renderBody(body, [{ start: 0, end: 3, kind: "company", label: "Company: NIO" }], [{ start: 22, end: 38 }]), marked);
  // Overlapping and unsorted marks: the one starting first (then the longer) wins, as before.
  assert.equal(
    renderBody("Hefei plant", [
      { start: 6, end: 11, kind: "b", label: "B" },
      { start: 0, end: 8, kind: "a", label: "A" },
      { start: 0, end: 5, kind: "c", label: "C" },
    ]),
    '<p><mark class="fact fact-a" title="A" data-kind="a">Hefei pl</mark>ant</p>\n',
  );
});
