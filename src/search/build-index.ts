import lunr from "lunr";
import type { Entry } from "../entry";
import { formatDate } from "../site/format";
import { searchWords } from "./normalise";

/** What a result shows, kept beside the index so the browser needs nothing else. */
export interface StoredResult {
  url: string;
  title: string;
  date: string;
  year: number | null;
  company: string | null;
  city: string | null;
  summary: string;
}

export interface SearchPayload {
  index: object;
  store: StoredResult[];
}

// Boosts: an article *about* a company or city ranks above one that only mentions it.
export const FIELDS = [
  { name: "title", boost: 3 },
  { name: "company", boost: 10 },
  { name: "city", boost: 8 },
  { name: "region", boost: 3 },
  { name: "country", boost: 2 },
  { name: "partner", boost: 4 },
  { name: "body", boost: 1 },
] as const;

function fieldText(entry: Entry): Record<(typeof FIELDS)[number]["name"], string> {
  const words = (text: string | null) => (text ? searchWords(text).join(" ") : "");
  return {
    title: words(entry.title),
    company: words(entry.company.name),
    city: words(entry.location.city),
    region: words(entry.location.region),
    country: words(entry.location.country),
    partner: words(entry.partners.map((p) => p.name).join(" ")),
    body: words(entry.body),
  };
}

/** Build the lunr index once, at build time; the browser only loads it. */
export function buildSearchPayload(entries: Entry[], urlFor: (path: string) => string): SearchPayload {
  const index = lunr(function () {
    this.ref("id");
    for (const field of FIELDS) this.field(field.name, { boost: field.boost });
    entries.forEach((entry, id) => this.add({ id: String(id), ...fieldText(entry) }));
  });
  const store = entries.map((entry) => ({
    url: urlFor(entry.url),
    title: entry.title,
    date: formatDate(entry.date),
    year: entry.date.year,
    company: entry.company.name,
    city: entry.location.city,
    summary: entry.summary,
  }));
  return { index: index.toJSON(), store };
}
