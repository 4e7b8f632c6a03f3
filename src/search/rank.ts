// Ranking, with no DOM: each query word is looked up on its own (exact and prefix, or with a typo),
// then a result must match every required word. Articles *about* the words (company, city, region,
// country or partner fields) come before articles that only mention them; lunr's boosted score
// orders within that.
import { ABOUT_FIELDS, type FieldName } from "./fields";
import type { FieldPostings } from "./postings";
import type { QueryWord } from "./query";
import { PREFIX_MIN, postingWeight, termIdf, type CollectionStats } from "./shards";

/** A word typed in part ("xiaom") is completed to at most this many index terms, shortest first. */
export const MAX_COMPLETIONS = 12;

/** How one document matched one word. */
export interface WordMatch {
  score: number;
  /** Matched in a field that says what the article is about. */
  about: boolean;
  /** The index terms that matched ("xiaomi" for "xiaom"), for highlighting. */
  terms: string[];
}

export interface Hit {
  /** Document number: position in the archive, and the name of its stored file. */
  ref: number;
  score: number;
  /** How many required words matched in an "about" field. */
  about: number;
  terms: string[];
}

/**
 * Index terms that complete `prefix`, shortest (then alphabetically) first, at most MAX_COMPLETIONS:
 * a short prefix of a common start ("con") must not turn one word into hundreds of lookups.
 */
export function completions(sortedTerms: readonly string[], prefix: string): string[] {
  if (prefix.length < PREFIX_MIN) return [];
  let low = 0;
  let high = sortedTerms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sortedTerms[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < sortedTerms.length && sortedTerms[i].startsWith(prefix); i++) if (sortedTerms[i] !== prefix) found.push(sortedTerms[i]);
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_COMPLETIONS);
}

/** One lunr query clause: the index terms it expanded to (in lunr's order) and its boost. */
export interface Clause {
  terms: string[];
  boost: number;
}

/** How exact lookups are asked: the word itself above its completions. */
export const EXACT_BOOST = 10;
export const COMPLETION_BOOST = 1;

/** The clauses of an exact lookup: the word (when it is an index term) and each completion. */
export function exactClauses(term: string, isIndexTerm: boolean, completed: string[]): Clause[] {
  return [{ terms: isIndexTerm ? [term] : [], boost: EXACT_BOOST }, ...completed.map((t) => ({ terms: [t], boost: COMPLETION_BOOST }))];
}

const compareTerms = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Score the documents that hold any of the clauses' terms exactly as `lunr.Index#query` would over
 * an index weighed by `mergeShards` (same arithmetic in the same order, so the same floating-point
 * scores), reading only those terms' postings: no field vectors, no token set, no other documents.
 *
 * lunr's query vector of a field holds each expanded term with the sum of its clauses' boosts, in
 * term order; a document field's score is that vector's dot product with the field's weights over
 * the vector's magnitude; a document's score adds its fields in the order they were first matched
 * (clause, then term, then field), and its matched terms come in that order too.
 */
export function matchClauses(clauses: Clause[], fields: readonly FieldName[], postingsOf: (term: string) => FieldPostings, stats: CollectionStats): Map<number, WordMatch> {
  const boosts = new Map<string, number>();
  for (const clause of clauses) for (const term of clause.terms) boosts.set(term, (boosts.get(term) ?? 0) + clause.boost);
  const matches = new Map<number, WordMatch>();
  if (boosts.size === 0) return matches;
  const sorted = [...boosts.keys()].sort(compareTerms);
  let sumOfSquares = 0;
  for (const term of sorted) {
    const value = boosts.get(term)!;
    sumOfSquares += value * value;
  }
  const magnitude = Math.sqrt(sumOfSquares);
  const count = fields.length;
  if (count > 7) return matchClausesSlowly(clauses, fields, postingsOf, stats);
  const docCount = stats.docCount;

  // Dot products per document field (ref * fields + field), added up in term order as lunr's `Vector#dot` does.
  const dots = new Float64Array(docCount * count);
  for (const term of sorted) {
    const postings = postingsOf(term);
    const idf = termIdf(postings, stats);
    const boost = boosts.get(term)!;
    for (let f = 0; f < count; f++) {
      const field = fields[f];
      const list = postings[field];
      if (!list) continue;
      for (let i = 0; i < list.length; i += 3) dots[list[i] * count + f] += boost * postingWeight(idf, field, list[i + 1], list[i + 2], stats);
    }
  }

  // The order lunr meets each document's fields in (clause, then term, then field), and which of the
  // terms (numbered in that order, at most 31 as a bit mask) each field matched.
  const terms: string[] = [];
  const termMasks = new Int32Array(docCount * count);
  // Per document, its fields in the order met, as digits (field + 1) in base 8: at most 7 fields.
  const fieldOrder = new Int32Array(docCount);
  const refs: number[] = [];
  const seen = new Set<string>();
  for (const clause of clauses) {
    for (const term of clause.terms) {
      const postings = postingsOf(term);
      const number = terms.length;
      let used = false;
      for (let f = 0; f < count; f++) {
        const list = postings[fields[f]];
        const termField = `${term}/${fields[f]}`;
        if (!list || seen.has(termField)) continue;
        seen.add(termField);
        used = true;
        if (number > 30) return matchClausesSlowly(clauses, fields, postingsOf, stats);
        for (let i = 0; i < list.length; i += 3) {
          const ref = list[i];
          const at = ref * count + f;
          if (termMasks[at] === 0) {
            if (fieldOrder[ref] === 0) refs.push(ref);
            fieldOrder[ref] = fieldOrder[ref] * 8 + f + 1;
          }
          termMasks[at] |= 1 << number;
        }
      }
      if (used) terms.push(term);
    }
  }
  // lunr's match data is an object keyed by term, so array-index-like terms ("2021") come out first.
  const indexLike = terms.map((term) => ARRAY_INDEX.test(term) && Number(term) < 2 ** 32 - 1);

  const order: number[] = [];
  for (const ref of refs) {
    order.length = 0;
    for (let code = fieldOrder[ref]; code > 0; code = Math.floor(code / 8)) order.unshift((code % 8) - 1);
    let score = 0;
    let about = false;
    let mask = 0;
    const found: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const f = order[k];
      const fieldScore = dots[ref * count + f] / magnitude || 0;
      score = k === 0 ? fieldScore : score + fieldScore;
      if (ABOUT_FIELDS.has(fields[f])) about = true;
      const fresh = termMasks[ref * count + f] & ~mask;
      mask |= fresh;
      for (let t = 0; fresh >>> t !== 0; t++) if (fresh & (1 << t)) found.push(t);
    }
    let named = found.map((t) => terms[t]);
    if (found.some((t) => indexLike[t])) {
      const first = found.filter((t) => indexLike[t]).sort((a, b) => Number(terms[a]) - Number(terms[b]));
      named = [...first, ...found.filter((t) => !indexLike[t])].map((t) => terms[t]);
    }
    matches.set(ref, { score, about, terms: named });
  }
  return matches;
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** `matchClauses` for more than 31 expanded terms (a typo near many words): the same, with a map per document. */
function matchClausesSlowly(clauses: Clause[], fields: readonly FieldName[], postingsOf: (term: string) => FieldPostings, stats: CollectionStats): Map<number, WordMatch> {
  const boosts = new Map<string, number>();
  for (const clause of clauses) for (const term of clause.terms) boosts.set(term, (boosts.get(term) ?? 0) + clause.boost);
  const matches = new Map<number, WordMatch>();
  if (boosts.size === 0) return matches;
  const sorted = [...boosts.keys()].sort(compareTerms);
  let sumOfSquares = 0;
  for (const term of sorted) {
    const value = boosts.get(term)!;
    sumOfSquares += value * value;
  }
  const magnitude = Math.sqrt(sumOfSquares);

  // Dot products, field by field, added up in term order as lunr's `Vector#dot` does.
  const dots = fields.map(() => new Map<number, number>());
  for (const term of sorted) {
    const postings = postingsOf(term);
    const idf = termIdf(postings, stats);
    const boost = boosts.get(term)!;
    fields.forEach((field, f) => {
      const list = postings[field];
      if (!list) return;
      const dot = dots[f];
      for (let i = 0; i < list.length; i += 3) {
        const ref = list[i];
        dot.set(ref, (dot.get(ref) ?? 0) + boost * postingWeight(idf, field, list[i + 1], list[i + 2], stats));
      }
    });
  }

  // The order lunr meets each document's fields in, and the terms each field matched.
  const met = new Map<number, { fields: number[]; terms: string[][] }>();
  const seen = new Set<string>();
  for (const clause of clauses) {
    for (const term of clause.terms) {
      const postings = postingsOf(term);
      fields.forEach((field, f) => {
        const list = postings[field];
        const termField = `${term}/${field}`;
        if (!list || seen.has(termField)) return;
        seen.add(termField);
        for (let i = 0; i < list.length; i += 3) {
          const ref = list[i];
          let doc = met.get(ref);
          if (!doc) met.set(ref, (doc = { fields: [], terms: [] }));
          const at = doc.fields.indexOf(f);
          if (at < 0) {
            doc.fields.push(f);
            doc.terms.push([term]);
          } else doc.terms[at].push(term);
        }
      });
    }
  }

  for (const [ref, doc] of met) {
    let score = 0;
    let about = false;
    // lunr's match data is an object keyed by term, so its keys come out in that object's order.
    const terms: Record<string, true> = Object.create(null);
    doc.fields.forEach((f, k) => {
      const fieldScore = dots[f].get(ref)! / magnitude || 0;
      score = k === 0 ? fieldScore : score + fieldScore;
      if (ABOUT_FIELDS.has(fields[f])) about = true;
      for (const term of doc.terms[k]) terms[term] = true;
    });
    matches.set(ref, { score, about, terms: Object.keys(terms) });
  }
  return matches;
}

/** Combine per-word matches (same order as `words`) into the ranked result list. */
export function combineMatches(words: QueryWord[], matches: Array<Map<number, WordMatch>>): Hit[] {
  const required = words.map((w, i) => (w.required ? matches[i] : null)).filter((m): m is Map<number, WordMatch> => m !== null);
  const candidates = required.length > 0 ? required[0].keys() : new Set(matches.flatMap((m) => [...m.keys()])).values();
  const hits: Hit[] = [];
  candidates: for (const ref of candidates) {
    for (const m of required) if (!m.has(ref)) continue candidates;
    let score = 0;
    let about = 0;
    let found = 0;
    let terms: string[] = [];
    words.forEach((word, i) => {
      const match = matches[i].get(ref);
      if (!match) return;
      score += match.score;
      if (word.required && match.about) about++;
      terms = found++ === 0 ? match.terms : [...new Set([...terms, ...match.terms])];
    });
    hits.push({ ref, score, about, terms: terms.slice() });
  }
  return hits.sort((a, b) => b.about - a.about || b.score - a.score || a.ref - b.ref);
}
