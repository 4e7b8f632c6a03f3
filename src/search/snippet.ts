// Snippets: a short stretch of an article around the first matched word, cut into plain and
// highlighted segments. The browser turns segments into text nodes and <mark> elements.
import { wordSpans, type WordSpan } from "../prepare/normalise";

export interface Segment {
  text: string;
  marked: boolean;
}

/** The whole text in segments, every word whose index terms include a matched term marked. */
export function highlight(text: string, terms: Iterable<string>): Segment[] {
  return segmentsOf(text, wordSpans(text), 0, text.length, new Set(terms));
}

/**
 * About `length` characters around the first matched word, cut at word boundaries, with "…" where
 * text was left out; the opening of the text when no word matched (the match was in a name field).
 */
export function snippet(text: string, terms: Iterable<string>, length = 240): Segment[] {
  const wanted = new Set(terms);
  const spans = wordSpans(text);
  const first = spans.find((span) => span.terms.some((t) => wanted.has(t)));
  let start = 0;
  if (first && first.end > length * 0.8) {
    // Start a few words before the match so it reads in context.
    const before = spans.filter((span) => span.start < first.start && span.start >= first.start - length / 4);
    start = before[0]?.start ?? first.start;
  }
  const last = spans.filter((span) => span.end <= start + length).at(-1);
  const end = Math.max(last?.end ?? text.length, first?.end ?? 0);
  const segments = segmentsOf(text, spans, start, Math.min(end, text.length), wanted);
  if (start > 0) segments.unshift({ text: "… ", marked: false });
  if (end < text.trimEnd().length) segments.push({ text: " …", marked: false });
  return segments;
}

function segmentsOf(text: string, spans: WordSpan[], start: number, end: number, wanted: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let at = start;
  for (const span of spans) {
    if (span.start < start || span.end > end || !span.terms.some((t) => wanted.has(t))) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < end) segments.push({ text: text.slice(at, end), marked: false });
  return segments.map((s) => (s.marked ? s : { ...s, text: s.text.replace(/\s+/g, " ") }));
}
