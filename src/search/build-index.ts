// Build time: the archive's postings split into term-range shards, a small manifest (shard boundaries
// and the collection statistics BM25 needs), the facet table, and one small file per article with what
// a result shows. The browser loads only what a query needs and weighs it with lunr.
import type { Entry } from "../entry";
import { slugify } from "../archive/slug";
import { groupBy } from "../archive/taxonomies";
import { formatDate } from "../facts/format";
import type { FacetTable, FacetValue } from "./facets";
import type { FieldName } from "../prepare/fields";
import { fieldText, prose } from "../prepare/field-text";
import { articleTerms, countPostings, type ArticleTerms, type FieldPostings, type Postings } from "./postings";
import { splitPostings, type CollectionStats, type Shard } from "./shards";

/** What a result shows, one file per article (`docs/<ref>.json`), fetched only for results on screen. */
export interface StoredDoc {
  url: string;
  title: string;
  date: string;
  company: string | null;
  city: string | null;
  /** The article's prose (captions left out), for the snippet. */
  text: string;
}

/** `index.json`: read first, tells the browser which shard holds which terms and how to weigh them. */
export interface SearchManifest extends CollectionStats {
  version: 2;
  /** First term of each shard `shards/<n>.json`, sorted; the first is "". */
  shardStarts: string[];
}

export interface SearchFiles {
  manifest: SearchManifest;
  /** `facets.json`, fetched alongside the first shards. */
  facets: FacetTable;
  shards: Shard[];
  docs: StoredDoc[];
}

/**
 * An article as the index reads it: the entry, and what was computed ahead in the extraction pool: its field
 * texts, and the text its result quotes when that is not its body (a Markdown article's rendered words).
 */
export type IndexedArticle = { entry: Entry; fields?: Record<FieldName, string>; text?: string };

/** Raw bytes a shard aims at; one very common term may make its shard larger. */
export const SHARD_BYTES = 48_000;

function facetTable(entries: Entry[]): FacetTable {
  const named = (kind: "company" | "city") => groupBy(entries, kind).map((t): FacetValue => ({ value: t.slug, label: t.name }));
  const years = [...new Set(entries.map((e) => e.date.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const values = { company: named("company"), city: named("city"), year: years.map((y) => ({ value: String(y), label: String(y) })) };
  const positions = (list: FacetValue[], names: Array<string | number | null>) => {
    const byValue = new Map(list.map((v, i) => [v.value, i]));
    return names.map((name) => (name === null ? -1 : (byValue.get(slugify(String(name))) ?? -1)));
  };
  return {
    values,
    columns: {
      company: positions(values.company, entries.map((e) => e.company.name)),
      city: positions(values.city, entries.map((e) => e.location.city)),
      year: positions(values.year, entries.map((e) => e.date.year)),
    },
  };
}

/** An article's terms, counted from its field texts (made in the extraction pool, or from its entry). */
export const termsOfArticle = (article: IndexedArticle): ArticleTerms => articleTerms(article.fields ?? fieldText(article.entry));

/**
 * How the postings are counted and the shards cut: a watching process's worker keeps each article's terms
 * and the postings from one rebuild to the next (live-postings.ts), and each term's size in a shard.
 */
export type Counting = {
  postingsOf: (articles: IndexedArticle[]) => Postings;
  termBytes?: (entry: [string, FieldPostings]) => number;
};

const countEverything: Counting = { postingsOf: (articles) => countPostings(articles, termsOfArticle) };

/** The search files of an archive; document refs are positions in `articles`. */
export function buildSearchFiles(articles: IndexedArticle[], urlFor: (path: string) => string, shardBytes = SHARD_BYTES, counting = countEverything): SearchFiles {
  const entries = articles.map((a) => a.entry);
  const { docCount, averageFieldLength, terms } = counting.postingsOf(articles);
  const { starts, shards } = splitPostings(terms, shardBytes, counting.termBytes);
  return {
    manifest: { version: 2, docCount, averageFieldLength, shardStarts: starts },
    facets: facetTable(entries),
    shards,
    docs: articles.map(({ entry, text }) => storedDoc(entry, urlFor(entry.url), text)),
  };
}

// The same entry object shows the same result (the search worker of a watching process keeps the
// entries that did not change), so its result file is made once.
const storedDocs = new WeakMap<Entry, StoredDoc>();

function storedDoc(entry: Entry, url: string, text?: string): StoredDoc {
  const known = storedDocs.get(entry);
  if (known?.url === url) return known;
  const doc = { url, title: entry.title, date: formatDate(entry.date), company: entry.company.name, city: entry.location.city, text: text ?? prose(entry) };
  storedDocs.set(entry, doc);
  return doc;
}
