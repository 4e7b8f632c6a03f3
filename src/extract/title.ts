// A headline is a short first line that reads like one: no closing period, mostly capitalised words.
const MAX_HEADLINE = 160;

/** `stamp`: a page's "Updated: ..." scraped onto the headline's line, taken off it. */
export type HeadlineSplit = { headline: string | null; rest: string; stamp?: string };

// "3 min read . Updated: 14 Dec 2022, 12:29 PM IST", "| Published on March 3, 2023" at the end of the first line.
const PAGE_STAMP = /\s*(?:[|·•]\s*)?(?:\d+\s+min(?:ute)?s?\s+read\s*[.·|]?\s*)?(?:Updated|Published|Posted|Last updated)(?: on)?:?\s+[^|\n]*$/;

/** Take the headline off the top of the text, when the text starts with one. */
export function splitHeadline(text: string): HeadlineSplit {
  const firstBreak = text.indexOf("\n");
  if (firstBreak === -1) return { headline: null, rest: text };
  const whole = text.slice(0, firstBreak).trim();
  const rest = text.slice(firstBreak + 1);
  // "... plant in Pune3 min read . Updated: 14 Dec 2022, 12:29 PM IST": the page's stamp is scraped onto the line.
  const stamp = PAGE_STAMP.exec(whole);
  const line = stamp ? whole.slice(0, stamp.index) : whole;
  if (!rest.trim() || !looksLikeHeadline(line)) return { headline: null, rest: text };
  return { headline: line, rest: rest.replace(/^\s*\n/, ""), ...(stamp ? { stamp: stamp[0] } : {}) };
}

// A date's words: "/ 23 April 2025" is the page's date line, not a headline.
const DATE_WORDS = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\d+/g;

function looksLikeHeadline(line: string): boolean {
  if (line.length < 10 || line.length > MAX_HEADLINE || /[.,;]$/.test(line)) return false;
  if (line.replace(DATE_WORDS, "").split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < 2) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > 24) return false;
  // Title case: most content words (4+ letters) start with a capital.
  const content = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length > 0 && capitalised / content.length >= 0.6;
}

const MAX_TITLE = 90;
/** "About 90": a whole lead that runs a little longer reads better than one cut short; no title reaches 100. */
export const TITLE_LIMIT = 99;
const MAX_SUMMARY = 200;
// Where a long lead sentence can be cut and still read as a headline: a clause, else a phrase.
const CLAUSE_BREAK = /,\s|\s(?:and will|which|where|that|after|as|while|according to)\s/g;
// Not before "to": "seemed to drift apart" cut there leaves a dangling verb.
const PHRASE_BREAK = /\s(?:in|on|at|with|for|from|by|under|over|near|after|before)\s/g;
const MIN_CUT = 35;
const PARTICIPLE_END = /\b(?:\p{L}+ed|built|made|set|held|run|led|won|owned|backed|known|chosen|given|taken)$/u;
// A relative clause inside the lead is detail a title can do without: "the city, where it has its global headquarters, seemed".
const RELATIVE_CLAUSE = /, (?:where|which|who|whose) [^,;]{1,80}, /g;
// The attribution closing a lead is not news: "..., the company said on Monday".
const ATTRIBUTION = /,\s+(?:the\s+[\p{L} -]{1,40}|[\p{Lu}][\p{L}.'’ -]{0,40}?|it|he|she|they)\s+(?:said|says|announced|reported|told [\p{L} ]{1,20})(?:\s+(?:on\s+\p{L}+(?:\.?\s+\d{1,2}(?:,?\s+\d{4})?)?|today|yesterday|in a statement))?$/u;
// An attribution opening the lead is not news either: "Geely said on May 3, 2021 that it will build" → "Geely will build".
const LEAD_ATTRIBUTION = /^(\p{Lu}[^,]{0,60}?) (?:said|says|announced|confirmed)(?: on \p{L}+(?:\.? \d{1,2}(?:, \d{4})?)?| today| yesterday)? that (?:it|they) /u;
// A lead that opens with a subordinate clause needs its main clause too: "After NIO built a factory in Shanghai, ...".
const SUBORDINATE_OPENING = /^(?:After|Before|When|Since|As|While|Although|Though|Because|Once|Despite|Following|Amid|With|If)\b/;
// An appositive after the opening name: "Lanyu Power, a sodium-ion battery startup founded two years ago, will build".
// It ends at a comma followed by the main verb or by "and" (the subject goes on: "Neta Auto, under Hozon, and PT Handal").
const APPOSITIVE = /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and|&)){0,6}), (?:a|an|the|one|under|part|owned|based|[\p{Lu}][\p{L}.-]*['’]s)\b[^;:]{3,140}?, (?=(?:and|has|have|had|will|would|is|was|are|were|said|says|signed|plans?|aims?|agreed|announced|opened|started|completed|received|unveiled|launched|[a-z]+ed)\b)/u;

const STRIPPED_AFTER_CONJUNCTION = /^(After|Before|When|Since|As|While|Although|Because|Once) (?=(?:\p{Ll}+ed|built|made|set|began|won|sold|took|opened|has|had|is|was|will)\b)/u;

/** The scraper removed the lead's subject: "has signed ...", "After built a factory ...". */
export const hasStrippedSubject = (lead: string): boolean => /^\p{Ll}/u.test(lead.trim()) || STRIPPED_AFTER_CONJUNCTION.test(lead.trim());

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
    text = text.replace(STRIPPED_AFTER_CONJUNCTION, `$1 ${company} `);
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A title from the lead sentence: its main clause without appositives, cut at a clause or phrase, never empty. */
export function generateTitle(lead: string, company: string | null, fallback: string): string {
  const text = withoutAppositive(restoreSubject(lead, company).replace(/[.!?]+$/, ""))
    .replace(RELATIVE_CLAUSE, " ")
    .replace(ATTRIBUTION, "")
    .replace(LEAD_ATTRIBUTION, "$1 ")
    // Headline style, leaving room for who and where: "electric vehicle industrial park" → "EV industrial park".
    .replace(/\belectric vehicle(s?)\b/gi, "EV$1");
  if (!text) return fallback;
  if (text.length <= TITLE_LIMIT) return text;
  CLAUSE_BREAK.lastIndex = 0;
  let skip = SUBORDINATE_OPENING.test(text) ? 1 : 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index <= MAX_TITLE; m = CLAUSE_BREAK.exec(text)) {
    if (m.index >= MIN_CUT && skip-- <= 0) return text.slice(0, m.index);
  }
  // No clause ends in reach: end before the last phrase that starts in reach, rather than mid-phrase.
  let cut = -1;
  PHRASE_BREAK.lastIndex = 0;
  for (let m = PHRASE_BREAK.exec(text); m && m.index <= MAX_TITLE; m = PHRASE_BREAK.exec(text)) {
    // Not after a participle: "a park jointly built" cut before "by NIO" leaves out who built it.
    if (m.index >= MAX_TITLE / 2 + 5 && !PARTICIPLE_END.test(text.slice(0, m.index))) cut = m.index;
  }
  return cut > 0 ? text.slice(0, cut) : shorten(text, MAX_TITLE);
}

function withoutAppositive(text: string): string {
  const m = APPOSITIVE.exec(text);
  if (!m) return text;
  return `${m[1]} ${text.slice(m[0].length)}`;
}

/** The lead sentence for listings, cut at a word boundary. */
export function summarize(lead: string, company: string | null): string {
  return shorten(restoreSubject(lead, company), MAX_SUMMARY);
}

/** Text cut at a word boundary to at most `max` characters, "…" marking the cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:]$/, "")}…`;
}
