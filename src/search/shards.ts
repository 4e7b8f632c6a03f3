// The serialised lunr index split into shards by term range, so a browser downloads only the terms a
// query needs. A shard carries lunr's own data for its terms (which documents hold them and their
// precomputed BM25 weights), term by term, so the shards a query needs, merged back into lunr's
// serialised form, score exactly as the whole index would. Nothing is tokenised or weighed again.

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

/**
 * A shard as shipped: lunr's postings and weights regrouped by term, which is about a third of the
 * size of lunr's document-major form. Document refs are numbers.
 */
export interface Shard {
  version: string;
  fields: string[];
  /** [term, vector position, { field: [docRef, weight, docRef, weight, ...] }], sorted by term */
  terms: Array<[string, number, Record<string, number[]>]>;
}

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

/**
 * Split a serialised index into shards of about `budgetBytes` each, cut between terms in sorted
 * order. Returns the first term of each shard (`starts[0]` is "") and the shards.
 */
export function splitIndex(index: SerialisedIndex, budgetBytes: number): { starts: string[]; shards: Shard[] } {
  // termIndex → field → [docRef, weight, ...]
  const weights = new Map<number, Record<string, number[]>>();
  for (const [fieldRef, elements] of index.fieldVectors) {
    const slash = fieldRef.indexOf("/");
    const field = fieldRef.slice(0, slash);
    const ref = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i < elements.length; i += 2) {
      const byField = weights.get(elements[i]) ?? {};
      (byField[field] ??= []).push(ref, elements[i + 1]);
      weights.set(elements[i], byField);
    }
  }
  const groups: Array<Shard["terms"]> = [];
  let current: Shard["terms"] = [];
  let size = 0;
  for (const [term, posting] of index.invertedIndex) {
    const entry: Shard["terms"][number] = [term, posting._index, weights.get(posting._index) ?? {}];
    const cost = JSON.stringify(entry).length + 1;
    if (current.length > 0 && size + cost > budgetBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += cost;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return {
    starts: groups.map((terms, i) => (i === 0 ? "" : terms[0][0])),
    shards: groups.map((terms) => ({ version: index.version, fields: index.fields, terms })),
  };
}

// lunr only reads postings at query time, so every field a term is not in can share one empty object.
const NO_DOCUMENTS: Record<string, object> = Object.freeze({}) as Record<string, object>;

/** Join shards back into lunr's serialised form, ready for `lunr.Index.load`. */
export function mergeShards(shards: Shard[]): SerialisedIndex {
  const fields = shards[0]?.fields ?? [];
  const vectors = new Map<string, number[]>();
  const terms: Array<[string, Posting]> = [];
  for (const shard of shards) {
    for (const [term, index, byField] of shard.terms) {
      const posting: Posting = { _index: index };
      for (const field of fields) {
        const list = byField[field];
        if (!list) {
          posting[field] = NO_DOCUMENTS;
          continue;
        }
        const docs: Record<string, object> = {};
        for (let i = 0; i < list.length; i += 2) {
          docs[list[i]] = {};
          const key = `${field}/${list[i]}`;
          const elements = vectors.get(key) ?? [];
          elements.push(index, list[i + 1]);
          vectors.set(key, elements);
        }
        posting[field] = docs;
      }
      terms.push([term, posting]);
    }
  }
  terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    version: shards[0]?.version ?? "",
    fields,
    pipeline: [],
    fieldVectors: [...vectors].map(([ref, elements]) => [ref, sortPairs(elements)]),
    invertedIndex: terms,
  };
}

/** [index, weight, index, weight, ...] sorted by index, as lunr's vector arithmetic expects. */
function sortPairs(elements: number[]): number[] {
  if (elements.length <= 2) return elements;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < elements.length; i += 2) pairs.push([elements[i], elements[i + 1]]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
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
