// Ranking, with no DOM: each query word is looked up on its own (exact and prefix, or with a typo),
// then a result must match every required word. Articles *about* the words (company, city, region,
// country or partner fields) come before articles that only mention them; lunr's boosted score
// orders within that.
import lunr from "lunr";
import { ABOUT_FIELDS, type FieldName } from "../prepare/fields";
import type { QueryWord } from "./query";
import { PREFIX_MIN } from "./shards";
import { lowerBound } from "../util/lower-bound";

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
  const low = lowerBound(sortedTerms, prefix);
  const found: string[] = [];
  for (let i = low; i < sortedTerms.length && sortedTerms[i].startsWith(prefix); i++) if (sortedTerms[i] !== prefix) found.push(sortedTerms[i]);
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_COMPLETIONS);
}

/**
 * Look one word up in a (partial) lunr index: the word itself and its `completions` (see above), or,
 * in "fuzzy" mode, every term one edit away.
 */
export function matchWord(index: lunr.Index, word: QueryWord, mode: "exact" | "fuzzy", completed: string[] = []): Map<number, WordMatch> {
  // lunr reads a present-but-undefined `fields` as "no fields", so the key is left out for all fields.
  const base = { usePipeline: false, ...(word.fields ? { fields: word.fields } : {}) };
  const results = index.query((q) => {
    if (mode === "fuzzy") {
      q.term(word.term, { ...base, editDistance: 1, boost: 1 });
      return;
    }
    q.term(word.term, { ...base, boost: 10 });
    for (const term of completed) q.term(term, { ...base, boost: 1 });
  });
  const matches = new Map<number, WordMatch>();
  for (const result of results) {
    const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
    const terms = Object.keys(metadata);
    const about = terms.some((term) => Object.keys(metadata[term]).some((field) => ABOUT_FIELDS.has(field as FieldName)));
    matches.set(Number(result.ref), { score: result.score, about, terms });
  }
  return matches;
}

/** Combine per-word matches (same order as `words`) into the ranked result list. */
export function combineMatches(words: QueryWord[], matches: Array<Map<number, WordMatch>>): Hit[] {
  const required = words.map((w, i) => (w.required ? matches[i] : null)).filter((m): m is Map<number, WordMatch> => m !== null);
  const excluded = words.map((w, i) => (w.excluded ? matches[i] : null)).filter((m): m is Map<number, WordMatch> => m !== null);
  const wanted = matches.filter((_, i) => !words[i].excluded);
  const candidates = required.length > 0 ? required[0].keys() : new Set(wanted.flatMap((m) => [...m.keys()])).values();
  const hits: Hit[] = [];
  candidates: for (const ref of candidates) {
    for (const m of required) if (!m.has(ref)) continue candidates;
    for (const m of excluded) if (m.has(ref)) continue candidates;
    let score = 0;
    let about = 0;
    let found = 0;
    let terms: string[] = [];
    words.forEach((word, i) => {
      const match = word.excluded ? undefined : matches[i].get(ref);
      if (!match) return;
      score += match.score;
      if (word.required && match.about) about++;
      terms = found++ === 0 ? match.terms : [...new Set([...terms, ...match.terms])];
    });
    hits.push({ ref, score, about, terms: terms.slice() });
  }
  return hits.sort((a, b) => b.about - a.about || b.score - a.score || a.ref - b.ref);
}
