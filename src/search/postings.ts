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

/** Count the terms of every article's fields; `fieldTexts[ref]` is article `ref`'s text per field. */
export function countPostings(fieldTexts: ReadonlyArray<Record<FieldName, string>>): Postings {
  const byTerm = new Map<string, FieldPostings>();
  const totals = Object.fromEntries(FIELDS.map((f) => [f.name, 0])) as Record<FieldName, number>;
  fieldTexts.forEach((fields, ref) => {
    for (const { name } of FIELDS) {
      const terms = tokens(fields[name]);
      totals[name] += terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let postings = byTerm.get(term);
        if (!postings) byTerm.set(term, (postings = {}));
        (postings[name] ??= []).push(ref, tf, terms.length);
      }
    }
  });
  const n = fieldTexts.length;
  return {
    docCount: n,
    averageFieldLength: Object.fromEntries(FIELDS.map((f) => [f.name, n ? totals[f.name] / n : 0])) as Record<FieldName, number>,
    terms: [...byTerm].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
