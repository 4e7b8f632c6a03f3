// One normalisation for the index (at build time), the query and the snippets (in the browser), so
// that case, accents, possessives, apostrophes and hyphens never decide whether a word is found.
// Terms are not stemmed: a prefix ("xiaom") or a typo ("hefie") is compared with the word as written.
import lunr from "lunr";
import { boundedMemo } from "../util/bounded-memo";

/** A word of a text with where it is and the index terms it yields. */
export interface WordSpan {
  start: number;
  end: number;
  terms: string[];
}

// Letters and digits (with combining accents), joined by apostrophes or hyphens: "Nio's", "E-Town".
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘`\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;

// Plain ASCII letters and digits, as most words are: nothing to fold, split or drop but the case.
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** Lower-case with accents folded: "Škoda" → "skoda". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The index terms of one word: a possessive "'s" is dropped and apostrophes removed ("Nio's" → "nio");
 * a hyphenated name is one term and also its parts ("E-Town" → "etown", "e", "town"), so either
 * spelling finds it. The first term is always the whole word.
 */
export function termsOfWord(word: string): string[] {
  if (PLAIN_WORD.test(word)) return [word.toLowerCase()];
  const parts = foldText(word)
    .replace(/['’‘`]s$/, "")
    .split(/[-‐‑]/)
    .map((part) => part.replace(/['’‘`]/g, ""))
    .filter(Boolean);
  return parts.length > 1 ? [parts.join(""), ...parts] : parts;
}

/** Every word of a text with its position, for snippets and highlighting. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, terms: termsOfWord(m[0]) }));
}

/** The index terms of a text, in order. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.match(WORD) ?? []) terms.push(...termsOfWord(word));
  return terms;
}

/**
 * Common English words ("the", "and") that are not indexed in prose: lunr's own list. Its answers are
 * kept: a Map lookup is about 3x faster than asking lunr, and a build asks for every word of every article.
 */
export const isStopWord = boundedMemo((term: string): boolean => lunr.stopWordFilter(term as unknown as lunr.Token) === undefined);
