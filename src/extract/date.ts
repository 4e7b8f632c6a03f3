import * as chrono from "chrono-node";
import type { DateFact } from "../entry";
import { isBackground } from "./background";
import type { Sentence } from "./sentences";

// The act that dates a news story: what was said, announced or signed.
const NEWS_VERB = /\b(?:said|says|announced|announces|announce|tweeted|signed|signs|inked|sealed|unveiled|revealed|released|disclosed|confirmed|reported|stated|told|published|posted|launched|held|agreed|broke ground|opened|started|began|kicked off|celebrated|approved|completed|introduced|filed|reached|granted|awarded|issued|statement|announcement)\b/gi;
// Only a date that names its month can give a month or day ("Aug. 9", "2021-11-28", "March 2023").
const HAS_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?\s+\d|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{4}-\d{2}-\d{2}\b/;
// News dated relative to an unknown "now": the day exists but the text does not give it.
const RELATIVE = /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/g;
// A numeric date in prose, read only when it has one reading: "announced Wednesday 12/14/2022" (no month 14).
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
// A date qualified as belonging to another year, or framing a period, is background, not the news date.
const BACKGROUND_AFTER = /^,?\s*(?:last year|a year ago|the previous year|the year before)/i;
const BACKGROUND_BEFORE = /\b(?:since|until|by|before|from|between|through)\s+(?:the\s+)?$/i;
// chrono reads sentences; longer runs are not prose and would only cost time.
const MAX_SENTENCE = 1000;
// The paragraphs that tell the news: "On May 3, X signed ..." there dates the story.
const LEAD_PARAGRAPHS = 3;
// How far a date may stand from the verb it dates; after the lead paragraph, nearer: "Envision AESC announced its plans
// to build a ... facility in Florence County on Dec. 6" recalls an earlier announcement, not the story's.
const MAX_DISTANCE = 110;
const MAX_DISTANCE_AFTER_LEAD = 60;

type Candidate = { year: number | null; month: number | null; day: number | null; text: string; start: number; end: number; distance: number };

const UNKNOWN: DateFact = { year: null, month: null, day: null, text: "", by: "text" };

/**
 * The date on which the story's news was said, announced or signed: the first sentence with a news
 * verb and a date near it, the date closest to the verb. A part the text does not give stays null:
 * chrono tells which parts are certain, and a year counts only when it is written.
 */
export function extractDate(sentences: readonly Sentence[]): DateFact {
  for (const [i, s] of sentences.entries()) {
    if (s.text.length > MAX_SENTENCE) continue;
    // "This is also not their first joint venture. The two broke ground ... in September 2021.": an earlier
    // deal's sentence, and the one that goes on about it in its paragraph, date that deal, not the story.
    const previous = sentences[i - 1];
    if (isBackground(s) || (previous && previous.paragraph === s.paragraph && isBackground(previous))) continue;
    const verbs = [...s.text.matchAll(NEWS_VERB)].map((m) => m.index!);
    if (!verbs.length) continue;
    const near = candidates(s.text, s.paragraph - sentences[0].paragraph < LEAD_PARAGRAPHS)
      .map((c) => ({ ...c, distance: Math.min(...verbs.map((v) => Math.abs(v - c.start))) }))
      .filter((c) => c.distance <= (s.paragraph === sentences[0].paragraph ? MAX_DISTANCE : MAX_DISTANCE_AFTER_LEAD))
      .sort((a, b) => a.distance - b.distance);
    // "said on Thursday (Oct. 9)": the weekday is dated by the date right after it.
    const dated = near[0] && near[0].month === null ? near.find((c) => c.month !== null && c.start >= near[0].end && c.start - near[0].end <= 4) : undefined;
    const best = dated ?? near[0];
    if (!best) continue;
    const exact = best.day !== null && best.year !== null;
    return {
      year: best.year, month: best.month, day: best.day, text: best.text, by: "text",
      span: { start: s.start + best.start, end: s.start + best.end }, sentence: s.text,
      confidence: best.month === null ? 0.5 : exact ? 0.85 : 0.65,
      evidence: best.month === null ? "a weekday or 'today' only" : `a date ${best.distance} characters from a news verb`,
    };
  }
  return UNKNOWN;
}

function candidates(text: string, inLead: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    // "today", "on Monday": the news day, but one the text does not date.
    out.push({ year: null, month: null, day: null, text: m[0], start: m.index!, end: m.index! + m[0].length, distance: 0 });
  }
  if (text.includes("/")) for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const readings = [[a, b], [b, a]].filter(([mo, d]) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31);
    if (!readings.length || (readings.length > 1 && a !== b)) continue;
    out.push({ year, month: readings[0][0], day: readings[0][1], text: m[0], start: m.index!, end: m.index! + m[0].length, distance: 0 });
  }
  if (!HAS_MONTH.test(text)) return out;
  for (const r of chrono.parse(text)) {
    if (!HAS_MONTH.test(r.text)) continue;
    const start = r.index, end = r.index + r.text.length;
    if (BACKGROUND_AFTER.test(text.slice(end, end + 25)) || BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "In March 2023, BYD started construction ...": a sentence that opens on its date tells a past event.
    // So does one that opens "On Aug. 29, ..." after the lead: a later paragraph's dated event is another's news.
    if (/^\s*In\s+$/.test(text.slice(0, start)) || (!inLead && /^\s*On\s+$/.test(text.slice(0, start)))) continue;
    const c = r.start;
    // "in July": a month with neither day nor year dates nothing the reader can place.
    if (!c.isCertain("day") && !/\b\d{4}\b/.test(r.text)) continue;
    out.push({
      year: c.isCertain("year") && /\b\d{4}\b/.test(r.text) ? c.get("year") : null,
      month: c.isCertain("month") ? c.get("month") : null,
      day: c.isCertain("day") && /\d/.test(r.text.replace(/\b\d{4}\b/g, "")) ? c.get("day") : null,
      text: r.text, start, end, distance: 0,
    });
  }
  return out;
}
