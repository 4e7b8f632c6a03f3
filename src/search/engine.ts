// Loading and querying, with no DOM: the browser client and Node (tests, payload stats) share it.
// A query downloads the manifest once, then only the shards its words need, and scores each word from
// the postings of the terms it expands to (rank.ts `matchClauses`, lunr's scores without building a
// lunr index). Shards and each word's matches are cached, so a later query repeats no work.
import lunr from "lunr";
import type { SearchManifest, StoredDoc } from "./build-index";
import type { FacetTable } from "./facets";
import type { FieldPostings } from "./postings";
import { combineMatches, completions, exactClauses, matchClauses, type Hit, type WordMatch } from "./rank";
import { parseQuery, type QueryWord } from "./query";
import { FIELD_NAMES, FUZZY_MIN, shardsForWord, type Shard } from "./shards";

/** Results shown at once; the client offers the rest page by page. */
export const RESULTS_PER_PAGE = 10;

/** Fetch a file of the search folder by relative path ("index.json", "shards/3.json", "docs/12.json"). */
export type FetchJson = (path: string) => Promise<unknown>;

export type SearchOutcome = { ok: true; hits: Hit[]; facets: FacetTable } | { ok: false; message: string };

export interface SearchEngine {
  /** Fetch what every search needs (manifest, facets) ahead of the first one; errors wait for `search`. */
  prepare(): void;
  search(text: string): Promise<SearchOutcome>;
  docs(refs: number[]): Promise<StoredDoc[]>;
}

// lunr's token set builder and fuzzy strings, as `lunr.Index.load` and `lunr.Index#query` use them
// (@types/lunr leaves them out).
const TokenSets = lunr.TokenSet as unknown as {
  Builder: new () => { insert(word: string): void; finish(): void; root: lunr.TokenSet };
  fromFuzzyString(text: string, editDistance: number): lunr.TokenSet;
};

/** A fetched shard, ready to look terms up in. */
interface LoadedShard {
  /** Its terms, sorted. */
  terms: string[];
  postings: Map<string, FieldPostings>;
}

/** Some shards together: their terms in order (shards are sorted ranges) and every term's postings. */
interface ShardSet {
  terms: string[];
  postingsOf(term: string): FieldPostings;
  has(term: string): boolean;
}

export function createSearchEngine(fetchJson: FetchJson): SearchEngine {
  let manifest: Promise<SearchManifest> | null = null;
  let facets: Promise<FacetTable> | null = null;
  const shards = new Map<number, Promise<LoadedShard>>();
  const sets = new Map<string, ShardSet>();
  const tokenSets = new Map<string, lunr.TokenSet>();
  const words = new Map<string, Promise<Map<number, WordMatch>>>();
  const docs = new Map<number, Promise<StoredDoc>>();

  const loadManifest = () => (manifest ??= fetchJson("index.json") as Promise<SearchManifest>);

  function loadShard(n: number): Promise<LoadedShard> {
    if (!shards.has(n)) {
      const loaded = (fetchJson(`shards/${n}.json`) as Promise<Shard>).then(({ terms }) => ({ terms: terms.map(([term]) => term), postings: new Map(terms) }));
      // A failed fetch is not kept: the next query asks again.
      loaded.catch(() => shards.delete(n));
      shards.set(n, loaded);
    }
    return shards.get(n)!;
  }

  async function shardSet(numbers: number[]): Promise<{ key: string; set: ShardSet }> {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const key = sorted.join(",");
    const loaded = await Promise.all(sorted.map(loadShard));
    if (!sets.has(key)) {
      const maps = loaded.map((s) => s.postings);
      const find = (term: string) => {
        for (const map of maps) {
          const postings = map.get(term);
          if (postings) return postings;
        }
        return undefined;
      };
      sets.set(key, { terms: loaded.length === 1 ? loaded[0].terms : loaded.flatMap((s) => s.terms), postingsOf: (term) => find(term)!, has: (term) => find(term) !== undefined });
    }
    return { key, set: sets.get(key)! };
  }

  /** lunr's token set of some shards' terms, built as `lunr.Index.load` builds it, for typo lookups. */
  function tokenSetOf(key: string, set: ShardSet): lunr.TokenSet {
    if (!tokenSets.has(key)) {
      const builder = new TokenSets.Builder();
      for (const term of set.terms) builder.insert(term);
      builder.finish();
      tokenSets.set(key, builder.root);
    }
    return tokenSets.get(key)!;
  }

  async function lookUp(word: QueryWord, stats: SearchManifest): Promise<Map<number, WordMatch>> {
    const fields = word.fields ?? FIELD_NAMES;
    if (!word.fuzzy) {
      const { set } = await shardSet(shardsForWord(word.term, "exact", stats.shardStarts));
      const clauses = exactClauses(word.term, set.has(word.term), completions(set.terms, word.term));
      const exact = matchClauses(clauses, fields, set.postingsOf, stats);
      // A typo is only looked for when the word as typed finds nothing.
      if (exact.size > 0 || word.term.length < FUZZY_MIN) return exact;
    }
    const { key, set } = await shardSet(shardsForWord(word.term, "fuzzy", stats.shardStarts));
    const near = tokenSetOf(key, set).intersect(TokenSets.fromFuzzyString(word.term, 1)).toArray();
    return matchClauses([{ terms: near, boost: 1 }], fields, set.postingsOf, stats);
  }

  function matchesOf(word: QueryWord, stats: SearchManifest): Promise<Map<number, WordMatch>> {
    const key = `${word.fuzzy ? "~" : ""}${word.fields?.join(",") ?? ""}:${word.term}`;
    if (!words.has(key)) {
      const found = lookUp(word, stats);
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
    async search(text) {
      const parsed = parseQuery(text);
      if (!parsed.ok) return parsed;
      // The manifest first: the shards wait for it, the facets only for the results.
      const manifestLoaded = loadManifest();
      const facetsLoaded = loadFacets();
      const stats = await manifestLoaded;
      const matches = await Promise.all(parsed.words.map((word) => matchesOf(word, stats)));
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
