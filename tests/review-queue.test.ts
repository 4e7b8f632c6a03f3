// The build report's review queue: facts extracted with little confidence are listed for an editor, clear ones are not.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../src/entry";
import { extractEntry } from "../src/extract/index";
import { buildReport } from "../src/report/build-report";
import { REVIEW_BELOW, reviewQueue } from "../src/report/review-queue";

function entry(source: string, text: string): Entry {
  const e = extractEntry({ source, text, frontMatter: {} });
  return { ...e, slug: source.replace(/\.txt$/, ""), url: `/articles/${source.replace(/\.txt$/, "")}/` };
}

const ARTICLE = [
  "Korvane Motors signed a cooperation agreement with Belmont Industrial Group on Tuesday to build an electric van plant in Poznan, Poland.",
  "Under the agreement, Talvik Logistics will run the plant's parts warehouse.",
  "The plant will cost 1.2 billion zlotys and employ 900 workers.",
].join("\n\n");

test("a partner named after 'with' in the deal is clear; one that only takes on work 'under the agreement' is queued", () => {
  const e = entry("korvane-poznan.txt", ARTICLE);
  const names = e.partners.map((p) => p.name);
  assert.deepEqual(names.sort(), ["Belmont Industrial Group", "Talvik Logistics"]);
  const clear = e.partners.find((p) => p.name === "Belmont Industrial Group")!;
  const doubtful = e.partners.find((p) => p.name === "Talvik Logistics")!;
  assert.ok(clear.confidence! >= REVIEW_BELOW, `clear partner ${clear.confidence}`);
  assert.ok(doubtful.confidence! < REVIEW_BELOW, `doubtful partner ${doubtful.confidence}`);

  const queue = reviewQueue([e]);
  const partners = queue.filter((q) => q.field === "partners").map((q) => q.value);
  assert.deepEqual(partners, ["Talvik Logistics"]);
  const item = queue.find((q) => q.value === "Talvik Logistics")!;
  assert.equal(item.file, "korvane-poznan.txt");
  assert.match(item.sentence, /^Under the agreement, Talvik Logistics/);
  assert.ok(item.why.length > 0, "says why it is unsure");
});

test("every extracted fact carries a confidence between 0 and 1, and the report lists the queue", () => {
  const e = entry("korvane-poznan.txt", ARTICLE);
  const facts = [e.company, e.location, ...e.partners, ...e.figures];
  for (const f of facts) assert.ok(f.confidence !== undefined && f.confidence >= 0 && f.confidence <= 1, JSON.stringify(f));
  const report = buildReport([e], []);
  assert.equal(report.reviewBelow, REVIEW_BELOW);
  assert.deepEqual(report.review, reviewQueue([e]));
});

test("the editor's facts are never queued", () => {
  const e = entry("korvane-poznan.txt", ARTICLE);
  const edited: Entry = { ...e, partners: e.partners.map((p) => ({ name: p.name, by: "editor" as const })) };
  assert.equal(reviewQueue([edited]).filter((q) => q.field === "partners").length, 0);
});
