// One normalisation for the index (at build time) and the query (in the browser), so that
// case, accents, possessives and hyphens never decide whether a word is found.

/** Lower-case, accents folded, possessive "'s" dropped, apostrophes removed. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]s\b/g, "")
    .replace(/['’‘`]/g, "");
}

/**
 * Words of a text for the index or a query. Hyphenated names count as one word and as their
 * parts ("E-Town" → "etown", "e", "town"), so either spelling finds them.
 */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const chunk of foldText(text).split(/[^\p{L}\p{N}-]+/u)) {
    if (!chunk) continue;
    const parts = chunk.split("-").filter(Boolean);
    if (parts.length > 1) words.push(parts.join(""));
    words.push(...parts);
  }
  return words;
}
