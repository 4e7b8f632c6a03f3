import type { Span } from "../entry";

/** A sentence of the body with its offsets; `paragraph` counts non-empty lines from 0. */
export type Sentence = Span & { text: string; paragraph: number };

// Words whose trailing period does not end a sentence ("Aug. 9", "Tesla Inc. and", "U.S. market").
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st jr sr inc corp co ltd no nos vs etc approx est dept gov govt rs " +
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m").split(" "),
);

// A candidate end: terminal punctuation, closing quotes/brackets, then space and a capital,
// digit or opening quote. Bounded classes and no nested quantifiers: linear on any input.
const END = /[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/g;

function endsWithAbbreviation(line: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(line[start - 1]) && dot - start < 12) start--;
  const word = line.slice(start, dot).toLowerCase();
  // Initials ("J." in "John J. Smith") never end a sentence either.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

/** Split into sentences: every line break ends one, and so does terminal punctuation. Skipped spans (sorted whole lines: captions) are left out. */
export function splitSentences(body: string, skip: readonly Span[] = []): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let next = 0; // index of the first skipped span not yet passed (spans are sorted)
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    while (next < skip.length && skip[next].end <= lineStart) next++;
    const skipped = next < skip.length && skip[next].start < lineEnd;
    if (line.trim() && !skipped) {
      let from = 0;
      END.lastIndex = 0;
      for (let m = END.exec(line); m; m = END.exec(line)) {
        if (line[m.index] === "." && endsWithAbbreviation(line, m.index)) continue;
        pushTrimmed(out, body, lineStart + from, lineStart + m.index + m[0].length, paragraph);
        from = m.index + m[0].length;
      }
      pushTrimmed(out, body, lineStart + from, lineEnd, paragraph);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function pushTrimmed(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (end > start) out.push({ start, end, text: body.slice(start, end), paragraph });
}

/** The sentence that contains an offset, by binary search over sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first sentence that reads as prose (subheadings and short lines skipped), or -1. */
export function leadIndex(sentences: readonly Sentence[]): number {
  return sentences.findIndex((s) => /[.!?"”]$/.test(s.text) && hasWords(s.text, 8));
}

/** Whether `text` has at least `n` words as split(/\s+/) counts them (runs of space + 1), stopping once it has. */
function hasWords(text: string, n: number): boolean {
  const SPACE = /\s+/g;
  let words = 1;
  while (words < n && SPACE.exec(text)) words++;
  return words >= n;
}
