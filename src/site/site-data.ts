import { createHash } from "node:crypto";
import type { Entry, Warning } from "../entry";
import type { LoadedEntries } from "../archive/assemble-entries";
import { groupBy, type TaxonomyKind, type Term } from "../archive/taxonomies";
import type { IndexedArticle } from "../search/build-index";
import type { SiteConfig } from "../settings/config";

/** Everything the templates read: entries and the taxonomies derived from them. */
export interface SiteData {
  config: SiteConfig;
  entries: Entry[];
  /** Entry URL → a key that changes whenever the entry does, so a rebuild can tell which pages changed. */
  versions: Record<string, string>;
  /** Entry URL → a key that changes whenever what listings show of it does (all but its text). */
  listingVersions: Record<string, string>;
  /** The home pages' entries, `config.homePageSize` a page (one empty page for an empty archive). */
  homePages: Entry[][];
  warnings: Warning[];
  companies: Term[];
  cities: Term[];
  countries: Term[];
  partners: Term[];
  /** The four taxonomies in display order, for index pages. */
  taxonomies: Taxonomy[];
  /** One item per taxonomy term page, flattened for Eleventy pagination. */
  termPages: Array<{ taxonomy: Taxonomy; term: Term }>;
}

export interface Taxonomy {
  kind: TaxonomyKind;
  /** Plural heading ("Companies") and folder ("/companies/"). */
  title: string;
  url: string;
  terms: Term[];
}

/** What the archive is, in one sentence: for feeds and the home page's description. */
export const SITE_DESCRIPTION = "Electric-vehicle industry news, newest first, with dates, companies, places, partners and figures.";

const TAXONOMIES: Array<Omit<Taxonomy, "terms">> = [
  { kind: "company", title: "Companies", url: "/companies/" },
  { kind: "city", title: "Cities", url: "/cities/" },
  { kind: "country", title: "Countries", url: "/countries/" },
  { kind: "partner", title: "Partners", url: "/partners/" },
];

/** A digest of an entry without its text: listings, term pages and the figures table show no more. */
function listingDigest(entry: Entry): string {
  const { body, captions, boilerplate, ...shown } = entry;
  return createHash("sha1").update(JSON.stringify(shown)).digest("base64");
}

// Kept with the entry object (an unchanged article keeps its object between rebuilds): digested once.
const digests = new WeakMap<Entry, string>();

/** Entry URL → listing digest. */
function listingVersionsOf(entries: Entry[]): Record<string, string> {
  const byUrl: Record<string, string> = {};
  for (const entry of entries) {
    let digest = digests.get(entry);
    if (digest === undefined) digests.set(entry, (digest = listingDigest(entry)));
    byUrl[entry.url] = digest;
  }
  return byUrl;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** The site data, and what the search index reads of each entry with the entry's version (kept out of the templates' data). */
export function buildSiteData({ entries, warnings, searchFields, versions }: LoadedEntries, config: SiteConfig): { site: SiteData; search: Array<IndexedArticle & { version: string }> } {
  const taxonomies = TAXONOMIES.map((t) => ({ ...t, terms: groupBy(entries, t.kind) }));
  const [companies, cities, countries, partners] = taxonomies.map((t) => t.terms);
  const site: SiteData = {
    config,
    entries,
    versions: Object.fromEntries(entries.map((e, i) => [e.url, versions[i]])),
    listingVersions: listingVersionsOf(entries),
    homePages: chunks(entries, config.homePageSize),
    warnings,
    companies,
    cities,
    countries,
    partners,
    taxonomies,
    termPages: taxonomies.flatMap((taxonomy) => taxonomy.terms.map((term) => ({ taxonomy, term }))),
  };
  return { site, search: entries.map((entry, i) => ({ entry, fields: searchFields[i], version: versions[i] })) };
}
