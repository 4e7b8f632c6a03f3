// Loading and querying, with no DOM: the browser client and Node (tests, payload stats) share it.
// A query downloads the manifest once, then only the shards its words need; shards are merged, weighed
// and loaded as a lunr index (cached per set of shards).
import lunr from "lunr";
import type { SearchManifest, StoredDoc } from "./build-index";
import type { FacetTable } from "./facets";
import { combineMatches, completions, matchWord, type Hit, type WordMatch } from "./rank";
import { parseQuery, type QueryWord } from "./query";
import { FUZZY_MIN, mergeShards, PREFIX_MIN, shardsForWord, type Shard } from "./shards";

/** Results shown at once; the client offers the rest page by page. */
export const RESULTS_PER_PAGE = 10;

/** Fetch a file of the search folder by relative path ("index.json", "shards/3.json", "docs/12.json"). */
export type FetchJson = (path: string) => Promise<unknown>;

export type SearchOutcome = { ok: true; hits: Hit[]; facets: FacetTable } | { ok: false; message: string };

export interface SearchEngine {
  /** Fetch what every search needs (manifest, facets) ahead of the first one; errors wait for `search`. */
  prepare(): void;
  /** Fetch the shards the words typed so far need, ahead of their search; errors wait for `search`. */
  prefetch(text: string): void;
  search(text: string): Promise<SearchOutcome>;
  docs(refs: number[]): Promise<StoredDoc[]>;
}

export function createSearchEngine(fetchJson: FetchJson): SearchEngine {
  let manifest: Promise<SearchManifest> | null = null;
  let facets: Promise<FacetTable> | null = null;
  const shards = new Map<number, Promise<Shard>>();
  const indexes = new Map<string, { index: lunr.Index; terms: string[] }>();
  const docs = new Map<number, Promise<StoredDoc>>();

  const loadManifest = () => (manifest ??= fetchJson("index.json") as Promise<SearchManifest>);

  function loadShard(n: number): Promise<Shard> {
    if (!shards.has(n)) {
      const loading = fetchJson(`shards/${n}.json`) as Promise<Shard>;
      loading.catch(() => shards.delete(n)); // a failed fetch is tried again by the next search
      shards.set(n, loading);
    }
    return shards.get(n)!;
  }

  /** A lunr index of the terms in these shards that start with `prefix` ("" for all of them). */
  async function indexOf(numbers: number[], prefix = ""): Promise<{ index: lunr.Index; terms: string[] }> {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const key = `${prefix}:${sorted.join(",")}`;
    if (!indexes.has(key)) {
      const [stats, ...loaded] = await Promise.all([loadManifest(), ...sorted.map(loadShard)]);
      // Only the terms a lookup can match: merging and loading cost grows with the terms, and a term's
      // weights do not depend on the other terms (lunr divides by the query vector's length only).
      const wanted = (loaded as Shard[]).map((shard) => (prefix ? { terms: shard.terms.filter(([term]) => term.startsWith(prefix)) } : shard));
      const merged = mergeShards(wanted, stats as SearchManifest);
      indexes.set(key, { index: lunr.Index.load(merged), terms: merged.invertedIndex.map(([term]) => term) });
    }
    return indexes.get(key)!;
  }

  async function lookUp(word: QueryWord, starts: string[]): Promise<Map<number, WordMatch>> {
    if (!word.fuzzy) {
      const { index, terms } = await indexOf(shardsForWord(word.term, "exact", starts), word.term);
      // A word left out is left out as written: "-nio" keeps the articles about "niobium".
      const exact = matchWord(index, word, "exact", word.excluded ? [] : completions(terms, word.term));
      // A typo is only looked for when the word as typed finds nothing (never for a word left out).
      if (exact.size > 0 || word.excluded || word.term.length < FUZZY_MIN) return exact;
    }
    return matchWord((await indexOf(shardsForWord(word.term, "fuzzy", starts))).index, word, "fuzzy");
  }

  // Each word's matches, kept: a later query repeating a word does no work for it.
  const words = new Map<string, Promise<Map<number, WordMatch>>>();
  function matchesOf(word: QueryWord, starts: string[]): Promise<Map<number, WordMatch>> {
    const key = `${word.excluded ? "-" : word.fuzzy ? "~" : ""}${word.fields?.join(",") ?? ""}:${word.term}`;
    if (!words.has(key)) {
      const found = lookUp(word, starts);
      found.catch(() => words.delete(key));
      words.set(key, found);
    }
    return words.get(key)!;
  }

  const loadFacets = () => (facets ??= fetchJson("facets.json") as Promise<FacetTable>);

  return {
    prepare() {
      loadManifest().catch(() => (manifest = null));
      loadFacets().catch(() => (facets = null));
    },
    prefetch(text) {
      const parsed = parseQuery(text);
      if (!parsed.ok) return;
      // Only a word whose exact lookup (a typo's shards are needed only when it finds nothing) needs a
      // single shard: then every word it is the start of needs that shard too, so what is fetched while
      // the reader types on is never wasted. "hef" spans two shards and waits; "hefei" needs one.
      loadManifest().then(({ shardStarts }) => {
        for (const word of parsed.words) {
          const needed = word.term.length >= PREFIX_MIN ? shardsForWord(word.term, "exact", shardStarts) : [];
          if (needed.length === 1) void loadShard(needed[0]);
        }
      }, () => (manifest = null));
    },
    async search(text) {
      const parsed = parseQuery(text);
      if (!parsed.ok) return parsed;
      // The manifest first: the shards wait for it, the facets only for the results.
      const manifestLoaded = loadManifest();
      const facetsLoaded = loadFacets();
      const { shardStarts } = await manifestLoaded;
      const matches = await Promise.all(parsed.words.map((word) => matchesOf(word, shardStarts)));
      return { ok: true, hits: combineMatches(parsed.words, matches), facets: await facetsLoaded };
    },
    docs(refs) {
      return Promise.all(
        refs.map((ref) => {
          if (!docs.has(ref)) docs.set(ref, fetchJson(`docs/${ref}.json`) as Promise<StoredDoc>);
          return docs.get(ref)!;
        }),
      );
    },
  };
}
