// Search logic in Node, no browser: normalisation, query parsing, shards, ranking, facets, snippets
// and URL state, on a small invented archive whose expected answers are plain to a reader.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entry } from "../src/entry";
import lunr from "lunr";
import { buildSearchFiles, type SearchFiles } from "../src/search/build-index";
import { fieldText } from "../src/prepare/field-text";
import { FIELDS } from "../src/prepare/fields";
import { articleTerms, countPostings } from "../src/search/postings";
import { createSearchEngine, type SearchEngine } from "../src/search/engine";
import { emptySelection, facetOptions, filterHits } from "../src/search/facets";
import { indexTerms, termsOfWord } from "../src/prepare/normalise";
import { parseQuery } from "../src/search/query";
import { MAX_SHARDS_PER_WORD, mergeShards, PREFIX_MIN, shardOf, shardsForPrefix, shardsForWord, splitPostings, type SerialisedIndex, type Shard } from "../src/search/shards";
import { completions, MAX_COMPLETIONS } from "../src/search/rank";
import { highlight, snippet } from "../src/search/snippet";
import { searchFromState, stateFromSearch } from "../src/search/url-state";

function entry(slug: string, fields: { title: string; body: string; company?: string; city?: string; country?: string; year?: number; partners?: string[] }): Entry {
  return {
    source: `${slug}.txt`,
    slug,
    url: `/articles/${slug}/`,
    title: fields.title,
    titleBy: "editor",
    date: { year: fields.year ?? null, month: null, day: null, text: "", by: "editor" },
    company: { name: fields.company ?? null, by: "editor" },
    location: { city: fields.city ?? null, region: null, country: fields.country ?? null, by: "editor" },
    partners: (fields.partners ?? []).map((name) => ({ name, by: "editor" as const })),
    figures: [],
    summary: fields.body.slice(0, 80),
    body: fields.body,
    captions: [],
    boilerplate: "",
  };
}

const FILLER = "The plant will build electric vehicles and batteries for the domestic market over the coming years. ";
const ARCHIVE: Entry[] = [
  // Mentions NIO often, but is about Xiaomi in Beijing: must rank below the NIO articles for "nio".
  entry("xiaomi-etown", {
    title: "NIO, NIO, NIO: Xiaomi answers NIO in Beijing",
    body: `NIO. Xiaomi signed with E-Town. Unlike NIO, Xiaomi builds in Beijing. NIO and NIO's rivals watch NIO. ${FILLER}Škoda is not involved.`,
    company: "Xiaomi",
    city: "Beijing",
    country: "China",
    year: 2021,
    partners: ["E-Town"],
  }),
  entry("nio-hefei", { title: "NIO opens its Hefei headquarters", body: `NIO moves to Hefei. ${FILLER}`, company: "NIO", city: "Hefei", country: "China", year: 2020, partners: ["Hefei government"] }),
  entry("nio-shanghai", {
    title: "Nio and Lingang Group sign a deal",
    body: `${FILLER.repeat(4)}Nio's R&D centre will be in Shanghai, not Hefei.`,
    company: "Nio",
    city: "Shanghai",
    country: "China",
    year: 2021,
    partners: ["Lingang Group"],
  }),
  entry("byd-us", { title: "BYD looks at the US", body: `BYD and the US market. ${FILLER}`, company: "BYD", country: "US", year: 2019 }),
];

const urlFor = (path: string) => `/prefix${path}`;

function engineOver(files: SearchFiles): { engine: SearchEngine; fetched: string[] } {
  const fetched: string[] = [];
  const byPath = new Map<string, unknown>([
    ["index.json", files.manifest],
    ["facets.json", files.facets],
    ...files.shards.map((shard, n) => [`shards/${n}.json`, shard] as [string, unknown]),
    ...files.docs.map((doc, ref) => [`docs/${ref}.json`, doc] as [string, unknown]),
  ]);
  const engine = createSearchEngine(async (path) => {
    fetched.push(path);
    if (!byPath.has(path)) throw new Error(`no file ${path}`);
    return structuredClone(byPath.get(path));
  });
  return { engine, fetched };
}

const ARTICLES = ARCHIVE.map((entry) => ({ entry }));
const whole = buildSearchFiles(ARTICLES, urlFor, Infinity);
const sharded = buildSearchFiles(ARTICLES, urlFor, 400);

/** The oracle: lunr's own builder over the same field texts, unstemmed, with the same boosts. */
function lunrIndexOf(entries: Entry[]): SerialisedIndex {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("id");
    for (const field of FIELDS) this.field(field.name, { boost: field.boost });
    entries.forEach((entry, id) => this.add({ id: String(id), ...fieldText(entry) }));
  });
  return JSON.parse(JSON.stringify(index)) as SerialisedIndex;
}

/** term → field → docRef → weight, whatever numbering of terms the index uses. */
function weightsOf(index: SerialisedIndex): Map<string, Map<string, number>> {
  const termOf = new Map(index.invertedIndex.map(([term, posting]) => [posting._index, term]));
  const weights = new Map<string, Map<string, number>>();
  for (const [fieldRef, elements] of index.fieldVectors) {
    for (let i = 0; i < elements.length; i += 2) {
      const term = termOf.get(elements[i])!;
      if (!weights.has(term)) weights.set(term, new Map());
      weights.get(term)!.set(fieldRef, elements[i + 1]);
    }
  }
  return weights;
}

async function slugsFor(query: string, files = sharded): Promise<string[]> {
  const outcome = await engineOver(files).engine.search(query);
  assert.ok(outcome.ok, `${query}: ${outcome.ok ? "" : outcome.message}`);
  return outcome.hits.map((h) => ARCHIVE[h.ref].slug);
}

test("words normalise the same way whatever their case, accents, possessives and hyphens", () => {
  assert.deepEqual(termsOfWord("Nio's"), ["nio"]);
  assert.deepEqual(termsOfWord("Musk’s"), ["musk"]);
  assert.deepEqual(termsOfWord("E-Town"), ["etown", "e", "town"]);
  assert.deepEqual(termsOfWord("ŠKODA"), ["skoda"]);
  assert.deepEqual(indexTerms("NIO, Hefei! (R&D)"), ["nio", "hefei", "r", "d"]);
});

test("queries parse into field-restricted, required and optional words", () => {
  const parsed = parseQuery("company:NIO partners:Lingang the E-Town Nio's hefie~");
  assert.ok(parsed.ok);
  assert.deepEqual(
    parsed.words.map((w) => [w.term, w.fields?.join() ?? "*", w.required, w.fuzzy]),
    [
      ["nio", "company", true, false],
      ["lingang", "partner", true, false],
      ["the", "*", false, false],
      ["etown", "*", true, false],
      ["nio", "*", true, false],
      ["hefie", "*", true, true],
    ],
  );
  assert.deepEqual(parseQuery("   "), { ok: true, words: [] });
  const time = parseQuery("10:30");
  assert.ok(time.ok);
  assert.deepEqual(time.words.map((w) => w.term), ["10", "30"], "only letters before a colon name a field");
});

test("broken queries come back as messages, never as exceptions", () => {
  for (const query of ["company:", "city:  ", "*", "~~", "+-^", "foo:bar", "constructor:x", 'city:"'] as const) {
    const parsed = parseQuery(query);
    assert.equal(parsed.ok, false, query);
    assert.ok(!parsed.ok && parsed.message.length > 10, `${query} explains itself`);
  }
});

test("shards cover every term once, and merged they weigh every posting as lunr's own index does", () => {
  const oracle = lunrIndexOf(ARCHIVE);
  const { terms, docCount, averageFieldLength } = countPostings(ARCHIVE, (e) => articleTerms(fieldText(e)));
  const { shards, starts } = splitPostings(terms, 400);
  assert.ok(shards.length > 3, "a small budget makes several shards");
  assert.equal(starts[0], "");
  const vocabulary = oracle.invertedIndex.map(([term]) => term);
  assert.deepEqual(shards.flatMap((s) => s.terms.map(([term]) => term)), vocabulary);
  for (const [n, shard] of shards.entries()) for (const [term] of shard.terms) assert.equal(shardOf(term, starts), n, term);
  const merged = mergeShards(JSON.parse(JSON.stringify(shards)) as Shard[], { docCount, averageFieldLength });
  assert.deepEqual(merged.invertedIndex.map(([term]) => term), vocabulary);
  // Which documents hold each term, field by field, as lunr has it.
  const holders = (index: SerialisedIndex) => index.invertedIndex.map(([term, p]) => [term, ...merged.fields.map((f) => Object.keys(p[f] as object).join())]);
  assert.deepEqual(holders(merged), holders(oracle));
  // Empty vectors (a field the article does not have) are never read by a query, so shards leave them out.
  assert.deepEqual(weightsOf(merged), weightsOf(oracle));
  assert.deepEqual(new Set(merged.fieldVectors.map(([ref]) => ref)), new Set(oracle.fieldVectors.filter(([, e]) => e.length > 0).map(([ref]) => ref)));
  const prefixed = vocabulary.filter((t) => t.startsWith("ne"));
  const covering = shardsForPrefix("ne", starts).flatMap((n) => shards[n].terms.map(([t]) => t));
  for (const term of prefixed) assert.ok(covering.includes(term), term);
});

test("a merged index answers queries with lunr's own scores", () => {
  const oracle = lunr.Index.load(lunrIndexOf(ARCHIVE));
  const merged = lunr.Index.load(mergeShards(sharded.shards, sharded.manifest));
  for (const query of ["nio", "hefei", "nio hefei", "company:nio", "hefie~1", "xiao*", "plant batteries"]) {
    const answer = (index: lunr.Index) => index.search(query).map((r) => [r.ref, r.score.toFixed(10)]);
    assert.deepEqual(answer(merged), answer(oracle), query);
  }
});

test("a sharded index answers every word exactly as the whole index does, loading only some shards", async () => {
  const starts = sharded.manifest.shardStarts;
  const vocabulary = whole.shards[0].terms.map(([term]) => term);
  const prefixes = [...new Set(vocabulary.map((t) => t.slice(0, 4)))];
  for (const query of [...vocabulary, ...prefixes, "company:nio", "city:hefei", "nio hefei", "hefie", "xioami"]) {
    const a = await engineOver(whole).engine.search(query);
    const b = await engineOver(sharded).engine.search(query);
    assert.ok(a.ok && b.ok);
    const capped = query.length >= PREFIX_MIN && shardsForPrefix(query, starts).length > MAX_SHARDS_PER_WORD;
    if (!capped) assert.deepEqual(b.hits, a.hits, query);
    else assert.ok(b.hits.every((hit) => a.hits.some((h) => h.ref === hit.ref)), `${query}: a capped prefix finds a subset`);
  }
  const { engine, fetched } = engineOver(sharded);
  await engine.search("hefei");
  const shardFiles = fetched.filter((p) => p.startsWith("shards/"));
  assert.ok(shardFiles.length >= 1 && shardFiles.length < sharded.shards.length, `hefei loads ${shardFiles.length} of ${sharded.shards.length} shards`);
});

test("prepare fetches the manifest and facets once, ahead of the first search", async () => {
  const { engine, fetched } = engineOver(sharded);
  engine.prepare();
  assert.deepEqual(fetched, ["index.json", "facets.json"]);
  const outcome = await engine.search("hefei");
  assert.ok(outcome.ok && outcome.hits.length > 0);
  assert.deepEqual(fetched.filter((p) => !p.startsWith("shards/")), ["index.json", "facets.json"]);
});

test("typing a word prefetches only shards its search needs; when it needs one, the search fetches nothing more", async () => {
  const starts = sharded.manifest.shardStarts;
  const shardsOf = (paths: string[]) => paths.filter((p) => p.startsWith("shards/"));
  let prefetchedAll = 0;
  for (const word of whole.shards[0].terms.map(([term]) => term).filter((term) => term.length >= PREFIX_MIN)) {
    const alone = engineOver(sharded);
    await alone.engine.search(word);
    const needed = new Set(shardsOf(alone.fetched));
    const { engine, fetched } = engineOver(sharded);
    for (let i = 1; i <= word.length; i++) engine.prefetch(word.slice(0, i));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the manifest, then the shard requests
    const prefetched = shardsOf(fetched);
    assert.ok(prefetched.every((p) => needed.has(p)), `${word}: prefetched ${prefetched} but needs ${[...needed]}`);
    const typedBefore = fetched.length;
    await engine.search(word);
    if (shardsForWord(word, "exact", starts).length === 1) {
      assert.deepEqual(shardsOf(fetched.slice(typedBefore)), [], `${word}: its shard came while it was typed`);
      prefetchedAll++;
    }
  }
  assert.ok(prefetchedAll > 0, "some words need a single shard");
});

test("a word never loads more than a few shards, however short or common", () => {
  const starts = ["", "ca", "cb", "cc", "cd", "ce", "d"];
  assert.deepEqual(shardsForWord("cab", "exact", starts), [1]);
  assert.deepEqual(shardsForWord("c", "exact", starts), [0], "no prefix expansion for one letter");
  assert.deepEqual(shardsForPrefix("c", starts), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(shardsForWord("cca", "exact", starts), [3]);
  assert.deepEqual(shardsForWord("ccae", "fuzzy", starts), [3], "typos: among the words sharing the first two letters");
  const dense = ["", "caba", "cabb", "cabc", "cabd", "d"];
  assert.deepEqual(shardsForWord("cabcx", "fuzzy", dense), [2, 3, 4], "typos: the shards around the word when its prefix spans many");
  assert.deepEqual(shardsForWord("cab", "exact", dense), [0, 1, 2], "a common prefix: the nearest completions only");
  for (const term of ["", "c", "cab", "ccc", "zzz"]) {
    for (const mode of ["exact", "fuzzy"] as const) assert.ok(shardsForWord(term, mode, starts).length <= MAX_SHARDS_PER_WORD, `${term} ${mode}`);
  }
});

test("a typed prefix completes to a few terms, the shortest first", () => {
  const terms = ["bus", "car", "carbon", "cargo", "cars", ...Array.from({ length: 30 }, (_, i) => `carx${String(i).padStart(2, "0")}`), "cat"];
  assert.deepEqual(completions(terms, "car").slice(0, 3), ["cars", "cargo", "carbon"]);
  assert.equal(completions(terms, "car").length, MAX_COMPLETIONS);
  assert.deepEqual(completions(terms, "carb"), ["carbon"]);
  assert.deepEqual(completions(terms, "ca"), [], "too short to complete");
});

test("articles about a company or city rank above articles that mention it", async () => {
  assert.deepEqual((await slugsFor("nio")).slice(0, 2).sort(), ["nio-hefei", "nio-shanghai"]);
  assert.equal((await slugsFor("nio")).at(-1), "xiaomi-etown");
  assert.deepEqual(await slugsFor("hefei"), ["nio-hefei", "nio-shanghai"]);
  assert.deepEqual(await slugsFor("Beijing"), ["xiaomi-etown"]);
});

test("field queries look only in their field", async () => {
  assert.deepEqual((await slugsFor("company:nio")).sort(), ["nio-hefei", "nio-shanghai"]);
  assert.deepEqual(await slugsFor("city:hefei"), ["nio-hefei"]);
  assert.deepEqual(await slugsFor("partner:lingang"), ["nio-shanghai"]);
  assert.deepEqual(await slugsFor("company:beijing"), []);
});

test("prefixes, typos, several words, apostrophes, hyphens and accents all find their articles", async () => {
  assert.deepEqual(await slugsFor("xiaom"), ["xiaomi-etown"]);
  assert.deepEqual(await slugsFor("hefie"), ["nio-hefei", "nio-shanghai"]);
  assert.deepEqual(await slugsFor("NIO Hefei"), ["nio-hefei", "nio-shanghai"]);
  assert.deepEqual(await slugsFor("nio shanghai"), ["nio-shanghai"]);
  assert.deepEqual((await slugsFor("Nio's")).sort(), (await slugsFor("NIO")).sort());
  for (const spelling of ["E-Town", "etown", "e-town", "Town"]) assert.deepEqual(await slugsFor(spelling), ["xiaomi-etown"], spelling);
  assert.deepEqual(await slugsFor("skoda"), ["xiaomi-etown"]);
  assert.deepEqual(await slugsFor("country:us"), ["byd-us"], "a country named like a common word is still found");
});

test("-word and NOT word leave out the articles that hold the word; a query of only left-out words explains itself", async () => {
  assert.deepEqual(await slugsFor("hefei"), ["nio-hefei", "nio-shanghai"]);
  assert.ok(!(await slugsFor("china -shanghai")).includes("nio-shanghai"));
  assert.deepEqual((await slugsFor("china -shanghai")).sort(), ["nio-hefei", "xiaomi-etown"]);
  assert.deepEqual((await slugsFor("china NOT shanghai")).sort(), ["nio-hefei", "xiaomi-etown"]);
  assert.deepEqual(await slugsFor("hefei -nio"), [], "every Hefei article mentions NIO");
  assert.deepEqual(await slugsFor("nio -company:nio"), ["xiaomi-etown"], "a field narrows what is left out");
  assert.deepEqual((await slugsFor("china -shangh")).sort(), ["nio-hefei", "nio-shanghai", "xiaomi-etown"], "a left-out word is not completed");
  const parsed = parseQuery("hefei NOT nio not -byd");
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.words.map((w) => [w.term, w.excluded, w.required]), [["hefei", false, true], ["nio", true, false], ["not", false, false], ["byd", true, false]]);
  for (const query of ["-nio", "NOT nio", "-nio -byd"]) {
    const only = parseQuery(query);
    assert.ok(!only.ok && /only leaves articles out/.test(only.message), query);
  }
});

test("facets narrow the results and count what each choice would give", async () => {
  const outcome = await engineOver(sharded).engine.search("china");
  assert.ok(outcome.ok);
  const table = outcome.facets;
  const selection = { ...emptySelection(), year: ["2021"] };
  assert.deepEqual(filterHits(outcome.hits, table, selection).map((h) => ARCHIVE[h.ref].slug).sort(), ["nio-shanghai", "xiaomi-etown"]);
  const companies = facetOptions(outcome.hits, table, selection, "company");
  assert.deepEqual(companies.map((o) => [o.label, o.count]).sort(), [["Xiaomi", 1], ["NIO", 1]].sort());
  const years = facetOptions(outcome.hits, table, selection, "year");
  assert.deepEqual(years.map((o) => [o.value, o.count, o.selected]), [["2021", 2, true], ["2020", 1, false]]);
});

test("stored results link under the path prefix and snippets mark the matched words", async () => {
  const { engine } = engineOver(sharded);
  const outcome = await engine.search("hefei");
  assert.ok(outcome.ok);
  const [doc] = await engine.docs([outcome.hits[1].ref]);
  assert.equal(doc.url, "/prefix/articles/nio-shanghai/");
  const segments = snippet(doc.text, outcome.hits[1].terms, 120);
  assert.deepEqual(segments.filter((s) => s.marked).map((s) => s.text), ["Hefei"], "the match far into the text is in the snippet");
  assert.equal(segments[0].text, "… ");
  assert.ok(segments.map((s) => s.text).join("").length < 200);
  assert.deepEqual(highlight("E-Town's park, not etown", ["etown"]).filter((s) => s.marked).map((s) => s.text), ["E-Town's", "etown"]);
});

test("the URL holds the query and the facets, and reads back the same", () => {
  const state = { query: "NIO Hefei & more", facets: { company: ["nio"], city: [], year: ["2021", "2020"] } };
  const search = searchFromState(state);
  assert.equal(search, "?q=NIO+Hefei+%26+more&company=nio&year=2020&year=2021");
  assert.deepEqual(stateFromSearch(search), { ...state, facets: { ...state.facets, year: ["2020", "2021"] } });
  assert.deepEqual(stateFromSearch(""), { query: "", facets: emptySelection() });
});
