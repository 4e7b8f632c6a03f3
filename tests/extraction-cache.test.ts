// The extraction stage's scale helpers: the cache, the pool's ordering, and progress only on a terminal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RawDocument } from "../src/entry";
import { extractAll } from "../src/prepare/extract-pool";
import { prepareArticle } from "../src/prepare/prepare-article";
import { factMarks } from "../src/prepare/highlight";
import { renderBody } from "../src/prepare/markdown";
import { buildSearchFiles } from "../src/search/build-index";
import { fieldText } from "../src/prepare/field-text";
import type { FieldName } from "../src/prepare/fields";
import type { Entry } from "../src/entry";
import { openExtractionCache } from "../src/prepare/extraction-cache";
import { startProgress } from "../src/util/progress";

const doc = (source: string, text: string): RawDocument => ({ source, text, frontMatter: {} });

test("a saved result is found again for the same document, not for a changed one", async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "ev-cache-test-"));
  const original = doc("a.txt", "NIO said on April 7, 2021 that it will build a park in Hefei.");
  const first = await openExtractionCache("/archive", cacheDir);
  const key = first.keyOf(original);
  assert.equal(first.get(key), undefined);
  first.set(key, prepareArticle(original));
  await first.save();
  const [file] = await readdir(path.join(cacheDir, "extraction"));
  const [head, ...lines] = (await readFile(path.join(cacheDir, "extraction", file), "utf8")).trim().split("\n");
  assert.match(JSON.parse(head).version, /^[0-9a-f]{64}$/);
  assert.deepEqual(lines.map((line) => JSON.parse(line)), [[key, JSON.parse(JSON.stringify(prepareArticle(original)))]], "written to disk for the next process");

  const second = await openExtractionCache("/archive", cacheDir);
  assert.deepEqual(second.get(second.keyOf(original)), prepareArticle(original), "kept in memory for the next build in this process");
  assert.equal(second.get(second.keyOf({ ...original, text: original.text + " More." })), undefined);
  assert.equal(second.get(second.keyOf({ ...original, source: "b.txt" })), undefined);
  // Front matter grown by two lines above the same text: the warnings' line numbers move with it.
  assert.equal(second.get(second.keyOf({ ...original, firstLine: 3 })), undefined);
  const otherArchive = await openExtractionCache("/another-archive", cacheDir);
  assert.equal(otherArchive.get(otherArchive.keyOf(original)), undefined);
});

test("a later build appends its new results, and a new process reads the last line of each key", async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "ev-cache-test-"));
  const docs = ["Xpeng said on May 3 it opened a plant in Guangzhou.", "BYD said on June 4 it sold 5,000 cars."].map((text, i) => doc(`${i}.txt`, text));
  const first = await openExtractionCache("/archive", cacheDir);
  for (const d of docs) first.set(first.keyOf(d), prepareArticle(d));
  await first.save();
  const edited = doc("0.txt", docs[0].text + " It will employ 300 people.");
  const second = await openExtractionCache("/archive", cacheDir);
  assert.ok(second.get(second.keyOf(docs[1])));
  second.set(second.keyOf(edited), prepareArticle(edited));
  await second.save();
  const [file] = await readdir(path.join(cacheDir, "extraction"));
  const lines = (await readFile(path.join(cacheDir, "extraction", file), "utf8")).trim().split("\n");
  assert.equal(lines.length, 4, "the version, two results, one appended");
  // Another cache folder holding the same file stands for a new process, which reads it from disk.
  const copy = await mkdtemp(path.join(os.tmpdir(), "ev-cache-test-"));
  await mkdir(path.join(copy, "extraction"));
  await writeFile(path.join(copy, "extraction", file), lines.join("\n") + '\n["cut short');
  const fresh = await openExtractionCache("/archive", copy);
  assert.deepEqual(fresh.get(fresh.keyOf(edited)), JSON.parse(JSON.stringify(prepareArticle(edited))));
  assert.ok(fresh.get(fresh.keyOf(docs[1])), "the unchanged article is still there");
  assert.ok(fresh.get(fresh.keyOf(docs[0])), "so is the one before the edit (until the file is written anew)");
});

test("the pool returns one result per document, in the documents' order", async () => {
  const docs = Array.from({ length: 45 }, (_, i) => doc(`n${i}.txt`, `Article ${i}. Xpeng said on May ${(i % 28) + 1} it sold ${i + 2} cars.`));
  let reported = 0;
  const results = await extractAll(docs, { onDone: (n) => (reported += n) });
  assert.equal(reported, docs.length);
  assert.deepEqual(results.map((r) => r.entry?.source), docs.map((d) => d.source));
  assert.deepEqual(results, docs.map(prepareArticle));
});

test("a prepared article carries its body as the article page shows it", () => {
  const prepared = prepareArticle(doc("p.md", "NIO said on **April 7, 2021** that it will build a park in Hefei with JAC Motor."));
  const entry = prepared.entry!;
  const marks = factMarks(entry);
  assert.ok(marks.length > 0, "the sample has facts to highlight");
  assert.equal(prepared.bodyHtml, renderBody(entry.body, marks, entry.captions));
  assert.match(prepared.bodyHtml!, /<mark /);
});

test("a prepared article carries its search field texts, and the index reads the ones it is given", () => {
  const prepared = prepareArticle(doc("s.txt", "Xpeng said on May 3, 2022 that it opened a plant in Guangzhou.\n\nThe factory will employ welders."));
  const entry: Entry = { ...prepared.entry!, slug: "s", url: "/articles/s/" };
  assert.deepEqual(prepared.searchFields, fieldText(entry));
  const terms = (fields?: Record<FieldName, string>) => buildSearchFiles([{ entry, fields }], (p) => p).shards.flatMap((s) => s.terms.map(([term]) => term));
  assert.ok(terms().includes("welders"), "computed on the spot when not given");
  assert.ok(terms(prepared.searchFields!).includes("welders"));
  const given = terms({ ...prepared.searchFields!, body: "aheadword" });
  assert.ok(given.includes("aheadword") && !given.includes("welders"), "the texts given are what is indexed");
});

test("progress is drawn on a terminal and silent in CI or when piped", () => {
  const written: string[] = [];
  const stream = { isTTY: true, write: (s: string) => written.push(s) > 0 };
  startProgress("extracting", 10, { stream, env: { CI: "true" } }).advance(10);
  startProgress("extracting", 10, { stream: { ...stream, isTTY: false }, env: {} }).advance(10);
  assert.equal(written.length, 0);
  const progress = startProgress("extracting", 2000, { stream, env: {}, now: () => 0 });
  progress.advance(2000);
  progress.finish();
  assert.ok(written.some((line) => line.includes("extracting 2,000/2,000 (100%)")), written.join("|"));
});
