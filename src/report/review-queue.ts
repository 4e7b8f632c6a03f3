import type { Entry, Provenance } from "../entry";

/** Facts extracted with less confidence than this are listed for an editor to check. */
export const REVIEW_BELOW = 0.6;

/** One doubtful fact: where it is, what was read, from which sentence, and why extraction is unsure. */
export interface ReviewItem {
  file: string;
  url: string;
  field: "date" | "company" | "location" | "partners" | "figures";
  value: string;
  confidence: number;
  sentence: string;
  why: string;
}

type Fact = { field: ReviewItem["field"]; value: string; fact: Provenance };

/** Every fact of an entry that has a value and was read from the text (the editor's facts are not doubted). */
function factsOf(e: Entry): Fact[] {
  const facts: Fact[] = [];
  const { date, company, location } = e;
  if (date.year ?? date.month ?? date.day) facts.push({ field: "date", value: date.text, fact: date });
  if (company.name) facts.push({ field: "company", value: company.name, fact: company });
  const place = [location.city, location.region, location.country].filter(Boolean).join(", ");
  if (place) facts.push({ field: "location", value: place, fact: location });
  for (const p of e.partners) facts.push({ field: "partners", value: p.name, fact: p });
  for (const f of e.figures) facts.push({ field: "figures", value: `${f.text} (${f.value} ${f.unit})`, fact: f });
  return facts;
}

/** The facts below `threshold`, by file and then by the order the entry lists its fields. */
export function reviewQueue(entries: readonly Entry[], threshold = REVIEW_BELOW): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const i of bySource(entries)) items.push(...doubtsOf(entries[i], threshold));
  return items;
}

// The same files in the same order (a watching process's rebuild after a saved article) are sorted once.
let lastSorted: { sources: string[]; order: number[] } | null = null;

/** Positions of `entries` by source path. */
function bySource(entries: readonly Entry[]): number[] {
  const sources = entries.map((e) => e.source);
  const last = lastSorted;
  if (last && last.sources.length === sources.length && last.sources.every((source, i) => source === sources[i])) return last.order;
  const order = sources.map((_, i) => i).sort((a, b) => (sources[a] < sources[b] ? -1 : sources[a] > sources[b] ? 1 : 0));
  lastSorted = { sources, order };
  return order;
}

// Entries are frozen: a watching process asks again after every saved file, mostly of the same entry objects.
const doubts = new WeakMap<Entry, { threshold: number; items: ReviewItem[] }>();

/** An entry's facts below `threshold`. */
function doubtsOf(e: Entry, threshold: number): ReviewItem[] {
  const known = doubts.get(e);
  if (known?.threshold === threshold) return known.items;
  const items: ReviewItem[] = [];
  for (const { field, value, fact } of factsOf(e)) {
    if (fact.by !== "text" || fact.confidence === undefined || fact.confidence >= threshold) continue;
    items.push({ file: e.source, url: e.url, field, value, confidence: fact.confidence, sentence: fact.sentence ?? "", why: fact.evidence ?? "" });
  }
  doubts.set(e, { threshold, items });
  return items;
}
