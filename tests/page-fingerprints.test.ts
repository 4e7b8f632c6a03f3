// A page's reuse key (src/site/page-inputs.ts) takes what extraction made of an article from the digests
// made with it (src/prepare/field-digests.ts) and spells out only what the archive stage set across
// entries. These check that nothing a page shows escapes the key: the document's front matter, media and
// text, and the archive's title and URL each change it; what the page does not show does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Entry, RawDocument } from "../src/entry";
import { assembleEntries } from "../src/archive/assemble-entries";
import { originOf, recordOrigin } from "../src/archive/entry-origin";
import type { PublicationRecord } from "../src/load/publication-record";
import { openExtractionCache } from "../src/prepare/extraction-cache";
import { prepareArticle } from "../src/prepare/prepare-article";
import { ALL_FIELDS, fingerprintOf, type EntryField } from "../src/site/page-inputs";

const TEXT = "NIO said on April 7, 2021 that it will build a battery plant in Hefei with an investment of $1 billion.\n\n![The plant](a.png)\n";
const doc = (source: string, extra: Partial<RawDocument> = {}): RawDocument => ({ source, text: TEXT, frontMatter: {}, ...extra });
const NOW = "2026-01-01T00:00:00.000Z";

/** The archive's entries of `documents`, made as a build makes them (the cache's keys, extraction, the archive stage). */
async function archiveOf(documents: RawDocument[], record: PublicationRecord = {}): Promise<{ bySource: Map<string, Entry>; record: PublicationRecord }> {
  const cache = await openExtractionCache("/archive", await mkdtemp(path.join(os.tmpdir(), "ev-fingerprint-cache-")));
  const keys = documents.map((d) => cache.keyOf(d));
  const loaded = assembleEntries(documents.map(prepareArticle), keys, [], { documents, record, now: NOW });
  return { bySource: new Map(loaded.entries.map((e) => [e.source, e])), record: loaded.record };
}

const fingerprint = (entry: Entry, fields: readonly EntryField[]) => fingerprintOf({ entries: [{ fields, of: [entry] }] });
/** Over a list long enough to be summed up as one digest (not spelled out entry by entry). */
const longFingerprint = (entry: Entry, fields: readonly EntryField[]) => fingerprintOf({ entries: [{ fields, of: Array(20).fill(entry) }] });

test("entries a build makes are summed up by extraction's digests and the fields the archive set", async () => {
  const { bySource } = await archiveOf([doc("a.md")]);
  const entry = bySource.get("a.md")!;
  const origin = originOf(entry);
  assert.ok(origin, "the archive stage records where the entry came from");
  assert.ok(origin.own.has("url") && origin.own.has("slug"), "URL and slug are the archive's");
  assert.ok(!origin.own.has("body") && !origin.own.has("figures") && !origin.own.has("date"), "body, figures and date are extraction's");
});

test("a change of the document (text, front matter, media, date header) changes the fingerprint of each field it changed, and only those", async () => {
  const variants: Array<[string, Partial<RawDocument>, EntryField]> = [
    ["as it was", {}, "source"],
    ["text", { text: TEXT.replace("$1 billion", "$2 billion") }, "figures"],
    ["front matter", { frontMatter: { company: "BYD" } }, "company"],
    ["an unused front matter key", { frontMatter: { note: "x" } }, "source"],
    ["media", { media: { "a.png": { width: 10, height: 10 } } }, "media"],
    ["media's size", { media: { "a.png": { width: 10, height: 12 } } }, "media"],
    ["date header", { headerDate: { year: 2020, month: 4, day: 7, text: "2020-04-07" } }, "date"],
  ];
  const entries = await Promise.all(variants.map(async ([what, change]) => ({ what, entry: (await archiveOf([doc("a.md", change)])).bySource.get("a.md")! })));
  const base = entries[0].entry;
  for (const [i, [what, , changes]] of variants.entries()) if (i > 0 && changes !== "source") assert.notDeepEqual(entries[i].entry[changes], base[changes], `${what} changes ${changes}`);
  for (const [i, a] of entries.entries()) {
    for (const b of entries.slice(i + 1)) {
      for (const field of ALL_FIELDS) {
        const same = JSON.stringify(a.entry[field]) === JSON.stringify(b.entry[field]);
        assert.equal(fingerprint(a.entry, [field]) === fingerprint(b.entry, [field]), same, `${a.what} / ${b.what}: ${field}`);
        assert.equal(longFingerprint(a.entry, [field, "date"]) === longFingerprint(b.entry, [field, "date"]), same && JSON.stringify(a.entry.date) === JSON.stringify(b.entry.date), `${a.what} / ${b.what}: ${field}, date in a long list`);
      }
      const same = JSON.stringify(a.entry) === JSON.stringify(b.entry);
      assert.equal(fingerprint(a.entry, ALL_FIELDS) === fingerprint(b.entry, ALL_FIELDS), same, `${a.what} / ${b.what}: all fields`);
    }
  }
});

test("the archive's title and URL change the fingerprints of pages that show them, not of the others", async () => {
  const alone = await archiveOf([doc("a.md")]);
  // Another article with the same headline: both titles get a qualifier; a.md's document is the same.
  const withTwin = await archiveOf([doc("a.md"), doc("b.md")], alone.record);
  const [before, after] = [alone.bySource.get("a.md")!, withTwin.bySource.get("a.md")!];
  assert.deepEqual(originOf(before)!.digests, originOf(after)!.digests, "the same document, extracted the same");
  assert.notEqual(after.title, before.title, "the archive told the twins apart");
  for (const fields of [["title"], ["url", "title"], ALL_FIELDS] as EntryField[][]) {
    assert.notEqual(fingerprint(after, fields), fingerprint(before, fields), fields.join(","));
    assert.notEqual(longFingerprint(after, fields), longFingerprint(before, fields), `${fields.join(",")}, in a long list`);
  }
  for (const fields of [["date"], ["body", "figures"], ["url"]] as EntryField[][]) assert.equal(fingerprint(after, fields), fingerprint(before, fields), fields.join(","));

  // Published before at another URL (the record keeps an article's first URL): the same document, another URL.
  const moved = Object.fromEntries(Object.entries(alone.record).map(([source, p]) => [source, { ...p, urls: ["/articles/elsewhere/"] }]));
  const elsewhere = (await archiveOf([doc("a.md")], moved)).bySource.get("a.md")!;
  assert.equal(elsewhere.url, "/articles/elsewhere/");
  assert.notEqual(fingerprint(elsewhere, ["url"]), fingerprint(before, ["url"]));
  assert.equal(fingerprint(elsewhere, ["date", "summary"]), fingerprint(before, ["date", "summary"]));
});

test("an edit of the text changes the fingerprints of the fields it changed, not of the others", async () => {
  const before = (await archiveOf([doc("a.md")])).bySource.get("a.md")!;
  const after = (await archiveOf([doc("a.md", { text: `${TEXT} The company confirmed the plan again on Friday.` })])).bySource.get("a.md")!;
  assert.deepEqual(after.date, before.date);
  assert.notEqual(after.body, before.body);
  for (const fields of [["date"], ["url", "title", "date", "company", "location"], ["figures"]] as EntryField[][]) {
    assert.equal(fingerprint(after, fields), fingerprint(before, fields), fields.join(","));
    assert.equal(longFingerprint(after, fields), longFingerprint(before, fields), `${fields.join(",")}, in a long list`);
  }
  for (const fields of [["body"], ALL_FIELDS] as EntryField[][]) assert.notEqual(fingerprint(after, fields), fingerprint(before, fields), fields.join(","));
});

test("a field the archive changed is digested from its value whichever it is: own fields are found by comparison, not listed", async () => {
  const { bySource } = await archiveOf([doc("a.md")]);
  const entry = bySource.get("a.md")!;
  const { slug: _slug, url: _url, ...extracted } = entry; // the very values the entry was made from
  // As if the archive stage set the date from other entries: the same key, another date.
  const redated = { ...entry, date: { ...entry.date, day: 8 } };
  recordOrigin(redated, extracted, originOf(entry)!.digests);
  assert.ok(originOf(redated)!.own.has("date"));
  assert.notEqual(fingerprint(redated, ["date"]), fingerprint(entry, ["date"]));
  assert.equal(fingerprint(redated, ["figures"]), fingerprint(entry, ["figures"]));
});

test("entries not made by the archive stage (tools, tests) are summed up by their fields' values", () => {
  const entry = { ...prepareArticle(doc("a.md")).entry!, slug: "a", url: "/articles/a/" } as Entry;
  const other = { ...entry, figures: [] };
  assert.equal(originOf(entry), undefined);
  assert.notEqual(fingerprint(other, ["figures"]), fingerprint(entry, ["figures"]));
  assert.equal(fingerprint(other, ["date"]), fingerprint(entry, ["date"]));
});
