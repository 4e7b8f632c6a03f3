import type { DateFact } from "../entry";
import type { Sentence } from "./sentences";

// A wire-service dateline opening the body: "BEIJING, March 3 (Reuters) –", "DETROIT, Feb 13 (Reuters) -".
// Its date is when the news was filed (the story's date); its place is where the reporter was,
// which says nothing about where the deal or the plant is.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// Place in capitals (optionally ", State"), the date, an optional agency in brackets, then a dash.
// Bounded repetitions only: linear on any input.
const DATELINE = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?,\s+((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s+(\d{4}))?)\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]+\s*/;

export type Dateline = {
  /** Offsets of the whole dateline, dash and following space included. */
  start: number;
  end: number;
  /** Offsets of the reporter's place ("DETROIT"). */
  place: { start: number; end: number };
  date: { year: number | null; month: number; day: number; text: string; start: number; end: number };
};

/** The dateline at the start of `text` (leading blank space allowed), if there is one. */
export function findDateline(text: string): Dateline | undefined {
  const lead = /^\s*/.exec(text)![0].length;
  const m = DATELINE.exec(text.slice(lead, lead + 160));
  if (!m) return undefined;
  const day = Number(m[4]);
  if (day < 1 || day > 31) return undefined;
  const dateStart = lead + m[0].indexOf(m[2], m[1].length);
  return {
    start: lead,
    end: lead + m[0].length,
    place: { start: lead, end: lead + m[1].length },
    date: {
      year: m[5] ? Number(m[5]) : null,
      month: MONTHS[m[3].toLowerCase()],
      day,
      text: m[2],
      start: dateStart,
      end: dateStart + m[2].length,
    },
  };
}

/** The dateline's date as the story's date; its sentence is the dateline with the sentence it opens. */
export function datelineDate(d: Dateline, body: string, opened: Sentence | undefined): DateFact {
  const { year, month, day, text, start, end } = d.date;
  return { year, month, day, text, by: "text", span: { start, end }, sentence: body.slice(d.start, Math.max(d.end, opened?.end ?? 0)).trim() };
}

/** Sentences with the dateline cut off the first one, so no field reads the reporter's place as a fact. */
export function withoutDateline(sentences: Sentence[], d: Dateline | undefined): Sentence[] {
  if (!d || !sentences.length || sentences[0].start > d.start) return sentences;
  const [first, ...rest] = sentences;
  if (first.end <= d.end) return rest;
  return [{ ...first, start: d.end, text: first.text.slice(d.end - first.start) }, ...rest];
}
