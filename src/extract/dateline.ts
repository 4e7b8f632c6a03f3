import type { DateFact } from "../entry";
import { isPlaceName } from "./places";
import type { Sentence } from "./sentences";

// A wire-service dateline opening the body: "BEIJING, March 3 (Reuters) –", "DETROIT, Feb 13 (Reuters) -".
// Its date is when the news was filed (the story's date); its place is where the reporter was,
// which says nothing about where the deal or the plant is.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// Place in capitals (optionally ", State"), the date, an optional agency in brackets, then a dash.
// Bounded repetitions only: linear on any input.
// A press release's may double its comma and close on the wire's name between slashes: "RABAT,, March 29, 2024 /PRNewswire/".
const DATELINE = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?,{1,2}\s+((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s+(\d{4}))?)\s*(?:(?:\([^()\n]{1,40}\)\s*)?[-–—]+|\/[A-Za-z][\w .-]{1,30}\/)\s*/;
// A translated release's own date in brackets before its dateline: "(Di venerdì 29 marzo 2024) RABAT,, March 29, 2024".
const BRACKETED_PREFIX = /^\([^()\n]{1,60}\)\s*/;

// A dateline without a date: "MADRID (Reuters) –", "BANGKOK :", "HÀ NỘI —". The place in capitals must be a known
// place, so that "FILE PHOTO:" is not one.
const PLACE_DATELINE = /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]+|:)\s+(?=\S)/u;
// The same written in mixed case, the place alone or with an agency: "San Francisco:", "Hong Kong CNN –". The
// place is looked up as written.
// Or with the agency between bars: "Casablanca, Morocco | AFP |", or after the dash: "Cairo – Mubasher:".
const MIXED_PLACE_DATELINE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?\s*(?:\([^()\n]{1,40}\)\s*|\p{Lu}{2,6}\s+)?(?:[-–—]+(?:\s*\p{Lu}[\p{L}.]{1,20}:)?|:|\|\s*\p{Lu}{2,10}\s*\|)\s+(?=\S)/u;
// A scraped page's timestamp line before the story: "13 Jun 2022 03:38PM (Updated: ...)", "Tue, 05/04/2021 - 09:43 -- name".
// The time or a separator may come first: "19:31 / 16.04.2021.", "/ 23 April 2025".
const TIMESTAMP = /^(?:\d{1,2}:\d{2}\s*)?(?:[/|]\s*)?(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,? (\d{4})|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4})|(\d{1,2})([/.])(\d{1,2})\9(\d{4}))(?=\s*(?:[-–—|,]+\s*)?(?:\d{1,2}:\d{2}|\(Updated|Updated|Published|\.?$))[^\n]{0,120}$/m;
const TIMESTAMP_LEAD = /^(?:\d{1,2}:\d{2}\s*)?(?:[/|]\s*)?/;
// A newswire's date after its place and its name: "TAMIL NADU, INDIA – Media OutReach Newswire – 6 January 2024 –".
const WIRE_DATE = /^(?:[^\n–—:]{1,40}?\s[-–—]+\s*)?((\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,? (\d{4})|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4}))\s*(?:[-–—]+|:)\s*/;
// A page's "Updated: 14 Dec 2022, 12:29 PM IST" or "Published on March 3, 2023", wherever it stands in the opening lines.
const UPDATED = /\b(?:Updated|Published|Posted|First published)(?: on)?:?\s+((\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,? (\d{4})|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4}))/;
// A full date with its year, for a dateline that leaves the year out and a byline above it that gives it.
const FULL_DATE = /\b(?:(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,? (\d{4})|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4}))\b/;
// An embedded social post's signature: "— Bhavish Aggarwal (@bhash) February 18, 2023".
const POST_SIGNATURE = /[-–—]\s*[^\n()@]{1,60}\(@\w{1,30}\)\s+((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4}))/g;
// The post tells the news as of its own day ("Signed MoU with Tamil Nadu today").
const POST_NEWS_DAY = /\b(?:today|tonight|this morning|this afternoon|this evening)\b/i;
// How far before its signature a post's words are read.
const POST_TEXT = 400;
// A newswire's closing stamp on its own line after the sign-off: "(END) Dow Jones Newswires" … "02-07-24 0319ET"
// (month-day-year, then the time and its zone).
const CLOSING_STAMP = /^(\d{2})-(\d{2})-(\d{2}) \d{4}\s?(?:ET|EST|EDT|GMT)\s*$/m;
// A date as pages write it in bylines and stamps: "2 December 22", "27-Apr-2019", "December 17 , 2021", "Nov. 24, 2023".
const WRITTEN_DATE = /\b(?:(\d{1,2})[ -](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?[ -](\d{4}|\d{2})|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}) ?, ?(\d{4}))\b(?![ \t]*(?:%|per ?cent))/u;
// A byline or page-info line above the story: "By Jane Roe November 24, 2023", "Name From Outlet| December 17 , 2021 13:31",
// "By Outlet Updated On - 08:03 PM, Fri - 2 December 22". Short, not a sentence, and marked as the page's own line.
const BYLINE_MARK = /^By\s+\p{Lu}|\||\b(?:Updated|Published|Posted)\b/u;
const MAX_BYLINE = 140;
// A labelled stamp among the closing lines: "Outlet Contribution Time: 27-Apr-2019 13:35 (GMT)", "Publication date: 3 May 2021".
// A "Last Update" stamp is when the page changed, not when the story was filed.
const CLOSING_LABEL = /^([^\n:]{0,40}\b(?:Time|Date|Published|Posted))(?: on)?:[ \t]*(?=\S)/gmu;
// Sign-offs and stamps close the story: only the last lines are searched.
const CLOSING = 400;
// Datelines and timestamps open the story: only the first lines are searched.
const OPENING = 800;

export type Dateline = {
  /** Offsets of the whole dateline, dash and following space included. */
  start: number;
  end: number;
  /** Offsets of the reporter's place ("DETROIT"). */
  place: { start: number; end: number };
  /** Absent for a dateline that names only its place. */
  date?: { year: number | null; month: number; day: number; text: string; start: number; end: number };
};

/** The first dateline opening one of the first lines of `text`, if there is one. */
export function findDateline(text: string): Dateline | undefined {
  const opening = text.slice(0, OPENING);
  for (let at = 0; at < opening.length; ) {
    const lead = at + /^\s*/.exec(opening.slice(at))![0].length;
    const found = datelineAt(text, lead);
    if (found) return found;
    const eol = opening.indexOf("\n", lead);
    if (eol < 0) break;
    at = eol + 1;
  }
  return undefined;
}

function datelineAt(text: string, start: number): Dateline | undefined {
  const lead = start + (BRACKETED_PREFIX.exec(text.slice(start, start + 80))?.[0].length ?? 0);
  const line = text.slice(lead, lead + 160);
  const m = DATELINE.exec(line);
  if (!m) {
    const p = PLACE_DATELINE.exec(line);
    if (p && isPlaceName(p[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()))) {
      const place = { start: lead, end: lead + p[1].length };
      const w = WIRE_DATE.exec(line.slice(p[0].length));
      if (!w) return { start: lead, end: lead + p[0].length, place };
      const [day, month, year] = w[2] ? [w[2], w[3], w[4]] : [w[6], w[5], w[7]];
      const dateStart = lead + p[0].length + w[0].indexOf(w[1]);
      const date = { year: Number(year), month: MONTHS[month.toLowerCase()], day: Number(day), text: w[1], start: dateStart, end: dateStart + w[1].length };
      return date.day >= 1 && date.day <= 31 ? { start: lead, end: lead + p[0].length + w[0].length, place, date } : { start: lead, end: lead + p[0].length, place };
    }
    const mixed = MIXED_PLACE_DATELINE.exec(line);
    if (!mixed || !isPlaceName(mixed[1])) return undefined;
    return { start: lead, end: lead + mixed[0].length, place: { start: lead, end: lead + mixed[1].length } };
  }
  const day = Number(m[4]);
  if (day < 1 || day > 31) return undefined;
  const dateStart = lead + m[0].indexOf(m[2], m[1].length);
  const month = MONTHS[m[3].toLowerCase()];
  return {
    start: lead,
    end: lead + m[0].length,
    place: { start: lead, end: lead + m[1].length },
    date: {
      year: m[5] ? Number(m[5]) : bylineYear(text.slice(0, lead), month, day),
      month,
      day,
      text: m[2],
      start: dateStart,
      end: dateStart + m[2].length,
    },
  };
}

/**
 * "Xinhua) 14:11, May 17, 2025" above "RAYONG, Thailand, May 16 (Xinhua) --": the year of a full date in the lines
 * before a year-less dateline, the year before when the dateline's day falls after it (a December story filed in January).
 */
function bylineYear(above: string, month: number, day: number): number | null {
  const m = FULL_DATE.exec(above);
  if (!m) return null;
  const [bDay, bMonth, bYear] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const byline = MONTHS[bMonth.toLowerCase()] * 100 + Number(bDay);
  return month * 100 + day > byline + 100 ? Number(bYear) - 1 : Number(bYear);
}

/** The dateline's date as the story's date; its sentence is the dateline with the sentence it opens. */
export function datelineDate(d: Dateline, body: string, opened: Sentence | undefined): DateFact | undefined {
  if (!d.date) return undefined;
  const { year, month, day, text, start, end } = d.date;
  return { year, month, day, text, by: "text", span: { start, end }, sentence: body.slice(d.start, Math.max(d.end, opened?.end ?? 0)).trim(), confidence: 0.95, evidence: "the dateline's date" };
}

/**
 * A timestamp line among the first lines ("13 Jun 2022 03:38PM (Updated: ...)"): the page's date of publication.
 * "05/04/2021" is read only when unambiguous: a part above 12, or the weekday written beside it.
 */
export function timestampDate(body: string): DateFact | undefined {
  const m = TIMESTAMP.exec(body.slice(0, OPENING));
  if (!m) return updatedDate(body);
  const [, weekday] = m;
  let year: number, month: number, day: number;
  if (m[4]) [day, month, year] = [Number(m[2]), MONTHS[m[3].toLowerCase()], Number(m[4])];
  else if (m[7]) [month, day, year] = [MONTHS[m[5].toLowerCase()], Number(m[6]), Number(m[7])];
  else {
    const [a, b, y] = [Number(m[8]), Number(m[10]), Number(m[11])];
    const readings = [[a, b], [b, a]].filter(([mo, d]) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
      .filter(([mo, d]) => !weekday || WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] === weekday.slice(0, 3));
    const distinct = new Set(readings.map(([mo, d]) => `${mo}-${d}`));
    if (distinct.size !== 1) return undefined;
    [month, day, year] = [readings[0][0], readings[0][1], y];
  }
  const lead = TIMESTAMP_LEAD.exec(m[0])![0].length;
  const rest = m[0].slice(lead);
  const start = m.index + lead + (weekday ? rest.indexOf(rest.trim().split(/\s+/)[1]) : 0);
  const text = m[0].slice(start - m.index).split(/\s+(?=\d{1,2}:)|\s+[-–—|]/)[0].replace(/\.$/, "");
  return { year, month, day, text, by: "text", span: { start, end: start + text.length }, sentence: m[0].trim(), confidence: 0.85, evidence: "the page's timestamp line" };
}

/** "Updated: 14 Dec 2022, 12:29 PM IST" in the opening lines (or the headline line it is scraped onto): the page's date. */
export function updatedDate(text: string): DateFact | undefined {
  const m = UPDATED.exec(text.slice(0, OPENING));
  if (!m) return undefined;
  const [day, month, year] = m[2] ? [m[2], m[3], m[4]] : [m[6], m[5], m[7]];
  if (Number(day) < 1 || Number(day) > 31) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { year: Number(year), month: MONTHS[month.toLowerCase()], day: Number(day), text: m[1], by: "text", span: { start, end: start + m[1].length }, sentence: m[0], confidence: 0.85, evidence: "the page's 'Updated'/'Published' line" };
}

/**
 * An embedded post that tells the news as of its own day ("Signed MoU with Tamil Nadu today. … — Name (@handle)
 * February 18, 2023"): its date is the story's, for a text that dates the news nowhere else. A post that does not
 * say "today" may be older than the story and dates nothing.
 */
export function postDate(body: string): DateFact | undefined {
  for (const m of body.matchAll(POST_SIGNATURE)) {
    if (!POST_NEWS_DAY.test(body.slice(Math.max(0, m.index - POST_TEXT), m.index))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return { year: Number(m[4]), month: MONTHS[m[2].toLowerCase()], day: Number(m[3]), text: m[1], by: "text", span: { start, end: start + m[1].length }, sentence: m[0].trim(), confidence: 0.7, evidence: "an embedded post that tells the news 'today'" };
  }
  return undefined;
}

/** The first date written as pages write it ("27-Apr-2019", "2 December 22") in `text` between `from` and `to`; a two-digit year is this century's. */
function writtenDate(text: string, from: number, to: number): { year: number; month: number; day: number; text: string; start: number } | undefined {
  const m = WRITTEN_DATE.exec(text.slice(from, to));
  if (!m) return undefined;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  if (Number(day) < 1 || Number(day) > 31) return undefined;
  return { year: year.length === 2 ? 2000 + Number(year) : Number(year), month: MONTHS[month.toLowerCase()], day: Number(day), text: m[0], start: from + m.index };
}

/** A byline or page-info line among the opening lines ("By Jane Roe November 24, 2023"): the page's date. */
export function bylineDate(body: string): DateFact | undefined {
  const opening = body.slice(0, OPENING);
  for (let at = 0; at < opening.length; ) {
    const eol = opening.indexOf("\n", at);
    const end = eol < 0 ? opening.length : eol;
    const line = opening.slice(at, end).trim();
    if (line.length <= MAX_BYLINE && !/[.!?]$/.test(line) && BYLINE_MARK.test(line)) {
      const d = writtenDate(body, at, end);
      if (d) return { year: d.year, month: d.month, day: d.day, text: d.text, by: "text", span: { start: d.start, end: d.start + d.text.length }, sentence: line, confidence: 0.8, evidence: "the byline's date" };
    }
    if (eol < 0) break;
    at = eol + 1;
  }
  return undefined;
}

/** A newswire's closing stamp ("02-07-24 0319ET") or a labelled one ("Contribution Time: 27-Apr-2019") among the last lines: when the story was filed. */
export function closingStampDate(body: string): DateFact | undefined {
  const from = Math.max(0, body.length - CLOSING);
  const m = CLOSING_STAMP.exec(body.slice(from));
  if (!m) return labelledStampDate(body, from);
  const [month, day, year] = [Number(m[1]), Number(m[2]), 2000 + Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const start = from + m.index, text = m[0].trim();
  return { year, month, day, text, by: "text", span: { start, end: start + text.length }, sentence: text, confidence: 0.85, evidence: "the newswire's closing stamp" };
}

function labelledStampDate(body: string, from: number): DateFact | undefined {
  for (const m of body.slice(from).matchAll(CLOSING_LABEL)) {
    if (/\bUpdate/i.test(m[1])) continue;
    const at = from + m.index + m[0].length;
    const d = writtenDate(body, at, at + 30);
    if (!d || d.start !== at) continue;
    const eol = body.indexOf("\n", at);
    return { year: d.year, month: d.month, day: d.day, text: d.text, by: "text", span: { start: d.start, end: d.start + d.text.length }, sentence: body.slice(from + m.index, eol < 0 ? body.length : eol).trim(), confidence: 0.8, evidence: "the page's labelled time stamp" };
  }
  return undefined;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Sentences with the dateline cut off the one it opens, so no field reads the reporter's place as a fact. */
export function withoutDateline(sentences: Sentence[], d: Dateline | undefined): Sentence[] {
  if (!d) return sentences;
  const at = sentences.findIndex((s) => s.start <= d.start && d.start < s.end);
  if (at < 0) return sentences;
  const s = sentences[at];
  const rest = [...sentences.slice(0, at), ...sentences.slice(at + 1)];
  if (s.end <= d.end) return rest;
  rest.splice(at, 0, { ...s, start: d.end, text: s.text.slice(d.end - s.start) });
  return rest;
}
