// A headline is a short first line that reads like one: no closing period, mostly capitalised words.
const MAX_HEADLINE = 160;

export type HeadlineSplit = { headline: string | null; rest: string };

/** Take the headline off the top of the text, when the text starts with one. */
export function splitHeadline(text: string): HeadlineSplit {
  const firstBreak = text.indexOf("\n");
  if (firstBreak === -1) return { headline: null, rest: text };
  const line = text.slice(0, firstBreak).trim();
  const rest = text.slice(firstBreak + 1);
  if (!rest.trim() || !looksLikeHeadline(line)) return { headline: null, rest: text };
  return { headline: line, rest: rest.replace(/^\s*\n/, "") };
}

function looksLikeHeadline(line: string): boolean {
  if (line.length < 10 || line.length > MAX_HEADLINE || /[.,;]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > 24) return false;
  // Title case: most content words (4+ letters) start with a capital.
  const content = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length > 0 && capitalised / content.length >= 0.6;
}

const MAX_TITLE = 90;
const MAX_SUMMARY = 200;
// Where a long lead sentence can be cut and still read as a headline.
const CLAUSE_BREAK = /,\s|\s(?:and will|which|where|that|after|as|while|according to)\s/g;

/**
 * Readable sentence-case text from a lead sentence. The scraper strips names, leaving leads that
 * start with a verb ("has signed ..."): the subject company is put back so the title reads.
 */
export function restoreSubject(lead: string, company: string | null): string {
  let text = lead.trim();
  if (company) {
    // A stripped possessive owner (", 's relationship") and a stripped sentence subject ("has signed").
    text = text.replace(/(^|[\s,(])(?=['’]s\s)/g, `$1${company}`);
    if (/^\p{Ll}/u.test(text)) text = `${company} ${text}`;
    // A stripped subject after a conjunction: "After built a factory" → "After NIO built a factory".
    text = text.replace(/^(After|Before|When|Since|As|While|Although|Because|Once) (?=(?:\p{Ll}+ed|built|made|set|began|won|sold|took|opened|has|had|is|was|will)\b)/u, `$1 ${company} `);
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A title from the lead sentence: its main clause, or its first words, never empty. */
export function generateTitle(lead: string, company: string | null, fallback: string): string {
  const text = restoreSubject(lead, company).replace(/[.!?]+$/, "");
  if (!text) return fallback;
  if (text.length <= MAX_TITLE) return text;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index <= MAX_TITLE + 20; m = CLAUSE_BREAK.exec(text)) {
    if (m.index >= 35) return text.slice(0, m.index);
  }
  return shorten(text, MAX_TITLE);
}

/** The lead sentence for listings, cut at a word boundary. */
export function summarize(lead: string, company: string | null): string {
  return shorten(restoreSubject(lead, company), MAX_SUMMARY);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:]$/, "")}…`;
}
