// The serialised lunr index split into shards by term range, so a browser downloads only the terms a
// query needs. Each shard keeps lunr's own serialised form (postings and the precomputed BM25 weights
// of its terms), so the shards a query needs, merged, score exactly as the whole index would.

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
 * order. Returns the first term of each shard (`starts[0]` is "") and the shards, each a loadable
 * lunr index without empty field postings.
 */
export function splitIndex(index: SerialisedIndex, budgetBytes: number): { starts: string[]; shards: SerialisedIndex[] } {
  const weightsByTerm = new Map<number, Array<[string, number]>>();
  for (const [ref, elements] of index.fieldVectors) {
    for (let i = 0; i < elements.length; i += 2) {
      const list = weightsByTerm.get(elements[i]) ?? [];
      list.push([ref, elements[i + 1]]);
      weightsByTerm.set(elements[i], list);
    }
  }
  const groups: Array<Array<[string, Posting]>> = [];
  let current: Array<[string, Posting]> = [];
  let size = 0;
  for (const [term, posting] of index.invertedIndex) {
    const compact = compactPosting(posting);
    const weights = weightsByTerm.get(posting._index) ?? [];
    const cost = JSON.stringify([term, compact]).length + weights.reduce((sum, [ref, w]) => sum + ref.length + String(w).length + 12, 0);
    if (current.length > 0 && size + cost > budgetBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push([term, compact]);
    size += cost;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);

  const shards = groups.map((terms) => {
    const vectors = new Map<string, number[]>();
    for (const [, posting] of terms) {
      for (const [ref, weight] of weightsByTerm.get(posting._index) ?? []) {
        const elements = vectors.get(ref) ?? [];
        elements.push(posting._index, weight);
        vectors.set(ref, elements);
      }
    }
    return { ...index, fieldVectors: [...vectors].map(([ref, elements]) => [ref, sortPairs(elements)] as [string, number[]]), invertedIndex: terms };
  });
  return { starts: groups.map((terms, i) => (i === 0 ? "" : terms[0][0])), shards };
}

function compactPosting(posting: Posting): Posting {
  return Object.fromEntries(
    Object.entries(posting).filter(([key, value]) => key === "_index" || Object.keys(value as object).length > 0),
  ) as Posting;
}

/** Join shards back into one loadable lunr index (terms sorted, empty field postings restored). */
export function mergeShards(shards: SerialisedIndex[]): SerialisedIndex {
  const fields = shards[0]?.fields ?? [];
  const vectors = new Map<string, number[]>();
  const terms: Array<[string, Posting]> = [];
  for (const shard of shards) {
    for (const [ref, elements] of shard.fieldVectors) vectors.set(ref, [...(vectors.get(ref) ?? []), ...elements]);
    for (const [term, posting] of shard.invertedIndex) {
      const full: Posting = { ...posting };
      for (const field of fields) full[field] ??= {};
      terms.push([term, full]);
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
