// The search index's title field holds the title the page shows, with the words the archive adds to titles
// that several articles share ("(Hefei)"), so a reader finds the article by what its result says.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assembleEntries } from "../src/archive/assemble-entries";
import type { RawDocument } from "../src/entry";
import { prepareArticle } from "../src/prepare/prepare-article";

test("the title field of the index carries an added qualifier, as the page and the search result show it", () => {
  const documents: RawDocument[] = ["Hefei", "Wuhan"].map((city, i) => ({
    source: `${i}.txt`,
    text: `Big Win for the Maker\n\nKorvex Motors will build a battery plant in ${city}, China, the company said on Monday.\n\nKorvex Motors shares rose.`,
    frontMatter: {},
  }));
  const prepared = documents.map(prepareArticle);
  const loaded = assembleEntries(prepared, ["a", "b"], [], { documents, record: {}, now: "2026-01-01T00:00:00Z" });
  const titles = loaded.entries.map((e) => e.title).sort();
  assert.deepEqual(titles, ["Big Win for the Maker (Hefei)", "Big Win for the Maker (Wuhan)"]);
  loaded.entries.forEach((entry, i) => {
    const city = entry.location.city!.toLowerCase();
    assert.ok(loaded.searchFields[i].title.split(" ").includes(city), `${loaded.searchFields[i].title} lacks ${city}`);
  });
  // Extraction made the fields from the headline alone: without the archive's qualifier the city was not in them.
  assert.ok(prepared.every((p) => !/hefei|wuhan/.test(p.searchFields!.title)));
});
