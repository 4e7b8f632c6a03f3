// Build time: one lunr index over every article, serialised and split into term-range shards, a small
// manifest (shard boundaries and the facet table) and one small file per article with what a result
// shows. The browser loads only what a query needs and never builds an index itself.
import { createHash } from "node:crypto";
import lunr from "lunr";
import type { Entry } from "../entry";
import { slugify } from "../archive/slug";
import { groupBy } from "../archive/taxonomies";
import { href, type SiteConfig } from "../site/config";
import { formatDate } from "../site/format";
import type { FacetTable, FacetValue } from "./facets";
import { FIELDS, type FieldName } from "./fields";
import { indexTerms, isStopWord } from "./normalise";
import { splitIndex, type SerialisedIndex, type Shard } from "./shards";

/** What a result shows, one file per article (`docs/<ref>.json`), fetched only for results on screen. */
export interface StoredDoc {
  url: string;
  title: string;
  date: string;
  company: string | null;
  city: string | null;
  /** The article's prose (captions left out), for the snippet. */
  text: string;
}

/** `index.json`: read first, tells the browser which shard holds which terms. */
export interface SearchManifest {
  version: 1;
  docCount: number;
  /** First term of each shard `shards/<n>.json`, sorted; the first is "". */
  shardStarts: string[];
}

export interface SearchFiles {
  manifest: SearchManifest;
  /** `facets.json`, fetched alongside the first shards. */
  facets: FacetTable;
  shards: Shard[];
  docs: StoredDoc[];
}

/** Raw bytes a shard aims at; one very common term may make its shard larger. */
export const SHARD_BYTES = 48_000;

/** The body without photo captions, which are shown as captions and not searched as prose. */
function prose(entry: IndexedPart): string {
  let text = entry.body;
  for (const { start, end } of entry.captions) text = text.slice(0, start) + " ".repeat(Math.max(0, end - start)) + text.slice(end);
  return text.replace(/\s+/g, " ").trim();
}

/** What of an entry the index reads: an extracted entry (before it has a URL) has it all. */
type IndexedPart = Pick<Entry, "title" | "company" | "location" | "partners" | "body" | "captions">;

/** The text lunr indexes in each field of one article; depends on that article alone. */
export function fieldText(entry: IndexedPart): Record<FieldName, string> {
  const terms = (text: string | null) => (text ? indexTerms(text).join(" ") : "");
  return {
    title: terms(entry.title),
    company: terms(entry.company.name),
    city: terms(entry.location.city),
    region: terms(entry.location.region),
    country: terms(entry.location.country),
    partner: terms(entry.partners.map((p) => p.name).join(" ")),
    // Common words are left out of prose only: "US" as a country must stay findable.
    body: indexTerms(prose(entry))
      .filter((t) => !isStopWord(t))
      .join(" "),
  };
}

function facetTable(entries: Entry[]): FacetTable {
  const named = (kind: "company" | "city") => groupBy(entries, kind).map((t): FacetValue => ({ value: t.slug, label: t.name }));
  const years = [...new Set(entries.map((e) => e.date.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const values = { company: named("company"), city: named("city"), year: years.map((y) => ({ value: String(y), label: String(y) })) };
  const positions = (list: FacetValue[], names: Array<string | number | null>) => {
    const byValue = new Map(list.map((v, i) => [v.value, i]));
    return names.map((name) => (name === null ? -1 : (byValue.get(slugify(String(name))) ?? -1)));
  };
  return {
    values,
    columns: {
      company: positions(values.company, entries.map((e) => e.company.name)),
      city: positions(values.city, entries.map((e) => e.location.city)),
      year: positions(values.year, entries.map((e) => e.date.year)),
    },
  };
}

// Field texts computed ahead (in the extraction pool, cached between builds) by this same function,
// by what they were computed from; an article not among them is done here.
const fieldTextAhead = new Map<string, Record<FieldName, string>>();
const indexedKey = (e: IndexedPart) =>
  createHash("sha1").update(JSON.stringify([e.title, e.company.name, e.location, e.partners.map((p) => p.name), e.body, e.captions])).digest("base64");

/** Replace the field texts computed ahead with these (each: the entry, and what fieldText returned for it). */
export function useFieldTexts(computed: Array<{ entry: IndexedPart; fields: Record<FieldName, string> }>): void {
  fieldTextAhead.clear();
  for (const { entry, fields } of computed) fieldTextAhead.set(indexedKey(entry), fields);
}

/** The whole archive's lunr index, serialised; document refs are positions in `entries`. */
export function buildLunrIndex(entries: Entry[]): SerialisedIndex {
  const index = lunr(function () {
    // Unstemmed terms: our own normalisation only, so prefixes and typos behave predictably.
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("id");
    for (const field of FIELDS) this.field(field.name, { boost: field.boost });
    entries.forEach((entry, id) => this.add({ id: String(id), ...(fieldTextAhead.get(indexedKey(entry)) ?? fieldText(entry)) }));
  });
  return index.toJSON() as unknown as SerialisedIndex;
}

export function buildSearchFiles(entries: Entry[], urlFor: (path: string) => string, shardBytes = SHARD_BYTES): SearchFiles {
  const { starts, shards } = splitIndex(buildLunrIndex(entries), shardBytes);
  return {
    manifest: { version: 1, docCount: entries.length, shardStarts: starts },
    facets: facetTable(entries),
    shards,
    docs: entries.map((entry) => ({
      url: urlFor(entry.url),
      title: entry.title,
      date: formatDate(entry.date),
      company: entry.company.name,
      city: entry.location.city,
      text: prose(entry),
    })),
  };
}

// The manifest, shard and doc templates all need the same build. Eleventy hands each template its
// own copy of the data, so the cache is keyed on the entries' content, not on the array.
let built: { key: string; entries: Entry[]; prefix: string; files: SearchFiles } | null = null;

export function searchFilesFor(entries: Entry[], config: SiteConfig): SearchFiles {
  // The same array again (Eleventy often passes it as it is): no need to hash every entry to know.
  if (built?.entries === entries && built.prefix === config.pathPrefix) return built.files;
  const key = createHash("sha1").update(config.pathPrefix).update(JSON.stringify(entries)).digest("hex");
  const files = built?.key === key ? built.files : buildSearchFiles(entries, (path) => href(config, path));
  built = { key, entries, prefix: config.pathPrefix, files };
  return files;
}
