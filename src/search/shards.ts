// The index split into shards by term range, so a browser downloads only the terms a query needs. A
// shard carries each term's postings (articles, term frequencies, field lengths); the shards a query
// needs, merged back into lunr's serialised form with lunr's own BM25 weights, score exactly as lunr's
// index of the whole archive would.
import lunr from "lunr";
import { FIELDS, type FieldName } from "../prepare/fields";
import type { FieldPostings, Postings } from "./postings";

/** lunr's posting for one term: its vector position and, per field, the documents that contain it. */
export type Posting = { _index: number } & { [field: string]: Record<string, object> | number };

/** lunr's `Index.toJSON()` shape. */
export interface SerialisedIndex {
  version: string;
  fields: string[];
  /** ["field/docRef", [termIndex, weight, termIndex, weight, ...]] */
  fieldVectors: Array<[string, number[]]>;
  /** [term, posting], sorted by term */
  invertedIndex: Array<[string, Posting]>;
  pipeline: string[];
}

/** A shard as shipped: [term, { field: [docRef, term frequency, field length, ...] }], sorted by term. */
export interface Shard {
  terms: Array<[string, FieldPostings]>;
}

/** What weighing needs from the whole collection (in the manifest). */
export type CollectionStats = Pick<Postings, "docCount" | "averageFieldLength">;

/** Prefix expansion ("xiaom" → "xiaomi") starts at this many characters. */
export const PREFIX_MIN = 3;
/** Typo tolerance starts at this many characters. */
export const FUZZY_MIN = 4;
/**
 * At most this many shards per word, so one short or common prefix ("con") cannot pull in a large
 * part of the index. Past it, a word keeps its own shard and the ones after it: the completions
 * and typos nearest to it in sorted order.
 */
export const MAX_SHARDS_PER_WORD = 3;

/** A term's bytes in its shard: its JSON and a comma. */
export const termBytes = (entry: [string, FieldPostings]): number => JSON.stringify(entry).length + 1;

/**
 * Split the postings into shards of about `budgetBytes` of JSON each, cut between terms in sorted
 * order. Returns the first term of each shard (`starts[0]` is "") and the shards. `bytesOf` may give
 * a term's size kept from before (`termBytes`).
 */
export function splitPostings(terms: Postings["terms"], budgetBytes: number, bytesOf = termBytes): { starts: string[]; shards: Shard[] } {
  const groups: Array<Shard["terms"]> = [];
  let current: Shard["terms"] = [];
  let size = 0;
  for (const entry of terms) {
    const cost = bytesOf(entry);
    if (current.length > 0 && size + cost > budgetBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += cost;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return { starts: groups.map((group, i) => (i === 0 ? "" : group[0][0])), shards: groups.map((group) => ({ terms: group })) };
}

// lunr's BM25 parameters (its builder's defaults, which the index was never told to change).
const K1 = 1.2;
const B = 0.75;
const BOOST = new Map<string, number>(FIELDS.map((f) => [f.name, f.boost]));
const FIELD_NAMES: FieldName[] = FIELDS.map((f) => f.name);

// lunr only reads postings at query time, so every field a term is not in can share one empty object.
const NO_DOCUMENTS: Record<string, object> = Object.freeze({}) as Record<string, object>;

/**
 * Join shards back into lunr's serialised form, ready for `lunr.Index.load`, weighing each posting as
 * lunr's builder does (`lunr.Builder#createFieldVectors`), with the collection's own statistics.
 */
export function mergeShards(shards: Shard[], stats: CollectionStats): SerialisedIndex {
  const all = shards.flatMap((s) => s.terms).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vectors = new Map<string, number[]>();
  const invertedIndex: Array<[string, Posting]> = all.map(([term, byField], index) => {
    let documentsWithTerm = 0;
    for (const field of FIELD_NAMES) documentsWithTerm += (byField[field]?.length ?? 0) / 3;
    const idf = Math.log(1 + Math.abs((stats.docCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
    const posting: Posting = { _index: index };
    for (const field of FIELD_NAMES) {
      const list = byField[field];
      if (!list) {
        posting[field] = NO_DOCUMENTS;
        continue;
      }
      const docs: Record<string, object> = {};
      for (let i = 0; i < list.length; i += 3) {
        const [ref, tf, length] = [list[i], list[i + 1], list[i + 2]];
        docs[ref] = {};
        const score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / stats.averageFieldLength[field])) + tf);
        const key = `${field}/${ref}`;
        const elements = vectors.get(key) ?? [];
        // Terms come in index order, so each vector stays sorted as lunr's vector arithmetic expects.
        elements.push(index, Math.round(score * BOOST.get(field)! * 1000) / 1000);
        vectors.set(key, elements);
      }
      posting[field] = docs;
    }
    return [term, posting];
  });
  return { version: lunr.version, fields: FIELD_NAMES, pipeline: [], fieldVectors: [...vectors], invertedIndex };
}

/** The shard that holds a term (or would hold it). */
export function shardOf(term: string, starts: string[]): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The shards that hold terms starting with `prefix`. */
export function shardsForPrefix(prefix: string, starts: string[]): number[] {
  const first = shardOf(prefix, starts);
  const shards = [first];
  for (let i = first + 1; i < starts.length && starts[i].startsWith(prefix); i++) shards.push(i);
  return shards;
}

/** The shards a word needs: its own term and its prefix expansions, or (for typos) its neighbours. */
export function shardsForWord(term: string, mode: "exact" | "fuzzy", starts: string[]): number[] {
  const own = shardOf(term, starts);
  const nearest = (from: number) => {
    const first = Math.max(0, from);
    return Array.from({ length: Math.min(MAX_SHARDS_PER_WORD, starts.length - first) }, (_, i) => first + i);
  };
  if (mode === "exact") {
    if (term.length < PREFIX_MIN) return [own];
    const prefixed = shardsForPrefix(term, starts);
    return prefixed.length <= MAX_SHARDS_PER_WORD ? prefixed : nearest(own);
  }
  // A typo is looked for among terms sharing the first two characters, or three, or failing that
  // the terms just around the word.
  for (const length of [2, 3]) {
    const prefixed = shardsForPrefix(term.slice(0, length), starts);
    if (prefixed.length <= MAX_SHARDS_PER_WORD) return prefixed;
  }
  return nearest(own - 1);
}
