// The article body's HTML through remark and remark-html: one processor serves every call, so nothing
// of one call may reach the next.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderBody, type Mark } from "../src/prepare/markdown";

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
