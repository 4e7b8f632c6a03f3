// The inverted index the search ships: for every term, which articles hold it in which field, how often,
// and how long that field is. This is what lunr's builder counts before it weighs; the weighing (BM25,
// which depends on the whole collection) is left to the browser, so one article's change touches only the
// shards of its own terms, and the index of 10,000 articles is counted in a second, not built by lunr.
import { FIELDS, type FieldName } from "../prepare/fields";

/** Per field: [docRef, term frequency, field length, docRef, ...], docRefs ascending. */
export type FieldPostings = Partial<Record<FieldName, number[]>>;

export interface Postings {
  docCount: number;
  /** Mean number of terms per field over all articles (lunr's `averageFieldLength`). */
  averageFieldLength: Record<FieldName, number>;
  /** [term, postings], sorted by term as lunr sorts them. */
  terms: Array<[string, FieldPostings]>;
}

/** lunr's tokenizer (lower case, split on spaces and hyphens) on a field text that is already normalised. */
const tokens = (text: string) => text.toLowerCase().split(/[\s-]+/).filter(Boolean);

/** One article's terms, field by field: each distinct term with its frequency, and the field's length in terms. */
export type ArticleTerms = Record<FieldName, { counts: Map<string, number>; length: number }>;

/** Count the terms of one article's fields (`fields`: its text per field). */
export function articleTerms(fields: Record<FieldName, string>): ArticleTerms {
  const out = {} as ArticleTerms;
  for (const { name } of FIELDS) {
    const terms = tokens(fields[name]);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    out[name] = { counts, length: terms.length };
  }
  return out;
}

/**
 * The postings of the archive; `termsOf(articles[ref])` is article `ref`'s terms (`articleTerms`, or kept
 * from before), asked for one article at a time so that a build never holds every article's counts at once.
 */
export function countPostings<A>(articles: readonly A[], termsOf: (article: A) => ArticleTerms): Postings {
  const byTerm = new Map<string, FieldPostings>();
  const totals = Object.fromEntries(FIELDS.map((f) => [f.name, 0])) as Record<FieldName, number>;
  articles.forEach((article, ref) => {
    const fields = termsOf(article);
    for (const { name } of FIELDS) {
      const { counts, length } = fields[name];
      totals[name] += length;
      for (const [term, tf] of counts) {
        let postings = byTerm.get(term);
        if (!postings) byTerm.set(term, (postings = {}));
        (postings[name] ??= []).push(ref, tf, length);
      }
    }
  });
  const n = articles.length;
  return {
    docCount: n,
    averageFieldLength: Object.fromEntries(FIELDS.map((f) => [f.name, n ? totals[f.name] / n : 0])) as Record<FieldName, number>,
    terms: [...byTerm].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
